package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text that stand between double quotation marks.
 *
 * <p>Rules (issue 5): curly and straight marks pair freely (a quotation may open with {@code "} and
 * close with {@code ”}); a straight mark opens when it follows a space or the start of a paragraph and
 * closes when a space, punctuation or the end of the paragraph follows it. Single quotation marks never
 * open a quotation: inside one they are a quote within the quote, outside they are mostly apostrophes
 * and headline quotes. A quotation open at the end of a paragraph runs on when the next paragraph opens
 * with a mark of the same family (the convention for multi-paragraph quotations); otherwise it ends with
 * its paragraph, so an unbalanced mark never swallows the rest of the article. A second opening mark
 * inside an open quotation restarts it for the same reason. Stateless.
 */
public final class QuoteScanner {

  private QuoteScanner() {}

  /** The quoted stretches of {@code text}, in order, none overlapping. */
  public static List<QuotedSpan> scan(String text) {
    List<QuotedSpan> out = new ArrayList<>();
    int open = -1;
    int paragraphs = 0;
    int pos = 0;
    while (pos < text.length()) {
      int end = paragraphEnd(text, pos);
      int from = pos;
      if (open >= 0) {
        from = firstNonSpace(text, pos, end) + 1; // the continuation mark
        paragraphs++;
      }
      for (int i = from; i < end; i++) {
        Mark mark = classify(text, i, pos, end, open >= 0);
        if (mark == Mark.OPEN) {
          open = i;
          paragraphs = 1;
        } else if (mark == Mark.CLOSE && open >= 0) {
          out.add(new QuotedSpan(open, i + 1, true, paragraphs));
          open = -1;
        }
      }
      int next = nextParagraph(text, end);
      if (open >= 0 && !continues(text, open, next)) {
        int last = lastNonSpace(text, open, end);
        if (last > open + 1) {
          out.add(new QuotedSpan(open, last, false, paragraphs));
        }
        open = -1;
      }
      pos = next;
    }
    return out;
  }

  private enum Mark { OPEN, CLOSE, NONE }

  private static Mark classify(String text, int i, int paraStart, int paraEnd, boolean inQuote) {
    char c = text.charAt(i);
    if (c == '“' || c == '„') {
      return Mark.OPEN;
    }
    if (c == '”') {
      // a reversed opening mark (”Mr. Trump …) stands where an opening one would
      boolean opens = !inQuote && (i == paraStart || Character.isWhitespace(text.charAt(i - 1)))
          && i + 1 < paraEnd && !Character.isWhitespace(text.charAt(i + 1));
      return opens ? Mark.OPEN : Mark.CLOSE;
    }
    if (c != '"') {
      return Mark.NONE;
    }
    boolean spaceBefore = i == paraStart || opensAfter(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= paraEnd || closesBefore(text.charAt(i + 1));
    if (spaceBefore && !spaceAfter) {
      return Mark.OPEN;
    }
    if (spaceAfter && !spaceBefore) {
      return Mark.CLOSE;
    }
    return inQuote ? Mark.CLOSE : Mark.OPEN;
  }

  private static boolean opensAfter(char c) {
    return Character.isWhitespace(c) || "([{—–-/".indexOf(c) >= 0;
  }

  private static boolean closesBefore(char c) {
    return Character.isWhitespace(c) || ".,;:!?)]}—–-…".indexOf(c) >= 0;
  }

  /** Whether the paragraph starting at {@code next} continues the quotation opened at {@code open}. */
  private static boolean continues(String text, int open, int next) {
    if (next >= text.length()) {
      return false;
    }
    char first = text.charAt(firstNonSpace(text, next, paragraphEnd(text, next)));
    boolean straight = text.charAt(open) == '"';
    return straight ? first == '"' : first == '“' || first == '„';
  }

  private static int paragraphEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private static int nextParagraph(String text, int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int firstNonSpace(String text, int from, int end) {
    int i = from;
    while (i < end - 1 && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lastNonSpace(String text, int from, int end) {
    int i = end;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
