package org.newsgraph.extract.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;

/**
 * An analysis with the look-ups quote attribution needs: the dependents of each token, the token at an
 * offset, and which tokens stand inside quotation marks. Built once per article and used by one
 * extraction: not thread-safe, as lower-cased words and lemmas are filled in on first use.
 */
public final class ParsedText {

  private final String text;
  private final List<Token> tokens;
  private final List<Sentence> sentences;
  private final int[][] children;
  private final int[] starts;
  private final int[] quoteOf;
  private final String[] lemmas;
  private final String[] lowers;
  private static final int[] NO_CHILDREN = new int[0];

  /**
   * @param text the analysed text
   * @param analysis its analysis
   * @param quotes the quoted stretches of the text, in order
   */
  public ParsedText(String text, Analysis analysis, List<QuotedSpan> quotes) {
    this.text = text;
    this.tokens = analysis.tokens();
    this.sentences = analysis.sentences();
    this.starts = tokens.stream().mapToInt(Token::start).toArray();
    this.children = dependents(tokens);
    this.lemmas = new String[tokens.size()];
    this.lowers = new String[tokens.size()];
    this.quoteOf = new int[tokens.size()];
    Arrays.fill(quoteOf, -1);
    for (int q = 0; q < quotes.size(); q++) {
      for (int t : tokensIn(quotes.get(q).start(), quotes.get(q).end())) {
        quoteOf[t] = q;
      }
    }
  }

  private static int[][] dependents(List<Token> tokens) {
    int n = tokens.size();
    int[] counts = new int[n];
    for (Token t : tokens) {
      if (t.head() >= 0 && t.head() < n) {
        counts[t.head()]++;
      }
    }
    int[][] out = new int[n][];
    for (int i = 0; i < n; i++) {
      out[i] = counts[i] == 0 ? NO_CHILDREN : new int[counts[i]];
      counts[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      int head = tokens.get(i).head();
      if (head >= 0 && head < n) {
        out[head][counts[head]++] = i;
      }
    }
    return out;
  }

  public String text() {
    return text;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public Sentence sentence(int index) {
    return sentences.get(index);
  }

  public int sentenceCount() {
    return sentences.size();
  }

  /** The dependents of token {@code i}, in order. */
  public int[] children(int i) {
    return children[i];
  }

  /** The head of token {@code i}, or -1 for a root. */
  public int head(int i) {
    int h = tokens.get(i).head();
    return h >= 0 && h < tokens.size() ? h : -1;
  }

  /** The relation of token {@code i} to its head, lower case. */
  public String rel(int i) {
    return tokens.get(i).relation();
  }

  /** The lemma of token {@code i}, lower case. Computed once per token, on first use. */
  public String lemma(int i) {
    if (lemmas[i] == null) {
      lemmas[i] = tokens.get(i).lemma().toLowerCase(Locale.ROOT);
    }
    return lemmas[i];
  }

  /** The word of token {@code i}, lower case. Computed once per token, on first use. */
  public String lower(int i) {
    if (lowers[i] == null) {
      lowers[i] = tokens.get(i).word().toLowerCase(Locale.ROOT);
    }
    return lowers[i];
  }

  public String pos(int i) {
    return tokens.get(i).pos();
  }

  /** The index of the quotation token {@code i} stands in, or -1 outside quotation marks. */
  public int quoteOf(int i) {
    return quoteOf[i];
  }

  /** The tokens lying inside {@code [start, end)}, as indexes. */
  public int[] tokensIn(int start, int end) {
    int first = firstAtOrAfter(start);
    int last = first;
    while (last < tokens.size() && tokens.get(last).end() <= end) {
      last++;
    }
    int[] out = new int[Math.max(0, last - first)];
    for (int i = 0; i < out.length; i++) {
      out[i] = first + i;
    }
    return out;
  }

  /** The index of the first token starting at or after {@code offset}. */
  public int firstAtOrAfter(int offset) {
    int i = Arrays.binarySearch(starts, offset);
    return i >= 0 ? i : -i - 1;
  }

  /** The first child of {@code i} with relation {@code relation} (or a subtype of it), or -1. */
  public int child(int i, String relation) {
    for (int c : children[i]) {
      String r = rel(c);
      if (r.equals(relation) || r.startsWith(relation + ":")) {
        return c;
      }
    }
    return -1;
  }

  /** Whether {@code ancestor} dominates {@code i} (or is {@code i}). */
  public boolean dominates(int ancestor, int i) {
    for (int t = i, hops = 0; t >= 0 && hops < 100; t = head(t), hops++) {
      if (t == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The leftmost and rightmost token of the subtree of {@code i}, as {@code {first, last}}. */
  public int[] subtree(int i) {
    int first = i;
    int last = i;
    for (int c : children[i]) {
      int[] s = subtree(c);
      first = Math.min(first, s[0]);
      last = Math.max(last, s[1]);
    }
    return new int[] {first, last};
  }

  /** Whether {@code noun} has a case marker {@code word} ("by" for an agent, "according" for a source). */
  public boolean hasCase(int noun, String word) {
    for (int c : children[noun]) {
      if (rel(c).equals("case") && lower(c).equals(word)) {
        return true;
      }
    }
    return false;
  }
}
