package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.Token;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;

/**
 * An annotated article with the indexes the resolver needs: dependents of each token, which tokens
 * lie inside quotation marks or removed residue, and token lookup by offset. Immutable once built.
 */
public final class Doc {

  private final AnnotatedArticle article;
  private final List<Token> tokens;
  private final List<List<Integer>> children = new ArrayList<>();
  private final boolean[] quoted;
  private final boolean[] removed;
  private final int headlineEnd;

  public Doc(AnnotatedArticle article) {
    this.article = article;
    this.tokens = article.analysis().tokens();
    this.quoted = new boolean[tokens.size()];
    this.removed = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < tokens.size(); i++) {
      int head = tokens.get(i).head();
      if (head >= 0 && head < tokens.size()) {
        children.get(head).add(i);
      }
    }
    markQuotes();
    markRemoved(article.clean().removed());
    String text = article.text();
    int firstBreak = text.indexOf('\n');
    boolean headline = firstBreak > 0 && firstBreak <= 200 && !text.substring(firstBreak).isBlank();
    this.headlineEnd = headline ? firstBreak : -1;
  }

  /** Marks tokens between opening and closing quotation marks; a paragraph break closes a quote. */
  private void markQuotes() {
    String text = article.text();
    boolean open = false;
    int next = 0;
    for (int c = 0; c < text.length() && next < tokens.size(); c++) {
      char ch = text.charAt(c);
      while (next < tokens.size() && tokens.get(next).start() < c) {
        quoted[next++] = open;
      }
      if (ch == '“' || ch == '”' || ch == '"') {
        open = ch == '“' || (ch == '"' && !open);
      } else if (ch == '\n' && c + 1 < text.length() && text.charAt(c + 1) == '\n') {
        open = false;
      }
    }
    while (next < tokens.size()) {
      quoted[next++] = open;
    }
  }

  private void markRemoved(List<Removed> residue) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      for (Removed r : residue) {
        if (t.start() < r.span().end() && r.span().start() < t.end()) {
          removed[i] = true;
        }
      }
    }
  }

  public AnnotatedArticle article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  public List<Token> tokens() {
    return tokens;
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public int size() {
    return tokens.size();
  }

  public String word(int i) {
    return tokens.get(i).word();
  }

  /** The tokens whose head is token {@code i}. */
  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** Whether token {@code i} lies inside quotation marks. */
  public boolean quoted(int i) {
    return quoted[i];
  }

  /** Whether token {@code i} overlaps removed residue: such a token never makes an entity. */
  public boolean removed(int i) {
    return removed[i];
  }

  /** Whether removed residue lies in the gap between tokens {@code i - 1} and {@code i}. */
  public boolean cutBefore(int i) {
    int gapStart = tokens.get(i - 1).end();
    int gapEnd = tokens.get(i).start();
    return gapEnd > gapStart && article.clean().removed().stream()
        .anyMatch(r -> r.span().start() >= gapStart && r.span().end() <= gapEnd);
  }

  /** Whether any token of {@code [from, to)} overlaps removed residue. */
  public boolean removed(int from, int to) {
    for (int i = from; i < to; i++) {
      if (removed[i]) {
        return true;
      }
    }
    return false;
  }

  /** The span of the article text covering tokens {@code [from, to)}. */
  public Span span(int from, int to) {
    return Span.of(article.text(), tokens.get(from).start(), tokens.get(to - 1).end());
  }

  /** The index of the token starting at {@code offset}, or -1. */
  public int tokenStartingAt(int offset) {
    int i = firstTokenFrom(offset);
    return i < tokens.size() && tokens.get(i).start() == offset ? i : -1;
  }

  /** The index of the first token that starts at or after {@code offset}. */
  public int firstTokenFrom(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).start() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Whether token {@code i} lies in the headline: a first line of at most 200 characters that a line
   * break ends, as in "dated text" articles whose title is their first line (issue 8).
   */
  public boolean inHeadline(int i) {
    return tokens.get(i).end() <= headlineEnd;
  }

  /** Whether token {@code i} starts with an upper-case letter. */
  public boolean capitalised(int i) {
    String w = tokens.get(i).word();
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** Whether token {@code i} is the possessive marker "'s" or "'". */
  public boolean possessive(int i) {
    return "POS".equals(tokens.get(i).pos());
  }

  /** The syntactic head of tokens {@code [from, to)}: the last one whose head lies outside them. */
  public int headOf(int from, int to) {
    int head = to - 1;
    for (int i = from; i < to; i++) {
      int h = tokens.get(i).head();
      if (h < from || h >= to) {
        head = i;
      }
    }
    return head;
  }

  /** The index of the sentence of token {@code i}. */
  public int sentence(int i) {
    return tokens.get(i).sentence();
  }
}
