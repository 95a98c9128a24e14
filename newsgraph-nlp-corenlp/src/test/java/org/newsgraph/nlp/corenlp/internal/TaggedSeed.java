package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Properties;
import org.newsgraph.nlp.corenlp.SharedEngine;

/** The seed run through CoreNLP's first annotators with our engine's settings, for tests of a later step. */
final class TaggedSeed {

  private TaggedSeed() {}

  /** The seed annotated by {@code annotators} (from "tokenize", "ssplit", "pos", "lemma"). */
  static Annotation annotatedBy(List<String> annotators) throws IOException {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", "400");
    AnnotationPipeline tagger = ParallelLoader.load(annotators, p);
    Annotation seed = new Annotation(Files.readString(SharedEngine.seed()));
    tagger.annotate(seed);
    return seed;
  }
}
