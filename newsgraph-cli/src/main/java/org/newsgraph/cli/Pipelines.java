package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.AttributingQuoteExtractor;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;

/** Wires newsgraph's standard pipeline: the one place the stages are chosen. */
final class Pipelines {

  private Pipelines() {}

  static ArticlePipeline standard(NlpEngine engine) {
    return new ArticlePipeline(Cleaner.none(), engine, new NameEntityResolver(), new EngineTimeResolver(),
        new AttributingQuoteExtractor(), FactExtractor.none());
  }
}
