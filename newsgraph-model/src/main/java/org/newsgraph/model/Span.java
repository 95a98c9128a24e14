package org.newsgraph.model;

import java.util.Objects;

/**
 * A stretch of an article's {@code text}: UTF-16 offsets, end exclusive, and the text between them.
 *
 * <p>Build spans with {@link #of(String, int, int)} so that {@code text} always equals the source
 * between the offsets; the compact constructor checks the offsets and the length.
 */
public record Span(int start, int end, String text) {

  public Span {
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("Span offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
    if (text.length() != end - start) {
      throw new IllegalArgumentException(
          "Span text length " + text.length() + " does not match offsets " + start + ".." + end);
    }
  }

  /** The span of {@code source} from {@code start} to {@code end}. */
  public static Span of(String source, int start, int end) {
    if (end > source.length()) {
      throw new IllegalArgumentException(
          "Span end " + end + " is past the end of a text of length " + source.length());
    }
    return new Span(start, end, source.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  /** Whether {@code offset} lies inside this span. */
  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  /** Whether the two spans share at least one character. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
