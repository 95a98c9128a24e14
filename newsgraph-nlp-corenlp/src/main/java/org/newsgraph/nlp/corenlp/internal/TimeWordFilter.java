package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.NERCombinerAnnotator;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SUTime's rule matching, skipped on sentences without a word it can make a time of (issue 11).
 *
 * <p>CoreNLP's NER runs SUTime on every sentence: first its number finder (kept as it is: the
 * numbers become NUMBER, ORDINAL, MONEY, PERCENT tokens), then every rule of its grammar at every
 * token. This extractor stands in for SUTime's rule matcher and hands a sentence on to it only when
 * {@link TimeWords} finds a word that can anchor a time expression; otherwise it returns what the
 * rules would have found, nothing. The sentences, the numbers and the times SUTime reports stay
 * as they were.
 */
public final class TimeWordFilter extends CoreMapExpressionExtractor<MatchedExpression> {

  private final CoreMapExpressionExtractor<MatchedExpression> rules;
  private final TimeWords words;

  private TimeWordFilter(CoreMapExpressionExtractor<MatchedExpression> rules, TimeWords words) {
    super(rules.getEnv());
    this.rules = rules;
    this.words = words;
  }

  @Override
  public List<MatchedExpression> extractExpressions(CoreMap annotation) {
    List<CoreLabel> tokens = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (tokens != null && !words.mayHoldTime(tokens)) {
      return new ArrayList<>();
    }
    return rules.extractExpressions(annotation);
  }

  /**
   * Puts the filter in front of SUTime's rules inside {@code ner} (CoreNLP 4.5.10's NER annotator
   * with SUTime) and returns it; an annotator of another make, or without SUTime, is returned as
   * it is.
   */
  @SuppressWarnings("unchecked")
  public static Annotator install(Annotator ner, TimeWords words) {
    try {
      sutimeIn(ner).ifPresent(sutime -> install(sutime, words));
      return ner;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot reach SUTime inside CoreNLP's NER annotator (CoreNLP 4.5.10 expected): " + e, e);
    }
  }

  /** SUTime inside CoreNLP 4.5.10's NER annotator {@code ner}, or empty for an annotator of another make or without it. */
  private static Optional<TimeExpressionExtractorImpl> sutimeIn(Annotator ner) throws ReflectiveOperationException {
    if (!(ner instanceof NERCombinerAnnotator)) {
      return Optional.empty();
    }
    NERClassifierCombiner combiner = (NERClassifierCombiner) read(NERCombinerAnnotator.class, "ner", ner);
    Object nsc = read(NERClassifierCombiner.class, "nsc", combiner);
    Object extractor = nsc instanceof NumberSequenceClassifier ? read(NumberSequenceClassifier.class, "timexExtractor", nsc) : null;
    return extractor instanceof TimeExpressionExtractorImpl sutime ? Optional.of(sutime) : Optional.empty();
  }

  /**
   * Puts the filter in front of the rules of {@code sutime}, and each of its token rules behind a
   * test for what it needs ({@link RuleGuards}), once.
   */
  @SuppressWarnings("unchecked")
  public static void install(TimeExpressionExtractorImpl sutime, TimeWords words) {
    try {
      Field field = TimeExpressionExtractorImpl.class.getDeclaredField("expressionExtractor");
      field.setAccessible(true);
      Object rules = field.get(sutime);
      if (rules != null && !(rules instanceof TimeWordFilter)) {
        CoreMapExpressionExtractor<MatchedExpression> grammar = (CoreMapExpressionExtractor<MatchedExpression>) rules;
        RuleGuards.install(grammar);
        field.set(sutime, new TimeWordFilter(grammar, words));
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("Cannot reach SUTime's rules (CoreNLP 4.5.10 expected): " + e, e);
    }
  }

  private static Object read(Class<?> owner, String name, Object from) throws ReflectiveOperationException {
    Field f = owner.getDeclaredField(name);
    f.setAccessible(true);
    return f.get(from);
  }
}
