package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.AttributingQuoteExtractor;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.resolve.NewsTimeResolver;

/** Wires newsgraph's standard pipeline: the one place the stages are chosen. */
final class Pipelines {

  private Pipelines() {}

  static ArticlePipeline standard(NlpEngine engine) {
    return new ArticlePipeline(
        new ResidueCleaner(),
        engine,
        new NameEntityResolver(),
        new NewsTimeResolver(),
        new AttributingQuoteExtractor(),
        FactExtractor.none());
  }
}
