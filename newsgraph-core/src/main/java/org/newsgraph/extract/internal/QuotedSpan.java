package org.newsgraph.extract.internal;

/**
 * A stretch of text between double quotation marks, marks included.
 *
 * @param start offset of the opening mark
 * @param end offset after the closing mark, or after the last word of the paragraph when no mark closes it
 * @param closed whether a closing mark ends it
 * @param paragraphs how many paragraphs it runs over (more than one for a multi-paragraph quotation)
 */
public record QuotedSpan(int start, int end, boolean closed, int paragraphs) {

  public QuotedSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("QuotedSpan needs 0 <= start < end, got " + start + ".." + end);
    }
    if (paragraphs < 1) {
      throw new IllegalArgumentException("QuotedSpan paragraphs must be >= 1, got " + paragraphs);
    }
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }
}
