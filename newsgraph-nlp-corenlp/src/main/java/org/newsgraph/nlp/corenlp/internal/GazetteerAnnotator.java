package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Set;

/**
 * Runs a {@link Gazetteer} over each sentence of a CoreNLP annotation, in place of the fine-grained
 * step of CoreNLP's NER annotator (issue 11). Runs after {@code ner} (with {@code
 * ner.applyFineGrained=false}) and before CoreNLP's entity mentions, which then see the same labels
 * they saw after CoreNLP's own step. Thread-safe.
 */
public final class GazetteerAnnotator implements Annotator {

  private final Gazetteer gazetteer;

  public GazetteerAnnotator(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      label(sentence.get(CoreAnnotations.TokensAnnotation.class));
    }
  }

  private void label(List<CoreLabel> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    String[] tags = new String[n];
    String[] ner = new String[n];
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      words[i] = t.word() == null ? "" : t.word();
      tags[i] = t.tag();
      ner[i] = t.ner() == null ? "O" : t.ner();
    }
    gazetteer.label(words, tags, ner);
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      if (!ner[i].equals(t.ner())) {
        t.setNER(ner[i]);
      }
      // as CoreNLP's NER annotator does after its fine-grained step
      t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, ner[i]);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class, CoreAnnotations.NamedEntityTagAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class);
  }
}
