package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** SUTime behind the filter finds in the seed the very times and numbers SUTime alone finds (issue 11). */
class TimeWordFilterIT {

  @Test
  void findsTheSeedsTimesAsSutimeAlone() throws IOException {
    Annotation seed = TaggedSeed.annotatedBy(List.of("tokenize", "ssplit", "pos", "lemma"));
    TimeExpressionExtractorImpl alone = new TimeExpressionExtractorImpl("sutime", new Properties());
    TimeExpressionExtractorImpl filtered = new TimeExpressionExtractorImpl("sutime", new Properties());
    TimeWordFilter.install(filtered, TimeWords.load());

    List<String> theirs = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    int skipped = 0;
    TimeWords words = TimeWords.load();
    for (CoreMap s : seed.get(CoreAnnotations.SentencesAnnotation.class)) {
      skipped += words.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class)) ? 0 : 1;
      s.remove(CoreAnnotations.NumerizedTokensAnnotation.class);
      theirs.add(describe(alone.extractTimeExpressionCoreMaps(s, "2019-10-29"), s));
      s.remove(CoreAnnotations.NumerizedTokensAnnotation.class);
      ours.add(describe(filtered.extractTimeExpressionCoreMaps(s, "2019-10-29"), s));
    }
    assertThat(ours).containsExactlyElementsOf(theirs);
    assertThat(String.join("", theirs)).as("the seed has times").contains("TIMEX3");
    assertThat(skipped).as("sentences the filter spares SUTime").isPositive();
  }

  private static String describe(List<CoreMap> found, CoreMap sentence) {
    StringBuilder sb = new StringBuilder();
    for (CoreMap m : found) {
      sb.append(m.get(CoreAnnotations.TokenBeginAnnotation.class)).append('-')
          .append(m.get(CoreAnnotations.TokenEndAnnotation.class)).append(' ')
          .append(m.get(TimeAnnotations.TimexAnnotation.class)).append("; ");
    }
    for (CoreMap n : sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class)) {
      sb.append(n.get(CoreAnnotations.NumericCompositeValueAnnotation.class)).append(' ');
    }
    return sb.toString();
  }
}
