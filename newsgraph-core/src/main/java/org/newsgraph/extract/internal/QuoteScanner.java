package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a text that stand between double quotation marks.
 *
 * <p>Rules (issue 5):
 * <ul>
 *   <li>Curly and straight marks pair freely: a quotation may open with {@code "} and close with
 *       {@code ”}. A straight mark opens after a space or at the start of a paragraph and closes before
 *       a space, punctuation or the end of the paragraph; a reversed {@code ”} opening a paragraph or
 *       following a space opens, and a {@code “} glued to the last word of an open quotation closes it.
 *       An invisible format character (a direction mark such as U+202A) counts as a space before a mark.
 *   <li>Inside a quotation, an opening mark of the other family (straight inside curly, or curly
 *       inside straight) opens a quote within the quote, which its closing mark ends. Single marks
 *       never open a quotation: inside one they quote within it, outside they are mostly apostrophes.
 *   <li>A quotation still open at the end of its paragraph runs on when the next paragraph opens with
 *       a mark of the same family (the convention for multi-paragraph quotations); otherwise it ends
 *       with its paragraph, unclosed, so an unbalanced mark never swallows the rest of the article. An
 *       opening mark of the same family inside an open quotation restarts it for the same reason.
 * </ul>
 * Stateless; each call works on its own state.
 */
public final class QuoteScanner {

  private final String text;
  private final List<QuotedSpan> out = new ArrayList<>();
  private int open = -1;
  private boolean nested;
  private int nestedOpen;
  /** The quotes within the open quotation, which stand alone if it never closes. */
  private final List<QuotedSpan> inner = new ArrayList<>();
  private int paragraphs;

  private QuoteScanner(String text) {
    this.text = text;
  }

  /** The quoted stretches of {@code text}, in order, none overlapping. */
  public static List<QuotedSpan> scan(String text) {
    QuoteScanner s = new QuoteScanner(text);
    int pos = 0;
    while (pos < text.length()) {
      pos = s.paragraph(pos);
    }
    return List.copyOf(s.out);
  }

  /** Scans the paragraph starting at {@code start}; returns where the next one starts. */
  private int paragraph(int start) {
    int end = paragraphEnd(start);
    int from = start;
    if (open >= 0) {
      from = start + 1; // the mark that continues the quotation
      paragraphs++;
    }
    for (int i = from; i < end; i++) {
      mark(i, start, end);
    }
    int next = nextParagraph(end);
    if (open >= 0 && !continues(next)) {
      int last = end;
      while (last > open && Character.isWhitespace(text.charAt(last - 1))) {
        last--;
      }
      if (!inner.isEmpty()) {
        out.addAll(inner); // a mark that never closes opened no quotation: its quotes stand alone
      } else if (last > open + 1) {
        out.add(new QuotedSpan(open, last, false, paragraphs));
      }
      open = -1;
    }
    return next;
  }

  private void mark(int i, int start, int end) {
    char c = text.charAt(i);
    if (c != '"' && c != '“' && c != '”' && c != '„') {
      return;
    }
    boolean spaceBefore = i == start || opensAfter(text.charAt(i - 1));
    boolean spaceAfter = i + 1 >= end || closesBefore(text.charAt(i + 1));
    // a curly opening mark glued to the last word of an open quotation closes it (“… 51 percent.“), and a
    // reversed mark opens a paragraph even before a space (”  … what I learned …”): issue 5
    boolean reversedClose = c == '“' && open >= 0 && !spaceBefore && spaceAfter;
    boolean opens = c == '“' && !reversedClose || c == '„'
        || c == '"' && (spaceBefore && !spaceAfter || open < 0 && spaceBefore == spaceAfter)
        || c == '”' && open < 0 && spaceBefore && (!spaceAfter || i == start);
    if (open < 0) {
      if (opens) {
        start(i);
      }
      return;
    }
    boolean sameFamily = (c == '"') == (text.charAt(open) == '"');
    if (opens && !sameFamily && !nested) {
      nested = true;
      nestedOpen = i;
    } else if (opens && sameFamily) {
      start(i);
    } else if (!opens && !sameFamily && nested) {
      nested = false;
      inner.add(new QuotedSpan(nestedOpen, i + 1, true, 1));
    } else if (!opens) {
      out.add(new QuotedSpan(open, i + 1, true, paragraphs));
      open = -1;
    }
  }

  private void start(int i) {
    open = i;
    nested = false;
    inner.clear();
    paragraphs = 1;
  }

  private static boolean opensAfter(char c) {
    return Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT || "([{—–-/".indexOf(c) >= 0;
  }

  private static boolean closesBefore(char c) {
    return Character.isWhitespace(c) || ".,;:!?)]}—–-…".indexOf(c) >= 0;
  }

  /** Whether the paragraph starting at {@code next} continues the open quotation. */
  private boolean continues(int next) {
    if (next >= text.length()) {
      return false;
    }
    char first = text.charAt(next);
    boolean straight = text.charAt(open) == '"';
    return straight ? first == '"' : first == '“' || first == '„';
  }

  private int paragraphEnd(int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private int nextParagraph(int end) {
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
