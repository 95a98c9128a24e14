package org.newsgraph.store;

/** What {@link Store#put} does with an article whose id is already stored. */
public enum WriteMode {
  /** Keep the stored rows; the article counts as skipped. */
  SKIP_EXISTING,
  /** Replace the stored rows by the new ones, in one transaction. */
  REPLACE
}
