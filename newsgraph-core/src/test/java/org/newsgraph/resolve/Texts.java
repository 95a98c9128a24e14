package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.PersonCard;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/**
 * Builds annotated articles by hand, as a language engine would, for resolver tests without CoreNLP.
 *
 * <p>Each sentence is a string of space-separated tokens {@code word[/POS[/NER[/head/relation]]]}:
 * the head is the 1-based index of the head token in its sentence, 0 for the root. A missing POS is
 * NNP for a capitalised word, POS for "'s", "," or "." for punctuation, else NN; a missing NER is O.
 * Runs of one NER tag become the engine's named spans, as CoreNLP's entity mentions do.
 */
final class Texts {

  private final List<String> sentences = new ArrayList<>();
  private final List<Removed> removed = new ArrayList<>();
  private final List<PersonCard> cards = new ArrayList<>();
  private boolean headline;

  static Texts of(String... sentences) {
    Texts t = new Texts();
    t.sentences.addAll(List.of(sentences));
    return t;
  }

  /** Marks residue: what the cleaner would have removed. */
  Texts removed(Removed r) {
    removed.add(r);
    return this;
  }

  Texts card(PersonCard card) {
    cards.add(card);
    return this;
  }

  /** The article text: sentences joined by spaces, tokens by single spaces (no space before "'s", ",", "."). */
  String text() {
    StringBuilder sb = new StringBuilder();
    for (String s : sentences) {
      boolean afterHeadline = headline && sentences.indexOf(s) == 1;
      for (String spec : s.split(" ")) {
        String word = spec.split("/")[0];
        if (afterHeadline) {
          sb.append('\n');
          afterHeadline = false;
        } else if (sb.length() > 0 && !word.matches("'s|’s|,|\\.|\\)") && !sb.toString().endsWith("(")) {
          sb.append(' ');
        }
        sb.append(word);
      }
    }
    return sb.toString();
  }

  /** Makes the first sentence a headline: a line of its own. */
  Texts headline() {
    headline = true;
    return this;
  }

  AnnotatedArticle build() {
    String text = text();
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sents = new ArrayList<>();
    int offset = 0;
    for (int s = 0; s < sentences.size(); s++) {
      int first = tokens.size();
      for (String spec : sentences.get(s).split(" ")) {
        String[] f = spec.split("/");
        int start = text.indexOf(f[0], offset);
        offset = start + f[0].length();
        String pos = f.length > 1 ? f[1] : defaultPos(f[0]);
        String ner = f.length > 2 ? f[2] : "O";
        int head = f.length > 3 ? Integer.parseInt(f[3]) : 0;
        String rel = f.length > 4 ? f[4] : head == 0 ? "root" : "dep";
        tokens.add(new Token(start, offset, f[0], pos, f[0].replaceAll("s$", ""), ner, s, head == 0 ? -1 : first + head - 1, rel));
      }
      sents.add(new Sentence(tokens.get(first).start(), tokens.get(tokens.size() - 1).end(), first, tokens.size()));
    }
    RawArticle raw = new RawArticle("t1", "test", Optional.empty(), Optional.empty(), text, List.of(), Optional.empty());
    return new AnnotatedArticle(new CleanArticle(raw, removed, cards), new Analysis(tokens, sents, names(tokens), List.of()));
  }

  private static List<NamedSpan> names(List<Token> tokens) {
    List<NamedSpan> names = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      String ner = tokens.get(i).ner();
      int j = i + 1;
      while (j < tokens.size() && !ner.equals("O") && tokens.get(j).ner().equals(ner) && tokens.get(j).sentence() == tokens.get(i).sentence()) {
        j++;
      }
      if (!ner.equals("O")) {
        names.add(new NamedSpan(tokens.get(i).start(), tokens.get(j - 1).end(), ner, i, j));
      }
      i = j;
    }
    return names;
  }

  private static String defaultPos(String word) {
    if (word.equals("'s") || word.equals("’s")) {
      return "POS";
    }
    if (word.matches("[.!?]")) {
      return ".";
    }
    if (word.matches("[,;:()]")) {
      return ",";
    }
    return Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN";
  }
}
