package org.newsgraph.pipeline;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.RawArticle;

/**
 * Times a per-article function over a fixed set of articles: a warm-up pass, then several timed
 * passes on a pool of threads, reporting the median.
 *
 * <p>Used by {@code newsgraph bench} for our pipeline and for a baseline side by side in one run,
 * so that figures compare on the same machine under the same load. Besides wall-clock time it
 * records the process's CPU time per pass: on a machine shared with other work (issue 11), CPU
 * seconds per article compare better than articles per second.
 */
public final class Benchmark {

  /**
   * The figures of one benchmark.
   *
   * @param passSeconds wall-clock seconds of each timed pass
   * @param cpuSeconds the process's CPU seconds in each timed pass (NaN where the JVM cannot tell)
   * @param articles articles per pass
   * @param words words per pass
   */
  public record Result(double[] passSeconds, double[] cpuSeconds, int articles, long words) {

    public double medianSeconds() {
      return median(passSeconds);
    }

    /** CPU seconds per article, median over the passes: the figure least moved by other work on the machine. */
    public double cpuSecondsPerArticle() {
      return median(cpuSeconds) / Math.max(articles, 1);
    }

    private static double median(double[] values) {
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int n = sorted.length;
      return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    public double articlesPerSecond() {
      return articles / Math.max(medianSeconds(), 1e-9);
    }

    public double wordsPerSecond() {
      return words / Math.max(medianSeconds(), 1e-9);
    }
  }

  private final int threads;
  private final int passes;

  public Benchmark(int threads, int passes) {
    if (threads < 1 || passes < 1) {
      throw new IllegalArgumentException("threads and passes must be at least 1, got " + threads + " and " + passes);
    }
    this.threads = threads;
    this.passes = passes;
  }

  /**
   * Runs {@code work} over {@code articles}: one untimed warm-up pass over {@code warmUp} of them,
   * then the timed passes over all; {@code progress} hears about each pass.
   */
  public Result run(List<RawArticle> articles, int warmUp, Consumer<RawArticle> work, Consumer<String> progress) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      pass(pool, articles.subList(0, Math.min(warmUp, articles.size())), work);
      double[] seconds = new double[passes];
      double[] cpu = new double[passes];
      for (int p = 0; p < passes; p++) {
        long t0 = System.nanoTime();
        double c0 = processCpuSeconds();
        pass(pool, articles, work);
        seconds[p] = (System.nanoTime() - t0) / 1e9;
        cpu[p] = processCpuSeconds() - c0;
        progress.accept(String.format("pass %d/%d: %.1fs, %.1f CPU s, load average %.1f", p + 1, passes, seconds[p], cpu[p],
            loadAverage()));
      }
      long words = articles.stream().mapToLong(RawArticle::wordCount).sum();
      return new Result(seconds, cpu, articles.size(), words);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The system load average over the last minute, or NaN where the platform has none. */
  public static double loadAverage() {
    double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return load < 0 ? Double.NaN : load;
  }

  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      long nanos = os.getProcessCpuTime();
      return nanos < 0 ? Double.NaN : nanos / 1e9;
    }
    return Double.NaN;
  }

  private static void pass(ExecutorService pool, List<RawArticle> articles, Consumer<RawArticle> work) {
    List<Future<?>> futures = new ArrayList<>();
    for (RawArticle a : articles) {
      futures.add(pool.submit(() -> work.accept(a)));
    }
    for (Future<?> f : futures) {
      try {
        f.get();
      } catch (ExecutionException e) {
        throw new NewsgraphException("An article failed during the benchmark: " + e.getCause(), e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NewsgraphException("The benchmark was interrupted", e);
      }
    }
  }
}
