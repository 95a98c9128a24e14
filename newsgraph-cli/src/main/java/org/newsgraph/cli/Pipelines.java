package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.NewsTimeResolver;

/**
 * Wires newsgraph's standard pipeline: the one place the stages are chosen. Public because the Spark
 * job (newsgraph-spark) runs this very wiring, so that its output equals extract's (issue 12).
 */
public final class Pipelines {

  private Pipelines() {}

  /** The pipeline extract runs, on {@code engine}. */
  public static ArticlePipeline standard(NlpEngine engine) {
    return new ArticlePipeline(
        new ResidueCleaner(),
        engine,
        new NameEntityResolver(),
        new NewsTimeResolver(),
        QuoteExtractor.none(),
        FactExtractor.none());
  }
}
