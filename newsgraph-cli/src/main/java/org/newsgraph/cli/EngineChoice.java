package org.newsgraph.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.CachingNlpEngine;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpOptions;
import org.newsgraph.nlp.corenlp.CoreNlpOptions.FineGrained;
import picocli.CommandLine.Option;

/** The options that choose and configure the language engine; shared by the commands that analyse. */
final class EngineChoice {

  enum Ner { fast, full }

  @Option(names = "--ner", defaultValue = "fast", paramLabel = "fast|full",
      description = "NER models: fast (one CRF model, default) or full (CoreNLP's three; about 3x slower).")
  Ner ner = Ner.fast;

  enum Fine { lookup, corenlp }

  @Option(names = "--fine-ner", defaultValue = "lookup", paramLabel = "lookup|corenlp",
      description = {"Fine-grained types (TITLE, COUNTRY, CITY, ...): lookup (CoreNLP's gazetteer by our hash lookup,",
          "default) or corenlp (CoreNLP's own TokensRegexNER step: the same labels, 0.5 CPU s/article slower)."})
  Fine fine = Fine.lookup;

  @Option(names = "--analysis-cache", paramLabel = "DIR",
      description = "Keep each article's language analysis in DIR and reuse it on later runs of the same text.")
  Optional<Path> cache = Optional.empty();

  @Option(names = "--analysis-cache-only",
      description = "With --analysis-cache: never run CoreNLP; a text not in the cache is reported as failed.")
  boolean cacheOnly;

  CoreNlpOptions options() {
    if (ner == Ner.full) {
      return CoreNlpOptions.fullNer();
    }
    // issue 11: CoreNLP's own fine-grained step stays available for comparison
    return CoreNlpOptions.defaults().withFineGrained(fine == Fine.corenlp ? FineGrained.LEAN : FineGrained.LOOKUP);
  }

  /**
   * The engine these options choose; with a cache, CoreNLP is loaded only when a text is not in it.
   * CoreNLP engines are built once per process and options, and shared by every command run in it.
   */
  NlpEngine build() {
    if (cacheOnly && cache.isEmpty()) {
      throw new IllegalArgumentException("--analysis-cache-only needs --analysis-cache DIR");
    }
    CoreNlpOptions options = options();
    Lazy<NlpEngine> engine = ENGINES.computeIfAbsent(options, o -> new Lazy<>(() -> new CoreNlpEngine(o)));
    if (cache.isEmpty()) {
      return engine.get();
    }
    // cache-only: evaluations over a partly cached corpus use what is cached and skip the rest (issue 8)
    Supplier<NlpEngine> inner = cacheOnly ? () -> NOT_CACHED : engine;
    return new CachingNlpEngine(inner, CoreNlpEngine.versionOf(options), cache.get());
  }

  /** The engine behind the cache in cache-only runs: every text it is asked for was not cached. */
  private static final NlpEngine NOT_CACHED = new NlpEngine() {
    @Override
    public Analysis analyse(String text, Optional<LocalDate> documentDate) {
      throw new IllegalStateException("not in the analysis cache (--analysis-cache-only)");
    }

    @Override
    public String version() {
      return "none";
    }
  };

  private static final Map<CoreNlpOptions, Lazy<NlpEngine>> ENGINES = new ConcurrentHashMap<>();
}
