package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.newsgraph.analyse.CachingNlpEngine;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpOptions;
import picocli.CommandLine.Option;

/** The options that choose and configure the language engine; shared by the commands that analyse. */
final class EngineChoice {

  enum Ner { fast, full }

  @Option(names = "--ner", defaultValue = "fast", paramLabel = "fast|full",
      description = "NER models: fast (one CRF model, default) or full (CoreNLP's three; about 3x slower).")
  Ner ner = Ner.fast;

  @Option(names = "--analysis-cache", paramLabel = "DIR",
      description = "Keep each article's language analysis in DIR and reuse it on later runs of the same text.")
  Optional<Path> cache = Optional.empty();

  CoreNlpOptions options() {
    return ner == Ner.full ? CoreNlpOptions.fullNer() : CoreNlpOptions.defaults();
  }

  /**
   * The engine these options choose; with a cache, CoreNLP is loaded only when a text is not in it.
   * CoreNLP engines are built once per process and options, and shared by every command run in it.
   */
  NlpEngine build() {
    CoreNlpOptions options = options();
    Lazy<NlpEngine> engine = ENGINES.computeIfAbsent(options, o -> new Lazy<>(() -> new CoreNlpEngine(o)));
    if (cache.isEmpty()) {
      return engine.get();
    }
    return new CachingNlpEngine(engine, CoreNlpEngine.versionOf(options), cache.get());
  }

  private static final Map<CoreNlpOptions, Lazy<NlpEngine>> ENGINES = new ConcurrentHashMap<>();
}
