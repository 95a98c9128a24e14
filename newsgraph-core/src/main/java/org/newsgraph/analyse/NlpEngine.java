package org.newsgraph.analyse;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Language analysis: tokens, sentences, parts of speech, lemmas, named entities, dependencies and
 * normalised times of a text.
 *
 * <p>The one seam between newsgraph and an NLP library. Implementations are built once per process
 * (loading models is slow) and are thread-safe: many articles are analysed at once.
 */
public interface NlpEngine {

  /**
   * Analyses {@code text}; relative times ("Tuesday", "last November") are resolved against
   * {@code documentDate} when there is one. Offsets in the result are offsets into {@code text}.
   */
  Analysis analyse(String text, Optional<LocalDate> documentDate);

  /** Names the engine, its models and options; a cached analysis is reused only under the same name. */
  String version();
}
