package org.newsgraph.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each pipeline stage, summed over all threads. Thread-safe. */
public final class StageTimes {

  private final LongAdder clean = new LongAdder();
  private final LongAdder analyse = new LongAdder();
  private final LongAdder resolve = new LongAdder();
  /** Quote extraction and attribution, apart from the facts so that its cost can be stated (issue 5). */
  private final LongAdder quotes = new LongAdder();
  private final LongAdder facts = new LongAdder();

  void add(long cleanNanos, long analyseNanos, long resolveNanos, long quoteNanos, long factNanos) {
    clean.add(cleanNanos);
    analyse.add(analyseNanos);
    resolve.add(resolveNanos);
    quotes.add(quoteNanos);
    facts.add(factNanos);
  }

  /**
   * One line: seconds per stage and each stage's share of the total, and what quote extraction adds
   * to the time of the other stages.
   */
  public String describe() {
    double[] s = {seconds(clean), seconds(analyse), seconds(resolve), seconds(quotes), seconds(facts)};
    double total = Math.max(1e-9, s[0] + s[1] + s[2] + s[3] + s[4]);
    String[] names = {"clean", "analyse", "resolve", "quotes", "facts"};
    StringBuilder out = new StringBuilder("stages:");
    for (int i = 0; i < names.length; i++) {
      out.append(String.format(" %s %.2fs (%.1f%%)", names[i], s[i], 100 * s[i] / total));
    }
    out.append(String.format("; quotes add %.1f%% to the rest", 100 * s[3] / Math.max(1e-9, total - s[3])));
    return out.toString();
  }

  private static double seconds(LongAdder nanos) {
    return nanos.sum() / 1e9;
  }
}
