package org.newsgraph.spark;

import java.util.List;
import java.util.Objects;

/**
 * What a run of the Spark job does.
 *
 * @param inputs files, folders (read recursively) or globs, on any Hadoop file system
 * @param output the folder the job writes its outputs under; it must not exist yet
 * @param partitions how many partitions the analysis runs in, or 0 for three per core of the cluster
 * @param engine the language engine the executors build
 * @param read how to read the inputs
 * @param parquet whether to write the articles as Parquet by published month as well
 * @param maxSecondsPerArticle how long one article's analysis may take before it is abandoned as a
 *     failure ({@code too-slow}), as extract's {@code --max-seconds-per-article}
 */
public record JobOptions(List<String> inputs, String output, int partitions, EngineSpec engine, ReadSpec read,
    boolean parquet, int maxSecondsPerArticle) {

  /** Extract's default bound on one article's analysis. */
  public static final int DEFAULT_MAX_SECONDS = 300;

  public JobOptions {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("The parameter 'inputs' must name at least one file, folder or glob");
    }
    Objects.requireNonNull(output, "output");
    if (partitions < 0) {
      throw new IllegalArgumentException("The parameter 'partitions' must be 0 (automatic) or more, got " + partitions);
    }
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(read, "read");
    if (maxSecondsPerArticle < 1) {
      throw new IllegalArgumentException("The parameter 'maxSecondsPerArticle' must be at least 1, got "
          + maxSecondsPerArticle);
    }
  }

  /** The defaults for reading {@code inputs} into {@code output}. */
  public static JobOptions of(List<String> inputs, String output) {
    return new JobOptions(inputs, output, 0, EngineSpec.defaults(), ReadSpec.defaults(), false, DEFAULT_MAX_SECONDS);
  }

  public JobOptions withPartitions(int n) {
    return new JobOptions(inputs, output, n, engine, read, parquet, maxSecondsPerArticle);
  }

  public JobOptions withEngine(EngineSpec spec) {
    return new JobOptions(inputs, output, partitions, spec, read, parquet, maxSecondsPerArticle);
  }

  public JobOptions withRead(ReadSpec spec) {
    return new JobOptions(inputs, output, partitions, engine, spec, parquet, maxSecondsPerArticle);
  }

  public JobOptions withParquet(boolean on) {
    return new JobOptions(inputs, output, partitions, engine, read, on, maxSecondsPerArticle);
  }

  public JobOptions withMaxSecondsPerArticle(int seconds) {
    return new JobOptions(inputs, output, partitions, engine, read, parquet, seconds);
  }
}
