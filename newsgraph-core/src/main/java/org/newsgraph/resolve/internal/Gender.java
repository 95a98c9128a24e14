package org.newsgraph.resolve.internal;

/** What a name, an honorific or a pronoun says about a person's gender, if anything. */
public enum Gender {
  MALE, FEMALE, UNKNOWN;

  /** Whether a referent of this gender may be called by a word of gender {@code other}. */
  public boolean agrees(Gender other) {
    return this == UNKNOWN || other == UNKNOWN || this == other;
  }
}
