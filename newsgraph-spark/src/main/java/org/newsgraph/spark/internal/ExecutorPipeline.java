package org.newsgraph.spark.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsgraph.cli.Pipelines;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.spark.EngineSpec;

/**
 * The pipeline of this JVM: built on first use, once per engine spec, and shared by every task the
 * executor runs, so the models (1–2 GB) are loaded once per executor, not per task or record. It is
 * static, so it is never serialised with the functions that use it. Thread-safe: executors run
 * several tasks at once, and {@link ArticlePipeline} is thread-safe.
 */
public final class ExecutorPipeline {

  private static final Map<EngineSpec, ArticlePipeline> PIPELINES = new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();
  private static final AtomicInteger WORKERS = new AtomicInteger();
  /** Runs analyses so that a task can stop waiting for one that takes too long; daemon threads. */
  private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "newsgraph-analysis-" + WORKERS.incrementAndGet());
    t.setDaemon(true);
    return t;
  });

  private ExecutorPipeline() {}

  /** The pipeline for {@code spec}; the first call in a JVM loads the models. */
  public static ArticlePipeline get(EngineSpec spec) {
    return PIPELINES.computeIfAbsent(spec, s -> {
      BUILDS.incrementAndGet();
      return Pipelines.standard(s.build());
    });
  }

  /** The threads analyses run on: as many as tasks wait for, plus any abandoned ones still running. */
  public static ExecutorService workers() {
    return POOL;
  }

  /** How many pipelines this JVM has built: one per engine spec, however many tasks ran. */
  public static int builds() {
    return BUILDS.get();
  }
}
