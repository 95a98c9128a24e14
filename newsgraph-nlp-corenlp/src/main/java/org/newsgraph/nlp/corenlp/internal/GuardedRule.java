package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.SequenceMatchRules.ExtractRule;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;

/**
 * A TokensRegex rule of SUTime's that runs only on a sequence where it can match (issue 11).
 *
 * <p>TokensRegex tries each rule at every token of a sentence and sets up its matcher's state at
 * each start, whether or not the sentence holds what the rule needs. This rule first asks whether,
 * for each of its pattern's {@link PatternCuts cuts}, some token is accepted by one of the cut's
 * node patterns (with the same test the matcher makes: {@code matchWithResult} when the rule matches
 * with results, {@code match} otherwise); if a cut has none, the pattern cannot match and the rule
 * returns what it would have, nothing, without running. The tokens are read when the rule is due,
 * as the matcher would read them. A test that throws runs the rule, which decides as before.
 */
final class GuardedRule<I> implements ExtractRule<I, Object> {

  private final ExtractRule<I, Object> rule;
  private final List<List<NodePattern<?>>> cuts;
  private final boolean withResults;
  /** The annotation holding the tokens when the rule reads a sentence, or null when it reads a list of them. */
  private final Class<?> tokensKey;
  private final Env env;

  GuardedRule(ExtractRule<I, Object> rule, List<List<NodePattern<?>>> cuts, boolean withResults, Class<?> tokensKey, Env env) {
    this.rule = rule;
    this.cuts = List.copyOf(cuts);
    this.withResults = withResults;
    this.tokensKey = tokensKey;
    this.env = env;
  }

  @Override
  public boolean extract(I in, List<Object> out) {
    return mayMatch(in) && rule.extract(in, out);
  }

  /** Whether every cut has a token its patterns accept in {@code in}'s tokens (true when that cannot be told). */
  @SuppressWarnings({"unchecked", "rawtypes"})
  boolean mayMatch(I in) {
    List<?> tokens = tokensKey == null ? (List<?>) in : (List<?>) ((CoreMap) in).get((Class) tokensKey);
    if (tokens == null) {
      return true;
    }
    if (tokensKey != null) {
      env.push("_", in); // as CoreNLP's CoreMapExtractRule does around its pattern
    }
    try {
      for (List<NodePattern<?>> cut : cuts) {
        if (!anyAccepted(cut, tokens)) {
          return false;
        }
      }
      return true;
    } catch (RuntimeException e) {
      return true;
    } finally {
      if (tokensKey != null) {
        env.pop("_");
      }
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private boolean anyAccepted(List<NodePattern<?>> cut, List<?> tokens) {
    for (Object token : tokens) {
      if (token == null) {
        continue;
      }
      for (NodePattern p : cut) {
        if (withResults ? p.matchWithResult(token) != null : p.match(token)) {
          return true;
        }
      }
    }
    return false;
  }
}
