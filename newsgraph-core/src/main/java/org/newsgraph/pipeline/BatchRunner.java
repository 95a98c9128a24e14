package org.newsgraph.pipeline;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.Input;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;

/**
 * Runs the pipeline over many inputs on a pool of threads, delivering articles in input order.
 *
 * <p>Inputs are read on the calling thread; at most a few articles per thread are in flight, so
 * memory stays flat however large the archive. The sink is called from the calling thread only.
 * An article whose analysis fails becomes a problem; the run goes on.
 */
public final class BatchRunner {

  /** Receives the results of a run, in input order, on the thread that called {@link #run}. */
  public interface Sink {
    void article(Article article);

    void problem(Problem problem);
  }

  /**
   * What a run did.
   *
   * @param articles articles analysed
   * @param words words in them
   * @param problems inputs or records that could not be read or analysed
   * @param seconds wall-clock seconds of the run
   */
  public record Summary(int articles, long words, int problems, double seconds) {}

  private static final int IN_FLIGHT_PER_THREAD = 4;

  private static final long POLL_MILLIS = 250;

  private final ArticlePipeline pipeline;
  private final int threads;
  private final Duration maxPerArticle;

  /**
   * @param threads articles analysed at once
   * @param maxPerArticle the longest one article may take; past it, the article is reported as a
   *     problem and abandoned (its worker is interrupted), and the run goes on
   */
  public BatchRunner(ArticlePipeline pipeline, int threads, Duration maxPerArticle) {
    if (threads < 1) {
      throw new IllegalArgumentException("The parameter 'threads' must be at least 1, got " + threads);
    }
    if (maxPerArticle.isNegative() || maxPerArticle.isZero()) {
      throw new IllegalArgumentException("The parameter 'maxPerArticle' must be positive, got " + maxPerArticle);
    }
    this.pipeline = pipeline;
    this.threads = threads;
    this.maxPerArticle = maxPerArticle;
  }

  public BatchRunner(ArticlePipeline pipeline, int threads) {
    this(pipeline, threads, Duration.ofMinutes(10));
  }

  public Summary run(List<Input> inputs, ReadOptions options, Sink sink) {
    long started = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    Run run = new Run(pool, sink);
    try {
      Readers readers = new Readers();
      for (Input input : inputs) {
        readers.read(input, options, run);
      }
      run.drain(0);
    } finally {
      pool.shutdownNow();
    }
    return new Summary(run.articles, run.words, run.problems, (System.nanoTime() - started) / 1e9);
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, "newsgraph-worker-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** An article in flight; {@code startedNanos} is set when a worker picks it up. */
  private record Pending(RawArticle raw, Future<Article> result, AtomicLong startedNanos) {}

  private final class Run implements ReadSink {
    private final ExecutorService pool;
    private final Sink sink;
    private final Deque<Pending> pending = new ArrayDeque<>();
    int articles;
    long words;
    int problems;

    Run(ExecutorService pool, Sink sink) {
      this.pool = pool;
      this.sink = sink;
    }

    @Override
    public void article(RawArticle raw) {
      AtomicLong started = new AtomicLong();
      pending.addLast(new Pending(raw, pool.submit(() -> {
        started.set(System.nanoTime());
        return pipeline.analyse(raw);
      }), started));
      drain(threads * IN_FLIGHT_PER_THREAD);
    }

    @Override
    public void problem(Problem problem) {
      problems++;
      sink.problem(problem);
    }

    /** Delivers finished articles, oldest first, until at most {@code keep} are in flight. */
    void drain(int keep) {
      while (pending.size() > keep) {
        Pending next = pending.removeFirst();
        try {
          Optional<Article> article = await(next);
          if (article.isPresent()) {
            articles++;
            words += next.raw().wordCount();
            sink.article(article.get());
          }
        } catch (ExecutionException e) {
          Throwable cause = e.getCause() == null ? e : e.getCause();
          problem(new Problem(next.raw().source(), "analysis-failed",
              "analysis failed: " + cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("Interrupted while waiting for article " + next.raw().source(), e);
        }
      }
    }

    /** The article's result, or empty (and a problem reported) when it ran past the time bound. */
    private Optional<Article> await(Pending p) throws ExecutionException, InterruptedException {
      while (true) {
        try {
          return Optional.of(p.result().get(POLL_MILLIS, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
          long started = p.startedNanos().get();
          if (started != 0 && System.nanoTime() - started > maxPerArticle.toNanos()) {
            p.result().cancel(true);
            problem(new Problem(p.raw().source(), "too-slow", "analysis took longer than "
                + maxPerArticle.toSeconds() + "s (--max-seconds-per-article); skipped"));
            return Optional.empty();
          }
        }
      }
    }
  }
}
