package org.newsgraph.store;

/** What {@link Store#put} did with one article. */
public enum PutOutcome {
  /** The article was new and is now stored. */
  STORED,
  /** The article was stored already; nothing changed. */
  SKIPPED,
  /** The article was stored already and its rows were replaced. */
  REPLACED
}
