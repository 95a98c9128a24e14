package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.Quote;
import org.newsgraph.model.RawArticle;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NewsTimeResolver;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.RuleEntityResolver;

/**
 * Measures what quote extraction and attribution cost against the rest of the pipeline, on cached
 * analyses (issue 5): the same articles run with the standard extractor and with one that finds
 * nothing, several passes each, and the quote stage is timed on its own.
 *
 * <p>Usage: {@code QuoteTiming CACHE_DIR ENGINE_VERSION PASSES FILE.txt...}
 */
public final class QuoteTiming {

  private QuoteTiming() {}

  public static void main(String[] args) {
    NlpEngine engine = SpeakerTrainingDump.cachedOnly(args[0], args[1]);
    int passes = Integer.parseInt(args[2]);
    List<RawArticle> articles = SpeakerTrainingDump.read(args, 3);
    QuoteExtractor standard = new AttributingQuoteExtractor();
    long[] quoteNanos = {0};
    QuoteExtractor timed = article -> {
      long t0 = System.nanoTime();
      List<Quote> out = standard.extract(article);
      quoteNanos[0] += System.nanoTime() - t0;
      return out;
    };
    QuoteExtractor none = (ResolvedArticle article) -> List.of();
    for (int pass = 0; pass <= passes; pass++) {
      quoteNanos[0] = 0;
      double with = run(engine, timed, articles);
      double quotes = quoteNanos[0] / 1e9;
      double without = run(engine, none, articles);
      if (pass > 0) { // the first pass warms the JVM up
        System.out.printf("pass %d: %d articles, with quotes %.2fs, without %.2fs, quote stage %.3fs (%.2f ms/article)%n",
            pass, articles.size(), with, without, quotes, 1000 * quotes / articles.size());
      }
    }
  }

  private static double run(NlpEngine engine, QuoteExtractor quotes, List<RawArticle> articles) {
    ArticlePipeline pipeline = new ArticlePipeline(new ResidueCleaner(), engine, new RuleEntityResolver(),
        new NewsTimeResolver(), quotes, new PatternFactExtractor());
    long t0 = System.nanoTime();
    for (RawArticle a : articles) {
      pipeline.analyse(a);
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
