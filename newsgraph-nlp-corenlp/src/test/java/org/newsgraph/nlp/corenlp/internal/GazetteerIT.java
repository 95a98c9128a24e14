package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.TokensRegexNERAnnotator;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;
import org.newsgraph.nlp.corenlp.SharedEngine;

/** Our gazetteer lookup labels the seed's tokens as CoreNLP's TokensRegexNER does with the same gazetteer (issue 11). */
class GazetteerIT {

  private static final Set<String> PLACES = Set.of("CITY", "STATE_OR_PROVINCE", "COUNTRY");
  private static final Set<String> OTHER_TYPES = Set.of("TITLE", "NATIONALITY", "IDEOLOGY", "RELIGION", "CRIMINAL_CHARGE",
      "CAUSE_OF_DEATH", "URL", "EMAIL", "HANDLE");

  private static Analysis seed;

  @BeforeAll
  static void analyseSeed() throws IOException {
    seed = SharedEngine.get().analyse(Files.readString(SharedEngine.seed()), Optional.of(LocalDate.of(2019, 10, 29)));
  }

  @Test
  void labelsTheSeedAsCoreNlpsFineGrainedStep() {
    Properties props = new Properties();
    props.setProperty("ner.fine.regexner.mapping", FineGazetteer.mapping());
    List<String> theirs = labels(new TokensRegexNERAnnotator("ner.fine.regexner", props));
    List<String> ours = labels(new GazetteerAnnotator(FineGazetteer.load()));
    assertThat(ours).containsExactlyElementsOf(theirs);
    assertThat(ours).contains("TITLE", "STATE_OR_PROVINCE");
  }

  /** The labels {@code annotator} gives the seed's tokens, starting from the labels the model alone would give. */
  private static List<String> labels(Annotator annotator) {
    Annotation document = new Annotation("");
    List<CoreMap> sentences = new ArrayList<>();
    for (Sentence s : seed.sentences()) {
      List<CoreLabel> tokens = new ArrayList<>();
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = seed.tokens().get(i);
        CoreLabel label = new CoreLabel();
        label.setWord(t.word());
        label.setValue(t.word());
        label.setTag(t.pos());
        // the gazetteer's labels back to what the model gave: places were LOCATION, the rest O
        label.setNER(PLACES.contains(t.ner()) ? "LOCATION" : OTHER_TYPES.contains(t.ner()) ? "O" : t.ner());
        tokens.add(label);
      }
      CoreMap sentence = new ArrayCoreMap();
      sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
      sentences.add(sentence);
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    annotator.annotate(document);
    List<String> out = new ArrayList<>();
    sentences.forEach(s -> s.get(CoreAnnotations.TokensAnnotation.class).forEach(t -> out.add(t.ner())));
    return out;
  }
}
