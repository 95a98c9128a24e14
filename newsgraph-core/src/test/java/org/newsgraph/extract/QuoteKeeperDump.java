package org.newsgraph.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.internal.QuoteKeeper;
import org.newsgraph.extract.internal.SpeakerRanker;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.resolve.NewsTimeResolver;
import org.newsgraph.resolve.RuleEntityResolver;

/**
 * Writes every stretch between quotation marks in PolNeAR articles with its keep-or-drop features, as
 * JSON Lines for {@code tools/train_quote_keeper.py} (issue 5). Runs on cached analyses only (see
 * {@link SpeakerTrainingDump}), with the rules alone keeping quotations, so the features are those the
 * shipped model sees.
 *
 * <p>Usage: {@code QuoteKeeperDump CACHE_DIR ENGINE_VERSION OUT.jsonl FILE.txt...}
 */
public final class QuoteKeeperDump {

  private QuoteKeeperDump() {}

  public static void main(String[] args) throws IOException {
    NlpEngine engine = SpeakerTrainingDump.cachedOnly(args[0], args[1]);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      String[] doc = {""};
      AttributingQuoteExtractor quotes = new AttributingQuoteExtractor(SpeakerRanker.standard(),
          new QuoteKeeper(Map.of()), new AttributingQuoteExtractor.Observer((span, c) -> { },
              (span, features) -> out.println(line(doc[0], span, features))));
      ArticlePipeline pipeline = new ArticlePipeline(new ResidueCleaner(), engine, new RuleEntityResolver(),
          new NewsTimeResolver(), quotes, (article, q) -> List.of());
      for (RawArticle a : SpeakerTrainingDump.read(args, 3)) {
        doc[0] = Path.of(a.source()).getFileName().toString().replaceAll("\\.txt$", "");
        try {
          pipeline.analyse(a);
        } catch (IllegalStateException e) {
          System.err.println(doc[0] + ": " + e.getMessage()); // not cached yet: train is cached in the background
        }
      }
    }
  }

  private static String line(String doc, Span span, List<String> features) {
    StringBuilder b = new StringBuilder();
    b.append("{\"doc\":\"").append(doc).append("\",\"start\":").append(span.start()).append(",\"end\":")
        .append(span.end()).append(",\"f\":[");
    for (int j = 0; j < features.size(); j++) {
      b.append(j == 0 ? "" : ",").append('"')
          .append(features.get(j).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return b.append("]}").toString();
  }
}
