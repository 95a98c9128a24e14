package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Properties;

/**
 * Stanford CoreNLP's own full pipeline with its defaults — tokenize, ssplit, pos, lemma, ner (three
 * models), depparse, coref (statistical) and quote attribution — as the baseline that
 * {@code newsgraph bench --baseline} measures ours against. Thread-safe once built.
 */
public final class CoreNlpBaseline {

  private final StanfordCoreNLP pipeline;

  public CoreNlpBaseline() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote");
    p.setProperty("coref.algorithm", "statistical");
    this.pipeline = new StanfordCoreNLP(p);
  }

  /**
   * Annotates {@code text} with the full pipeline and discards the result. One document at a time:
   * CoreNLP's full pipeline (coref, quote) threw ConcurrentModificationException when two threads
   * shared it, and a second pipeline per thread does not fit the heap; compare CPU seconds per
   * article, which bench reports for both sides, when the threads differ (issue 11).
   */
  public synchronized void annotate(String text, Optional<LocalDate> documentDate) {
    Annotation document = new Annotation(text);
    documentDate.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(document);
  }
}
