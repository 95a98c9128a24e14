package org.newsgraph.nlp.corenlp;

import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.analyse.NlpEngine;

/**
 * The one CoreNLP engine of a test JVM: loading the models takes 10–30 seconds, so every
 * integration test shares it. Other modules reach it through this module's test-jar.
 */
public final class SharedEngine {

  private static volatile NlpEngine engine;

  private SharedEngine() {}

  /** The shared engine with default options, built on first use. */
  public static NlpEngine get() {
    NlpEngine e = engine;
    if (e == null) {
      synchronized (SharedEngine.class) {
        e = engine;
        if (e == null) {
          e = new CoreNlpEngine(CoreNlpOptions.defaults());
          engine = e;
        }
      }
    }
    return e;
  }

  /** The {@code shared/} folder beside the repository (the {@code newsgraph.shared} property). */
  public static Path shared() {
    Path shared = Path.of(System.getProperty("newsgraph.shared", "../../shared"));
    if (!Files.isDirectory(shared)) {
      throw new IllegalStateException("No shared/ folder at " + shared.toAbsolutePath()
          + ": clone the repository beside shared/ or set -Dnewsgraph.shared=PATH");
    }
    return shared;
  }

  /** The seed article, {@code shared/seed/000_758185bb490a79bb.txt}. */
  public static Path seed() {
    return shared().resolve("seed/000_758185bb490a79bb.txt");
  }
}
