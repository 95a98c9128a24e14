package org.newsgraph.cli;

import org.newsgraph.pipeline.BatchRunner;

/** The figures a run prints at its end, so that speed can be compared run to run. */
final class Figures {

  private Figures() {}

  static String describe(BatchRunner.Summary s, double setupSeconds) {
    double seconds = Math.max(s.seconds(), 1e-9);
    return String.format("articles %d, words %d, setup %.1fs, processing %.1fs, %.2f articles/s, %.0f words/s",
        s.articles(), s.words(), setupSeconds, s.seconds(), s.articles() / seconds, s.words() / seconds);
  }
}
