package org.newsgraph.resolve.internal.time;

/**
 * Which way from the article's date an expression points, as its clause says it.
 *
 * <p>Issue 6: "said on Tuesday" is the Tuesday before the article, "will vote on Tuesday" the one
 * after it. {@link #NONE} when no verb governs the expression (a headline, a dateline, a fragment).
 */
public enum Tense {
  PAST,
  PRESENT,
  FUTURE,
  NONE
}
