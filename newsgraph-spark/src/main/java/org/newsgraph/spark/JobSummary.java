package org.newsgraph.spark;

import java.util.Locale;

/**
 * What a run of the Spark job did.
 *
 * @param files files read
 * @param articles articles analysed and written
 * @param failures records that could not be read or analysed (the failures output)
 * @param names name groups written by the linking stage
 * @param seconds wall-clock seconds of the run, Spark's start-up excluded
 */
public record JobSummary(long files, long articles, long failures, long names, double seconds) {

  /** One line for a person. */
  public String describe() {
    return String.format(Locale.ROOT, "newsgraph-spark: files %d, articles %d, failures %d, name groups %d, %.1f s (%.2f articles/s)",
        files, articles, failures, names, seconds, seconds > 0 ? articles / seconds : 0.0);
  }
}
