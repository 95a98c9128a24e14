package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Two sentences glued at a full stop by scraping are two sentences; abbreviations and web names stay whole. */
class GluedSentencesTest {

  private static final AnnotationPipeline PIPELINE = pipeline();

  private static AnnotationPipeline pipeline() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    return ParallelLoader.load(List.of("tokenize", "gluedsentences", "ssplit"), p);
  }

  private static List<CoreMap> sentences(String text) {
    Annotation a = new Annotation(text);
    PIPELINE.annotate(a);
    return a.get(CoreAnnotations.SentencesAnnotation.class);
  }

  private static List<String> words(CoreMap sentence) {
    return sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(CoreLabel::word).toList();
  }

  @Test
  void aFullStopGluedBetweenTwoWordsEndsTheSentence() {
    String text = "The bill was backed by Rep. Tim Scott.At the hearing, he spoke first.";
    List<CoreMap> s = sentences(text);
    assertThat(s).hasSize(2);
    assertThat(words(s.get(0))).endsWith("Tim", "Scott", ".");
    assertThat(words(s.get(1))).startsWith("At", "the", "hearing");
    // the pieces keep their places in the text
    for (CoreMap sentence : s) {
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        assertThat(text.substring(t.beginPosition(), t.endPosition())).isEqualTo(t.originalText());
      }
    }
  }

  @Test
  void abbreviationsAndWebNamesStayWhole() {
    assertThat(sentences("He moved to St.Louis and met Gov.Chris Sununu there.")).hasSize(1);
    assertThat(sentences("She sold books on Amazon.com for years.")).hasSize(1);
    assertThat(sentences("He voted for it.Then he left.")).hasSize(2);
  }

  @Test
  void sentencesAndTokensAreNumberedAfresh() {
    List<CoreMap> s = sentences("Headline without stop\n\nThe bill was backed by Tim Scott.At the hearing, he spoke. Then he left.");
    assertThat(s).hasSize(4);
    int token = 0;
    for (int i = 0; i < s.size(); i++) {
      assertThat(s.get(i).get(CoreAnnotations.SentenceIndexAnnotation.class)).isEqualTo(i);
      assertThat(s.get(i).get(CoreAnnotations.TokenBeginAnnotation.class)).isEqualTo(token);
      List<CoreLabel> tokens = s.get(i).get(CoreAnnotations.TokensAnnotation.class);
      for (int j = 0; j < tokens.size(); j++) {
        assertThat(tokens.get(j).index()).isEqualTo(j + 1);
        assertThat(tokens.get(j).sentIndex()).isEqualTo(i);
      }
      token += tokens.size();
      assertThat(s.get(i).get(CoreAnnotations.TokenEndAnnotation.class)).isEqualTo(token);
    }  }
}
