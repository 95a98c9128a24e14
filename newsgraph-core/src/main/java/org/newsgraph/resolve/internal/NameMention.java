package org.newsgraph.resolve.internal;

import java.util.Objects;

/**
 * A name the resolver found: a run of tokens, honorifics and possessives left out, with its types.
 *
 * @param firstToken the index of its first token
 * @param endToken the index after its last token
 * @param fineType the engine's fine type, corrected (PERSON, ORGANIZATION, CITY, STATE_OR_PROVINCE, ...)
 * @param type the entity type it makes: PERSON, ORGANIZATION or LOCATION
 * @param surface its words as written, whitespace collapsed
 * @param key what identifies its referent among names of the same type (a state's name for "Ala.")
 */
public record NameMention(int firstToken, int endToken, String fineType, String type, String surface, String key) {

  public NameMention {
    Objects.requireNonNull(fineType, "fineType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(key, "key");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("A name needs at least one token, got " + firstToken + ".." + endToken);
    }
  }

  public boolean isPerson() {
    return "PERSON".equals(type);
  }

  /** Whether this name shares a token with {@code [from, to)}. */
  public boolean overlaps(int from, int to) {
    return firstToken < to && from < endToken;
  }
}
