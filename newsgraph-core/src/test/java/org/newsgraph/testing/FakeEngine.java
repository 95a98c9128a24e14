package org.newsgraph.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.TimeMention;
import org.newsgraph.analyse.Token;

/**
 * A language engine for unit tests: milliseconds, no models.
 *
 * <p>Tokens are runs of letters/digits or single punctuation marks; a sentence ends after '.', '!'
 * or '?' or at a blank line; every capitalised word not at a sentence start is a PERSON; a
 * four-digit number is a DATE whose value is itself. No parts of speech or dependencies: each
 * token's head is -1.
 */
public final class FakeEngine implements NlpEngine {

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+|\\S");

  @Override
  public Analysis analyse(String text, Optional<LocalDate> documentDate) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int sentenceFirst = 0;
    while (m.find()) {
      String word = m.group();
      int index = tokens.size();
      boolean sentenceStart = index == sentenceFirst;
      boolean capital = Character.isUpperCase(word.charAt(0));
      boolean year = word.matches("\\d{4}");
      String ner = year ? "DATE" : capital && !sentenceStart ? "PERSON" : "O";
      tokens.add(new Token(m.start(), m.end(), word, "NN", word.toLowerCase(), ner, sentences.size(), -1, "dep"));
      if (ner.equals("PERSON")) {
        names.add(new NamedSpan(m.start(), m.end(), "PERSON", index, index + 1));
      }
      if (year) {
        times.add(new TimeMention(m.start(), m.end(), word, "DATE", index, index + 1));
      }
      boolean blankLineNext = text.startsWith("\n\n", m.end());
      if (word.matches("[.!?]") || blankLineNext) {
        sentences.add(new Sentence(tokens.get(sentenceFirst).start(), m.end(), sentenceFirst, index + 1));
        sentenceFirst = index + 1;
      }
    }
    if (sentenceFirst < tokens.size()) {
      sentences.add(new Sentence(tokens.get(sentenceFirst).start(), tokens.get(tokens.size() - 1).end(),
          sentenceFirst, tokens.size()));
    }
    return new Analysis(tokens, sentences, names, times);
  }

  @Override
  public String version() {
    return "fake-1";
  }
}
