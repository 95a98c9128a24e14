package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.AttributingQuoteExtractor;
import org.newsgraph.extract.PatternFactExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NewsTimeResolver;
import org.newsgraph.resolve.RuleEntityResolver;

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
        new RuleEntityResolver(),
        new NewsTimeResolver(),
        new AttributingQuoteExtractor(),
        new PatternFactExtractor());
  }
}
