package org.newsgraph.cli;

import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.PatternFactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;

/** Wires newsgraph's standard pipeline: the one place the stages are chosen. */
final class Pipelines {

  private Pipelines() {}

  static ArticlePipeline standard(NlpEngine engine) {
    return new ArticlePipeline(Cleaner.none(), engine, new NameEntityResolver(), new EngineTimeResolver(),
        QuoteExtractor.none(), new PatternFactExtractor());
  }
}
