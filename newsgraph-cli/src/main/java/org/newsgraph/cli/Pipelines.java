package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;

/**
 * Wires newsgraph's standard pipeline: the one place the stages are chosen. Public because the Spark
 * job (newsgraph-spark) runs this very wiring, so that its output equals extract's (issue 12).
 */
public final class Pipelines {

  private Pipelines() {}

  /** The pipeline extract runs, on {@code engine}. */
  public static ArticlePipeline standard(NlpEngine engine) {
    return new ArticlePipeline(Cleaner.none(), engine, new NameEntityResolver(), new EngineTimeResolver(),
        QuoteExtractor.none(), FactExtractor.none());
  }
}
