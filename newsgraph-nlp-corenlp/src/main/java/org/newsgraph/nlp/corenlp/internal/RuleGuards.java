package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules.AnnotationExtractRule;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules.ExtractRule;
import edu.stanford.nlp.ling.tokensregex.SequencePattern;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

/**
 * Puts a {@link GuardedRule} in front of each TokensRegex rule of an extractor whose pattern has a
 * {@link PatternCuts cut} (issue 11).
 *
 * <p>CoreNLP 4.5.10 keeps an extractor's rules by stage, each stage's token rules and composite rules
 * in a list that it runs in order; each rule is replaced in its list by the same rule behind its
 * guard, so the rules run in the same order and each one that can match runs as before. A rule of
 * another shape (over text, or without a cut) is left as it is.
 */
final class RuleGuards {

  private static final Field STAGES = PatternCuts.field(CoreMapExpressionExtractor.class, "stages");
  private static final Field BASIC = PatternCuts.field(CoreMapExpressionExtractor.Stage.class, "basicExtractRule");
  private static final Field COMPOSITE = PatternCuts.field(CoreMapExpressionExtractor.Stage.class, "compositeExtractRule");
  private static final Field LIST = PatternCuts.field(SequenceMatchRules.ListExtractRule.class, "rules");
  private static final Field MAP_ENV = PatternCuts.field(SequenceMatchRules.CoreMapExtractRule.class, "env");
  private static final Field MAP_KEY = PatternCuts.field(SequenceMatchRules.CoreMapExtractRule.class, "annotationField");
  private static final Field MAP_RULE = PatternCuts.field(SequenceMatchRules.CoreMapExtractRule.class, "extractRule");
  private static final Field SEQ_PATTERN = PatternCuts.field(SequenceMatchRules.SequencePatternExtractRule.class, "pattern");
  private static final Field SEQ_RESULTS = PatternCuts.field(SequenceMatchRules.SequencePatternExtractRule.class, "matchWithResult");

  private RuleGuards() {}

  /** Guards the rules of {@code extractor} in place and returns how many were guarded. */
  static int install(CoreMapExpressionExtractor<?> extractor) {
    try {
      int guarded = 0;
      for (Object stage : ((Map<?, ?>) STAGES.get(extractor)).values()) {
        guarded += guardList(BASIC.get(stage)) + guardList(COMPOSITE.get(stage));
      }
      return guarded;
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("Cannot reach the rules of a TokensRegex extractor (CoreNLP 4.5.10 expected): " + e, e);
    }
  }

  @SuppressWarnings("unchecked")
  private static int guardList(Object rules) throws IllegalAccessException {
    if (!(rules instanceof SequenceMatchRules.ListExtractRule)) {
      return 0;
    }
    List<Object> list = (List<Object>) LIST.get(rules);
    int guarded = 0;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) instanceof AnnotationExtractRule<?, ?> rule) {
        GuardedRule<?> g = guard(rule);
        if (g != null) {
          list.set(i, g);
          guarded++;
        }
      }
    }
    return guarded;
  }

  /** {@code rule} behind its guard, or null when its pattern has no cut or the rule has another shape. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static GuardedRule<?> guard(AnnotationExtractRule<?, ?> rule) throws IllegalAccessException {
    Object inner = rule.extractRule;
    Class<?> key = null;
    Env env = null;
    if (inner instanceof SequenceMatchRules.CoreMapExtractRule) {
      key = (Class<?>) MAP_KEY.get(inner);
      env = (Env) MAP_ENV.get(inner);
      inner = MAP_RULE.get(inner);
    }
    if (!(inner instanceof SequenceMatchRules.SequencePatternExtractRule)) {
      return null;
    }
    List<List<NodePattern<?>>> cuts = PatternCuts.of((SequencePattern<?>) SEQ_PATTERN.get(inner));
    if (cuts.isEmpty() || (key != null && env == null)) {
      return null;
    }
    return new GuardedRule<>((ExtractRule) rule, cuts, SEQ_RESULTS.getBoolean(inner), key, env);
  }
}
