package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.TimeMention;
import org.newsgraph.analyse.Token;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.model.RawArticle;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.RuleEntityResolver;

/**
 * Builds a {@link ResolvedArticle} by hand, without CoreNLP: each sentence is its text plus one row
 * per token, {@code word lemma POS NER head relation}, with {@code head} counted from 1 inside the
 * sentence (0 for the root) and {@code _} as the lemma meaning "the word itself". Names are the runs of
 * equal entity tags; entities come from the real {@link NameEntityResolver}.
 */
final class ParsedArticle {

  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "CITY",
      "STATE_OR_PROVINCE", "COUNTRY", "MISC");

  private final LocalDate published;
  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();

  private ParsedArticle(LocalDate published) {
    this.published = published;
  }

  static ParsedArticle dated(String isoDate) {
    return new ParsedArticle(LocalDate.parse(isoDate));
  }

  /** Adds a sentence: its text, then its token rows. */
  ParsedArticle sentence(String sentence, String rows) {
    if (!text.isEmpty()) {
      text.append(' ');
    }
    int base = text.length();
    text.append(sentence);
    int first = tokens.size();
    int cursor = base;
    for (String row : rows.strip().split("\n")) {
      String[] c = row.strip().split("\\s+");
      int start = text.indexOf(c[0], cursor);
      if (start < 0) {
        throw new IllegalArgumentException("token " + c[0] + " not found in: " + sentence);
      }
      int head = Integer.parseInt(c[4]);
      tokens.add(new Token(start, start + c[0].length(), c[0], c[2], c[1].equals("_") ? c[0] : c[1], c[3],
          sentences.size(), head == 0 ? -1 : first + head - 1, c[5]));
      cursor = start + c[0].length();
    }
    sentences.add(new Sentence(base, text.length(), first, tokens.size()));
    return this;
  }

  /** Marks the last occurrence of {@code words} as a DATE whose TIMEX3 value is {@code value}. */
  ParsedArticle time(String words, String value) {
    int start = text.lastIndexOf(words);
    int end = start + words.length();
    int firstToken = -1;
    int endToken = -1;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
        firstToken = firstToken < 0 ? i : firstToken;
        endToken = i + 1;
      }
    }
    times.add(new TimeMention(start, end, value, "DATE", firstToken, endToken));
    return this;
  }

  String text() {
    return text.toString();
  }

  ResolvedArticle build() {
    return build(new NameEntityResolver());
  }

  /**
   * Built with the pipeline's resolver, which also makes pronouns and descriptions ("a former aide to
   * the governor") mentions of the people they refer to.
   */
  ResolvedArticle buildAsPipeline() {
    return build(new RuleEntityResolver());
  }

  private ResolvedArticle build(EntityResolver resolver) {
    Analysis analysis = new Analysis(tokens, sentences, names(), times);
    RawArticle raw = new RawArticle("test", "test.txt", Optional.of(published), Optional.empty(), text.toString(),
        List.of(), Optional.empty());
    AnnotatedArticle annotated = new AnnotatedArticle(CleanArticle.untouched(raw), analysis);
    EntityResolver.Resolution r = resolver.resolve(annotated);
    return new ResolvedArticle(annotated, r.entities(), r.mentions(), new EngineTimeResolver().resolve(annotated));
  }

  private List<NamedSpan> names() {
    List<NamedSpan> names = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      String type = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && tokens.get(j).ner().equals(type) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
        j++;
      }
      if (NAME_TYPES.contains(type)) {
        names.add(new NamedSpan(tokens.get(i).start(), tokens.get(j - 1).end(), type, i, j));
      }
      i = j;
    }
    return names;
  }
}
