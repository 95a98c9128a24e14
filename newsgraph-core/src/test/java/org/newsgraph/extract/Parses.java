package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.RawArticle;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Builds hand-parsed articles for quote tests, without CoreNLP. Each sentence is written as
 * {@code word:POS:relation:head ...} (a colon in a relation written as "_"), heads counted from 0 within the sentence and -1 for the root;
 * the words are found in the text in order, so the offsets are the text's. Lemmas come from a small
 * table of speech verbs, else the lower-case word.
 */
final class Parses {

  private static final Map<String, String> LEMMAS = Map.ofEntries(
      Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"), Map.entry("added", "add"),
      Map.entry("wrote", "write"), Map.entry("insisted", "insist"), Map.entry("continued", "continue"),
      Map.entry("reported", "report"), Map.entry("called", "call"), Map.entry("confirmed", "confirm"),
      Map.entry("appeared", "appear"), Map.entry("proclaimed", "proclaim"), Map.entry("admitted", "admit"), Map.entry("saying", "say"), Map.entry("was", "be"), Map.entry("is", "be"));

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<Mention> mentions = new ArrayList<>();
  private final List<Entity> entities = new ArrayList<>();
  private int cursor;

  private Parses(String text) {
    this.text = text;
  }

  static Parses of(String text) {
    return new Parses(text);
  }

  /** Adds the next sentence, as {@code word:POS:relation:head} items separated by spaces. */
  Parses sentence(String spec) {
    String[] items = spec.trim().split(" +");
    int first = tokens.size();
    for (String item : items) {
      String[] f = fields(item);
      int start = text.indexOf(f[0], cursor);
      if (start < 0) {
        throw new IllegalArgumentException("word '" + f[0] + "' not found after offset " + cursor);
      }
      cursor = start + f[0].length();
      int head = Integer.parseInt(f[3]);
      String relation = f[2].replace('_', ':'); // "nsubj_pass" for nsubj:pass
      String lemma = LEMMAS.getOrDefault(f[0].toLowerCase(), f[0].toLowerCase());
      tokens.add(new Token(start, cursor, f[0], f[1], lemma, f[1].startsWith("NNP") ? "PERSON" : "O",
          sentences.size(), head < 0 ? -1 : first + head, head < 0 ? "root" : relation));
    }
    sentences.add(new Sentence(tokens.get(first).start(), cursor, first, tokens.size()));
    return this;
  }

  /** Splits {@code word:POS:relation:head} from the right, so the word may be a colon. */
  private static String[] fields(String item) {
    int c3 = item.lastIndexOf(':');
    int c2 = item.lastIndexOf(':', c3 - 1);
    int c1 = item.lastIndexOf(':', c2 - 1);
    return new String[] {item.substring(0, c1), item.substring(c1 + 1, c2), item.substring(c2 + 1, c3),
        item.substring(c3 + 1)};
  }

  /** Gives every token {@code word} so far the named-entity type {@code ner} (a proper noun is a PERSON unless told). */
  Parses ner(String word, String ner) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.word().equals(word)) {
        tokens.set(i, new Token(t.start(), t.end(), t.word(), t.pos(), t.lemma(), ner, t.sentence(), t.head(), t.relation()));
      }
    }
    return this;
  }

  /** Adds a mention of {@code words} (its {@code nth} occurrence, from 0) linked to an entity of that name. */
  Parses mention(String words, int nth, String entityName) {
    int at = -1;
    for (int i = 0; i <= nth; i++) {
      at = text.indexOf(words, at + 1);
    }
    String id = entities.stream().filter(e -> e.name().equals(entityName)).map(Entity::id).findFirst()
        .orElseGet(() -> {
          String fresh = "e" + (entities.size() + 1);
          entities.add(new Entity(fresh, "PERSON", entityName, Optional.empty(), List.of(), Map.of()));
          return fresh;
        });
    mentions.add(new Mention(org.newsgraph.model.Span.of(text, at, at + words.length()), "PERSON", Optional.of(id)));
    return this;
  }

  ResolvedArticle article() {
    RawArticle raw = new RawArticle("t", "test", Optional.empty(), Optional.empty(), text, List.of(), Optional.empty());
    Analysis analysis = new Analysis(tokens, sentences, List.of(), List.of());
    return new ResolvedArticle(new AnnotatedArticle(CleanArticle.untouched(raw), analysis), entities, mentions, List.of());
  }
}
