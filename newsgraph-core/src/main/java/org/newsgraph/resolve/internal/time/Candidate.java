package org.newsgraph.resolve.internal.time;

import java.util.Objects;
import java.util.Optional;

/**
 * A stretch of text that may be a time expression, before its value is decided.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param firstToken document-wide index of its first token
 * @param endToken document-wide index after its last token
 * @param engineValue the value the language engine gave it, when the engine found it
 */
public record Candidate(int start, int end, int firstToken, int endToken, Optional<String> engineValue) {

  public Candidate {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("A candidate needs 0 <= start < end, got " + start + ".." + end);
    }
    if (firstToken < 0 || endToken < firstToken) {
      throw new IllegalArgumentException("A candidate needs 0 <= firstToken <= endToken, got "
          + firstToken + ".." + endToken);
    }
    Objects.requireNonNull(engineValue, "engineValue");
  }

  public boolean overlaps(Candidate other) {
    return start < other.end && other.start < end;
  }
}
