package org.newsgraph.clean;

import org.newsgraph.model.RawArticle;

/**
 * Finds the residue of the page an article was scraped from: person cards, advertisement lines,
 * share prompts. Never rewrites the text. Implementations are stateless and thread-safe.
 */
public interface Cleaner {

  CleanArticle clean(RawArticle article);

  /** A cleaner that finds no residue, for text known to be clean. */
  static Cleaner none() {
    return CleanArticle::untouched;
  }
}
