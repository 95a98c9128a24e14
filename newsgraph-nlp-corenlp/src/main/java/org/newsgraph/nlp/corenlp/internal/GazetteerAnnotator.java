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
 * step of CoreNLP's NER annotator (issue 11), on the tokens that step sees (hyphenated words joined). Runs after {@code ner} (with {@code
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

  /** Labels one sentence on the tokens CoreNLP's NER step sees ({@link NerTokens}), then copies labels back to the pieces. */
  private void label(List<CoreLabel> tokens) {
    int n = tokens.size();
    String[] words = new String[n];
    boolean[] nothingAfter = new boolean[n];
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      words[i] = t.word() == null ? "" : t.word();
      nothingAfter[i] = t.containsKey(CoreAnnotations.AfterAnnotation.class) && "".equals(t.after());
    }
    int[] group = NerTokens.groups(words, nothingAfter);
    int joined = n == 0 ? 0 : group[n - 1] + 1;
    String[] joinedWords = new String[joined];
    String[] tags = new String[joined];
    String[] ner = new String[joined];
    for (int i = 0; i < n; i++) {
      int g = group[i];
      if (joinedWords[g] == null) {
        joinedWords[g] = words[i];
        tags[g] = tokens.get(i).tag(); // a joined token has its first piece's tag and label, as in CoreNLP
        ner[g] = tokens.get(i).ner() == null ? "O" : tokens.get(i).ner();
      } else {
        joinedWords[g] += words[i];
      }
    }
    gazetteer.label(joinedWords, tags, ner);
    for (int i = 0; i < n; i++) {
      CoreLabel t = tokens.get(i);
      String label = ner[group[i]];
      if (!label.equals(t.ner())) {
        t.setNER(label);
      }
      // as CoreNLP's NER annotator does after its fine-grained step
      t.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, label);
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
