package org.newsgraph.extract;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.RawArticle;
import org.newsgraph.output.ArticleJson;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NewsTimeResolver;
import org.newsgraph.resolve.RuleEntityResolver;

/**
 * Writes the article JSON of PolNeAR articles with quotes only, from cached analyses under any engine
 * version (issue 5): how a change to quote extraction is checked on a subset of train, for
 * {@code score_quotes.py}, without running CoreNLP. Articles not in the cache are left out and named
 * on standard error.
 *
 * <p>Usage: {@code CachedQuotes CACHE_DIR ENGINE_VERSION OUT.jsonl FILE.txt...}
 */
public final class CachedQuotes {

  private CachedQuotes() {}

  public static void main(String[] args) throws IOException {
    NlpEngine engine = SpeakerTrainingDump.cachedOnly(args[0], args[1]);
    ArticlePipeline pipeline = new ArticlePipeline(new ResidueCleaner(), engine, new RuleEntityResolver(),
        new NewsTimeResolver(), new AttributingQuoteExtractor(), (article, q) -> List.of());
    ArticleJson json = new ArticleJson();
    try (Writer out = Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8)) {
      for (RawArticle a : SpeakerTrainingDump.read(args, 3)) {
        try {
          json.write(pipeline.analyse(a), out);
          out.write('\n');
        } catch (IllegalStateException e) {
          System.err.println(a.source() + ": " + e.getMessage());
        }
      }
    }
  }
}
