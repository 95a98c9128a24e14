package org.newsgraph.spark;

import java.io.Serializable;
import java.nio.file.Path;
import java.util.Optional;
import org.newsgraph.analyse.CachingNlpEngine;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpOptions;

/**
 * Which language engine the executors build: what travels to them in place of the engine itself,
 * which is never serialised.
 *
 * @param fullNer CoreNLP's three NER models rather than the fast one (extract's {@code --ner full})
 * @param analysisCache a folder every executor can reach (local mode, or a shared mount) holding
 *     analyses by text, as extract's {@code --analysis-cache}; null for none (Optional is not
 *     serializable). CoreNLP is loaded even when every text is in the cache.
 */
public record EngineSpec(boolean fullNer, String analysisCache) implements Serializable {

  private static final long serialVersionUID = 1L;

  public static EngineSpec defaults() {
    return new EngineSpec(false, null);
  }

  public EngineSpec withAnalysisCache(Path folder) {
    return new EngineSpec(fullNer, folder.toAbsolutePath().toString());
  }

  public Optional<Path> cache() {
    return Optional.ofNullable(analysisCache).map(Path::of);
  }

  /** The version the engine reports, known without building it (the store keeps it with each article). */
  public String version() {
    return CoreNlpEngine.versionOf(fullNer ? CoreNlpOptions.fullNer() : CoreNlpOptions.defaults());
  }

  /** The engine, built as extract builds it: CoreNLP, behind the analysis cache when there is one. */
  public NlpEngine build() {
    CoreNlpOptions options = fullNer ? CoreNlpOptions.fullNer() : CoreNlpOptions.defaults();
    if (analysisCache == null) {
      return new CoreNlpEngine(options);
    }
    // CoreNLP is loaded now, not on the first cache miss: an executor's first article must not pay
    // for the models inside its time bound (--max-seconds-per-article), which a busy machine exceeds
    NlpEngine coreNlp = new CoreNlpEngine(options);
    return new CachingNlpEngine(() -> coreNlp, CoreNlpEngine.versionOf(options), Path.of(analysisCache));
  }
}
