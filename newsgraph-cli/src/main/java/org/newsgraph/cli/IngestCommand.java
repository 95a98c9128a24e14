package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawArticle;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.BatchRunner;
import org.newsgraph.read.Input;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.Readers;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.PutOutcome;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreWriter;
import org.newsgraph.store.WriteMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph ingest}: analyse articles and keep them in the store (issue 8). */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Analyses articles and stores them, linked across articles, in the knowledge base.",
        "Articles already stored are skipped before analysis (--reprocess replaces them). A writer thread stores",
        "new articles in batches of up to 16, one transaction each, while the next ones are analysed, so an",
        "interrupted run loses at most the articles in flight (queued or in the batch) and the next run continues.",
        "Exit status: 0 when every input was stored or skipped, 1 when any failed, 2 for a usage error."})
final class IngestCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ReadChoice read = new ReadChoice();

  @Mixin EngineChoice engine = new EngineChoice();

  @Mixin StoreChoice store = new StoreChoice();

  @Mixin RunChoice run = new RunChoice();

  @Option(names = "--reprocess", description = "Analyse and replace articles that are already stored.")
  boolean reprocess;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    run.validate(spec);
    PrintWriter err = spec.commandLine().getErr();
    InputCollector.Collected collected = ReadChoice.collect(paths, err);
    long setupStart = System.nanoTime();
    try (Store s = store.open(spec)) {
      s.prepareForWrites();
      ArticlePipeline pipeline = Pipelines.standard(engine.build());
      err.printf("ingest: store %s ready, setup %.1fs%n", store.location(spec).describe(), (System.nanoTime() - setupStart) / 1e9);
      Provenance provenance = new Provenance("newsgraph " + Version.get(), pipeline.engineVersion());
      Progress progress = new Progress(err, expectedArticles(collected.inputs()), System.console() != null);
      StoreSink sink = new StoreSink(s, provenance, reprocess ? WriteMode.REPLACE : WriteMode.SKIP_EXISTING, progress);
      collected.problems().forEach(sink::problem);
      BatchRunner.Summary summary;
      try {
        summary = run.runner(pipeline).run(collected.inputs(), read.options(spec), sink);
      } finally {
        sink.close();
      }
      progress.finish();
      sink.report(err, summary, s.stats().bytes(), store.location(spec).describe());
      err.println(pipeline.stageTimes().describe());
      err.flush();
      return sink.failed.isEmpty() ? Newsgraph.OK : Newsgraph.SKIPPED;
    }
  }

  /** Articles expected: one per plain-text file, when every input is one; else unknown (0). */
  private static int expectedArticles(List<Input> inputs) {
    boolean allText = inputs.stream().allMatch(i -> i.path() != null
        && Readers.formatOf(i.fileName()).map(f -> f == Readers.Format.TEXT).orElse(true));
    return allText ? inputs.size() : 0;
  }

  /**
   * Stores each article as it comes, counting what happened. New articles go to a {@link StoreWriter}
   * thread that stores them in batches while the next ones are analysed; replaced ones (--reprocess)
   * are stored one by one on the calling thread. Counters are touched by both threads: synchronized.
   */
  private static final class StoreSink implements BatchRunner.Sink, StoreWriter.Listener {
    private final Store store;
    private final Provenance provenance;
    private final WriteMode mode;
    private final Progress progress;
    private final StoreWriter writer;
    final List<String> failed = new ArrayList<>();
    int read;
    int stored;
    int replaced;
    int skipped;

    StoreSink(Store store, Provenance provenance, WriteMode mode, Progress progress) {
      this.store = store;
      this.provenance = provenance;
      this.mode = mode;
      this.progress = progress;
      this.writer = new StoreWriter(store, provenance, this);
    }

    /** Waits for the writer to store what is queued. */
    void close() {
      writer.close();
    }

    @Override
    public synchronized void stored(Article article, PutOutcome outcome) {
      count(outcome);
      progress.tick();
    }

    @Override
    public synchronized void failed(Article article, RuntimeException error) {
      failed.add(article.raw().source() + ": " + error.getMessage());
      progress.tick();
    }

    private void count(PutOutcome outcome) {
      switch (outcome) {
        case STORED -> stored++;
        case REPLACED -> replaced++;
        case SKIPPED -> skipped++;
        default -> throw new IllegalStateException("Unknown outcome " + outcome);
      }
    }

    @Override
    public boolean wants(RawArticle raw) {
      synchronized (this) {
        read++;
      }
      if (mode == WriteMode.SKIP_EXISTING && store.contains(raw.id())) {
        synchronized (this) {
          skipped++;
        }
        progress.tick();
        return false;
      }
      return true;
    }

    @Override
    public void article(Article article) {
      if (mode == WriteMode.SKIP_EXISTING) {
        writer.submit(article);
        return;
      }
      try {
        PutOutcome outcome = store.put(article, provenance, mode);
        synchronized (this) {
          count(outcome);
        }
      } catch (StoreException e) {
        synchronized (this) {
          failed.add(article.raw().source() + ": " + e.getMessage());
        }
      }
      progress.tick();
    }

    @Override
    public synchronized void problem(Problem problem) {
      failed.add(problem.describe());
      store.problem(problem.input(), problem.code(), problem.message());
      progress.tick();
    }

    synchronized void report(PrintWriter err, BatchRunner.Summary summary, long bytes, String where) {
      double seconds = Math.max(summary.seconds(), 1e-9);
      err.printf("ingest: read %d, stored %d, replaced %d, skipped %d (already stored), failed %d%n",
          read, stored, replaced, skipped, failed.size());
      err.printf("ingest: %d articles analysed in %.1fs, %.2f articles/s; store %s, %.1f MB%s%n", summary.articles(),
          summary.seconds(), summary.articles() / seconds, where, bytes / 1e6,
          stored + replaced > 0 ? String.format(" (%.1f KB per stored article overall)", bytes / 1e3 / Math.max(1, read - failed.size())) : "");
      failed.stream().limit(20).forEach(f -> err.println("  failed: " + f));
      if (failed.size() > 20) {
        err.printf("  ... and %d more failures (table problem in the store)%n", failed.size() - 20);
      }
    }
  }
}
