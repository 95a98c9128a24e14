package org.newsgraph.pipeline;

import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent in each pipeline stage, summed over all threads. Thread-safe. */
public final class StageTimes {

  private final LongAdder clean = new LongAdder();
  private final LongAdder analyse = new LongAdder();
  private final LongAdder resolve = new LongAdder();
  private final LongAdder extract = new LongAdder();

  void add(long cleanNanos, long analyseNanos, long resolveNanos, long extractNanos) {
    clean.add(cleanNanos);
    analyse.add(analyseNanos);
    resolve.add(resolveNanos);
    extract.add(extractNanos);
  }

  /** One line: seconds per stage and each stage's share of the total. */
  public String describe() {
    double[] s = {seconds(clean), seconds(analyse), seconds(resolve), seconds(extract)};
    double total = Math.max(1e-9, s[0] + s[1] + s[2] + s[3]);
    String[] names = {"clean", "analyse", "resolve", "extract"};
    StringBuilder out = new StringBuilder("stages:");
    for (int i = 0; i < names.length; i++) {
      out.append(String.format(" %s %.2fs (%.1f%%)", names[i], s[i], 100 * s[i] / total));
    }
    return out.toString();
  }

  private static double seconds(LongAdder nanos) {
    return nanos.sum() / 1e9;
  }
}
