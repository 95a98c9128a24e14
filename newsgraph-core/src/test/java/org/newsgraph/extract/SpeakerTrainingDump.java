package org.newsgraph.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.analyse.CachingNlpEngine;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.internal.SpeakerCandidates;
import org.newsgraph.extract.internal.SpeakerRanker;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.read.Input;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;
import org.newsgraph.resolve.NewsTimeResolver;
import org.newsgraph.resolve.RuleEntityResolver;

/**
 * Writes the speaker candidates of every quotation in PolNeAR articles, with their features, as JSON
 * Lines for {@code tools/train_speaker_ranker.py} (issue 5). Runs on cached analyses only (the texts
 * must have been analysed with {@code extract --analysis-cache DIR} before; articles that were not are
 * left out and named on standard error), with the rules alone
 * choosing speakers, so the features are those the shipped model sees.
 *
 * <p>Usage: {@code SpeakerTrainingDump CACHE_DIR ENGINE_VERSION OUT.jsonl FILE.txt...}
 */
public final class SpeakerTrainingDump {

  private SpeakerTrainingDump() {}

  public static void main(String[] args) throws IOException {
    NlpEngine engine = cachedOnly(args[0], args[1]);
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2]), StandardCharsets.UTF_8))) {
      String[] doc = {""};
      AttributingQuoteExtractor quotes = new AttributingQuoteExtractor(new SpeakerRanker(Map.of()),
          (span, candidates) -> out.println(line(doc[0], span, candidates)));
      ArticlePipeline pipeline = new ArticlePipeline(new ResidueCleaner(), engine, new RuleEntityResolver(),
          new NewsTimeResolver(), quotes, (article, q) -> List.of());
      for (RawArticle a : read(args, 3)) {
        doc[0] = Path.of(a.source()).getFileName().toString().replaceAll("\\.txt$", "");
        try {
          pipeline.analyse(a);
        } catch (IllegalStateException e) {
          System.err.println(a.source() + ": " + e.getMessage()); // not cached: left out
        }
      }
    }
  }

  /** An engine that answers from the analysis cache in {@code folder} only. */
  static NlpEngine cachedOnly(String folder, String version) {
    NlpEngine missing = new NlpEngine() {
      @Override
      public String version() {
        return version;
      }

      @Override
      public org.newsgraph.analyse.Analysis analyse(String text, Optional<java.time.LocalDate> date) {
        throw new IllegalStateException("not in the analysis cache; run extract --analysis-cache first");
      }
    };
    return new CachingNlpEngine(() -> missing, version, Path.of(folder));
  }

  /** The articles in the files {@code args[from..]}. */
  static List<RawArticle> read(String[] args, int from) {
    List<RawArticle> articles = new ArrayList<>();
    for (int i = from; i < args.length; i++) {
      new Readers().read(Input.file(Path.of(args[i])), ReadOptions.defaults(), new ReadSink() {
        @Override
        public void article(RawArticle article) {
          articles.add(article);
        }

        @Override
        public void problem(Problem problem) {}
      });
    }
    return articles;
  }

  private static String line(String doc, Span span, List<SpeakerCandidates.Candidate> candidates) {
    StringBuilder b = new StringBuilder();
    b.append("{\"doc\":\"").append(doc).append("\",\"start\":").append(span.start()).append(",\"end\":")
        .append(span.end()).append(",\"candidates\":[");
    for (int i = 0; i < candidates.size(); i++) {
      SpeakerCandidates.Candidate c = candidates.get(i);
      b.append(i == 0 ? "" : ",").append("{\"start\":").append(c.mention().start()).append(",\"end\":")
          .append(c.mention().end()).append(",\"f\":[");
      for (int j = 0; j < c.features().size(); j++) {
        b.append(j == 0 ? "" : ",").append('"').append(c.features().get(j).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
      }
      b.append("]}");
    }
    return b.append("]}").toString();
  }
}
