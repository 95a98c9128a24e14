package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.AttributingQuoteExtractor;
import org.newsgraph.extract.PatternFactExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NewsTimeResolver;
import org.newsgraph.resolve.RuleEntityResolver;

/** Wires newsgraph's standard pipeline: the one place the stages are chosen. */
final class Pipelines {

  private Pipelines() {}

  static ArticlePipeline standard(NlpEngine engine) {
    return new ArticlePipeline(
        new ResidueCleaner(),
        engine,
        new RuleEntityResolver(),
        new NewsTimeResolver(),
        new AttributingQuoteExtractor(),
        new PatternFactExtractor());
  }
}
