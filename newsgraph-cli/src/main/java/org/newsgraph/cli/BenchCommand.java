package org.newsgraph.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.RawArticle;
import org.newsgraph.nlp.corenlp.CoreNlpBaseline;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.Benchmark;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph bench}: speed of the pipeline, optionally beside CoreNLP's own full pipeline. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measures the pipeline on a corpus: setup seconds, articles/s and words/s (median of the",
        "timed passes after a warm-up), time share per stage, and peak heap. --baseline also runs",
        "CoreNLP's full pipeline (…,ner,depparse,coref,quote) on the same articles and prints the ratio."})
final class BenchCommand implements Callable<Integer> {

  static final Path DEFAULT_CORPUS = Path.of("../shared/data/scraped-news/political-news-3000.jsonl");

  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "PATH", description = "Articles to measure on (default: ${DEFAULT-VALUE}).")
  Path corpus = DEFAULT_CORPUS;

  @Option(names = "--limit", paramLabel = "N", description = "Use the first N articles (default: ${DEFAULT-VALUE}).")
  int limit = 200;

  @Option(names = "--passes", paramLabel = "N", description = "Timed passes; the median counts (default: ${DEFAULT-VALUE}).")
  int passes = 3;

  @Option(names = "--threads", paramLabel = "N", description = "Threads (default: the cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--baseline", description = "Also measure CoreNLP's full pipeline on the same articles.")
  boolean baseline;

  @Mixin EngineChoice engine = new EngineChoice();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    if (!Files.exists(corpus)) {
      err.println("newsgraph: no corpus at " + corpus + "; pass --corpus PATH");
      return Newsgraph.USAGE;
    }
    long t0 = System.nanoTime();
    List<RawArticle> articles = read(err);
    double readSeconds = (System.nanoTime() - t0) / 1e9;
    out.printf("corpus: %s, %d articles, %d words, read in %.2fs%n", corpus, articles.size(),
        articles.stream().mapToLong(RawArticle::wordCount).sum(), readSeconds);
    if (articles.isEmpty()) {
      err.println("newsgraph: no articles in " + corpus + " to measure on");
      return Newsgraph.USAGE;
    }
    long s0 = System.nanoTime();
    ArticlePipeline pipeline = Pipelines.standard(engine.build());
    double setup = (System.nanoTime() - s0) / 1e9;
    pipeline.analyse(articles.get(0));
    double firstOut = (System.nanoTime() - s0) / 1e9;
    Benchmark bench = new Benchmark(threads, passes);
    int warmUp = Math.min(20, articles.size());
    Benchmark.Result ours = bench.run(articles, warmUp, pipeline::analyse, line -> err.println("newsgraph (ours) " + line));
    out.printf("newsgraph: setup %.1fs, first article out at %.1fs, %.2f articles/s, %.0f words/s, %.3f CPU s/article"
        + " (median of %d passes, %d threads)%n", setup, firstOut, ours.articlesPerSecond(), ours.wordsPerSecond(),
        ours.cpuSecondsPerArticle(), passes, threads);
    out.printf("  read %.2fs per pass; %s%n", readSeconds, pipeline.stageTimes().describe());
    out.printf("  peak heap %.0f MB, peak RSS %s%n", peakHeapMegabytes(), peakRss());
    if (baseline) {
      long b0 = System.nanoTime();
      CoreNlpBaseline full = new CoreNlpBaseline();
      double baselineSetup = (System.nanoTime() - b0) / 1e9;
      Benchmark.Result theirs = bench.run(articles, warmUp, a -> full.annotate(a.text(), a.published()),
          line -> err.println("CoreNLP full pipeline " + line));
      out.printf("CoreNLP full pipeline: setup %.1fs, %.2f articles/s, %.0f words/s, %.3f CPU s/article%n",
          baselineSetup, theirs.articlesPerSecond(), theirs.wordsPerSecond(), theirs.cpuSecondsPerArticle());
      out.printf("ratio: newsgraph is %.1fx CoreNLP's full pipeline in articles/s, %.1fx in CPU s/article%n",
          ours.articlesPerSecond() / Math.max(theirs.articlesPerSecond(), 1e-9),
          theirs.cpuSecondsPerArticle() / Math.max(ours.cpuSecondsPerArticle(), 1e-9));
    }
    out.printf("load average at the end: %.1f on %d cores%n", Benchmark.loadAverage(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    return Newsgraph.OK;
  }

  private List<RawArticle> read(PrintWriter err) {
    List<RawArticle> articles = new ArrayList<>();
    Readers readers = new Readers();
    ReadSink sink = new ReadSink() {
      @Override
      public void article(RawArticle article) {
        if (articles.size() < limit) {
          articles.add(article);
        }
      }

      @Override
      public void problem(Problem problem) {
        err.println("newsgraph: " + problem.describe());
      }
    };
    new InputCollector().collect(List.of(corpus.toString())).inputs()
        .forEach(input -> readers.read(input, ReadOptions.defaults(), sink));
    return articles;
  }

  /** The process's peak resident memory so far (Linux's VmHWM), or "unknown". */
  private static String peakRss() {
    try {
      return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
          .map(l -> String.format("%.0f MB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0)).findFirst().orElse("unknown");
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown"; // not Linux: /usr/bin/time -v tells
    }
  }

  private static double peakHeapMegabytes() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }
}
