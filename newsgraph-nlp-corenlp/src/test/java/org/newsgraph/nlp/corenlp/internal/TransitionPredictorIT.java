package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Our run of CoreNLP's dependency parser gives the seed's sentences the very dependencies CoreNLP's own does (issue 11). */
class TransitionPredictorIT {

  @Test
  void parsesTheSeedAsCoreNlpsParser() throws IOException {
    Annotation seed = TaggedSeed.annotatedBy(List.of("tokenize", "ssplit", "pos"));
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    TransitionPredictor predictor = TransitionPredictor.of(parser);
    assertThat(predictor).as("CoreNLP 4.5.10's English model is the configuration reproduced").isNotNull();

    List<String> theirs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    // twice over, so that the second pass reads products from the per-thread cache
    for (int pass = 0; pass < 2; pass++) {
      for (CoreMap sentence : seed.get(CoreAnnotations.SentencesAnnotation.class)) {
        theirs.add(parser.predict(sentence).typedDependencies().toString());
        ours.add(predictor.predict(sentence).typedDependencies().toString());
      }
    }
    assertThat(ours).hasSizeGreaterThan(20).containsExactlyElementsOf(theirs);
  }
}
