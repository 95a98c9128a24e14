package org.newsgraph.model;

/** The kinds of quotation of the article contract. */
public enum QuoteKind {
  /** A whole quoted statement. */
  DIRECT,
  /** A quoted fragment inside reported speech. */
  PARTIAL,
  /** Reported speech with no quotation marks. */
  INDIRECT;

  /** The name the contract uses for this kind. */
  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
