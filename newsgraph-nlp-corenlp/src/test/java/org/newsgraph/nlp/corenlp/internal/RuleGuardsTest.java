package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.CoreMapExpressionExtractor;
import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.MatchedExpression;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleGuardsTest {

  private static final String RULES = String.join("\n",
      "{ ruleType: \"tokens\", pattern: ( /the/? /January/ /[0-9]+/ ), result: \"DATE\" }",
      "{ ruleType: \"tokens\", pattern: ( /very/* /late/ ), result: \"LATE\" }",
      "{ ruleType: \"tokens\", pattern: ( /again/* ), result: \"AGAIN\" }");

  @Test
  void guardsEachTokenRuleWhosePatternNeedsAToken() throws Exception {
    assertThat(RuleGuards.install(extractor())).as("the last rule can match no token").isEqualTo(2);
  }

  @Test
  void findsWhatTheUnguardedRulesFind() throws Exception {
    CoreMapExpressionExtractor<MatchedExpression> plain = extractor();
    CoreMapExpressionExtractor<MatchedExpression> guarded = extractor();
    RuleGuards.install(guarded);

    for (String text : List.of("It came on the January 12 deadline", "It came very very late", "It came again", "It came")) {
      assertThat(found(guarded, text)).as(text).isEqualTo(found(plain, text));
    }
    assertThat(found(guarded, "It came on the January 12 deadline")).containsExactly("the January 12");
    assertThat(found(guarded, "It came very very late")).containsExactly("very very late");
  }

  @SuppressWarnings("unchecked")
  private static CoreMapExpressionExtractor<MatchedExpression> extractor() throws Exception {
    Env env = TokenSequencePattern.getNewEnv();
    return CoreMapExpressionExtractor.createExtractorFromString(env, RULES);
  }

  private static List<String> found(CoreMapExpressionExtractor<MatchedExpression> rules, String text) {
    List<String> out = new ArrayList<>();
    for (MatchedExpression e : rules.extractExpressions(sentence(text))) {
      out.add(e.getText());
    }
    return out;
  }

  private static CoreMap sentence(String text) {
    List<CoreLabel> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      l.setValue(w);
      l.setOriginalText(w);
      l.setBeginPosition(at);
      l.setEndPosition(at + w.length());
      l.setIndex(tokens.size() + 1);
      tokens.add(l);
      at += w.length() + 1;
    }
    Annotation s = new Annotation(text);
    s.set(CoreAnnotations.TokensAnnotation.class, tokens);
    s.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, 0);
    s.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, text.length());
    return s;
  }
}
