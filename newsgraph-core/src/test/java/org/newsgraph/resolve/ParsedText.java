package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.TimeMention;
import org.newsgraph.analyse.Token;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/**
 * Builds an {@link AnnotatedArticle} by hand, as a parser would have analysed it, so resolver tests
 * run without CoreNLP. Sentences are written one token per entry, CoNLL style:
 * {@code "said/VBD/say/0/root"} is the word, its part of speech, lemma, the 1-based index of its
 * head in the sentence (0 for the root) and its relation. Words are joined by single spaces, except
 * that a spec starting with {@code +} is glued to the word before it.
 */
final class ParsedText {

  private final StringBuilder text = new StringBuilder();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Sentence> sentences = new ArrayList<>();
  private final List<TimeMention> times = new ArrayList<>();
  private final List<NamedSpan> names = new ArrayList<>();
  private final List<Removed> removed = new ArrayList<>();

  /** Adds a sentence; returns the document-wide index of its first token. */
  ParsedText sentence(String... specs) {
    if (text.length() > 0) {
      text.append(' ');
    }
    int first = tokens.size();
    int sentenceStart = text.length();
    for (int i = 0; i < specs.length; i++) {
      // "+" before a token glues it to the one before: "''60", "Minutes.''"
      boolean glued = specs[i].startsWith("+");
      String[] f = (glued ? specs[i].substring(1) : specs[i]).split("/");
      if (i > 0 && !glued) {
        text.append(' ');
      }
      int start = text.length();
      text.append(f[0]);
      int head = Integer.parseInt(f[3]);
      tokens.add(new Token(start, text.length(), f[0], f[1], f[2], "O", sentences.size(),
          head == 0 ? -1 : first + head - 1, f[4]));
    }
    sentences.add(new Sentence(sentenceStart, text.length(), first, tokens.size()));
    return this;
  }

  /** Marks tokens {@code from}..{@code to} (document-wide, inclusive) as a time the engine valued {@code value}. */
  ParsedText time(int from, int to, String value) {
    times.add(new TimeMention(tokens.get(from).start(), tokens.get(to).end(), value, "DATE", from, to + 1));
    return this;
  }

  /** Marks tokens {@code from}..{@code to} as a name of {@code type}. */
  ParsedText name(int from, int to, String type) {
    names.add(new NamedSpan(tokens.get(from).start(), tokens.get(to).end(), type, from, to + 1));
    return this;
  }

  /** Marks tokens {@code from}..{@code to} as residue the cleaner removed. */
  ParsedText removed(int from, int to) {
    removed.add(new Removed(org.newsgraph.model.Span.of(text.toString(), tokens.get(from).start(), tokens.get(to).end()),
        org.newsgraph.model.ResidueKind.BOILERPLATE, "test residue", Optional.empty(), List.of()));
    return this;
  }

  AnnotatedArticle dated(String isoDate) {
    return article(Optional.of(LocalDate.parse(isoDate)));
  }

  AnnotatedArticle undated() {
    return article(Optional.empty());
  }

  private AnnotatedArticle article(Optional<LocalDate> date) {
    RawArticle raw = new RawArticle("t", "test.txt", date, Optional.empty(), text.toString(), List.of(), Optional.empty());
    return new AnnotatedArticle(new CleanArticle(raw, removed, List.of()),
        new Analysis(tokens, sentences, names, times));
  }
}
