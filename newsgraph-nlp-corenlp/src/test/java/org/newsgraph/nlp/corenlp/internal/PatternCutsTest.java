package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.NodePattern;
import edu.stanford.nlp.ling.tokensregex.TokenSequencePattern;
import java.util.List;
import org.junit.jupiter.api.Test;

class PatternCutsTest {

  @Test
  void eachWordEveryMatchNeedsIsACut() {
    List<List<NodePattern<?>>> cuts = cutsOf("(/the/)? /January/ /[0-9]+/");

    assertThat(cuts).hasSize(2); // "the" or "January", the words a match can begin with, tell no more than "January"
    assertThat(accepted(cuts.get(0))).containsExactly("January");
    assertThat(accepted(cuts.get(1))).containsExactly("12");
  }

  @Test
  void theWordsOfAnAlternationMakeOneCut() {
    List<List<NodePattern<?>>> cuts = cutsOf("/early/ /May/ | /late/ /May/");

    assertThat(cuts).hasSize(2);
    assertThat(accepted(cuts.get(0))).containsExactly("early", "late");
    assertThat(accepted(cuts.get(1))).containsExactly("May");
  }

  @Test
  void aRepeatNeedsItsWordOnlyWhenItMustRunOnce() {
    assertThat(cutsOf("/very/+ /late/")).extracting(PatternCutsTest::accepted).contains(List.of("very"), List.of("late"));
    assertThat(cutsOf("/very/* /late/")).extracting(PatternCutsTest::accepted).containsExactly(List.of("late"));
  }

  @Test
  void aPatternThatCanMatchNoTokenHasNoCut() {
    assertThat(cutsOf("/the/*")).isEmpty();
    assertThat(cutsOf("(/the/)? (/year/)?")).isEmpty();
  }

  private static List<List<NodePattern<?>>> cutsOf(String pattern) {
    return PatternCuts.of(TokenSequencePattern.compile(pattern));
  }

  /** The words of "the early late January May 12 very year" that a pattern of {@code cut} accepts. */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<String> accepted(List<NodePattern<?>> cut) {
    return List.of("the", "early", "late", "January", "May", "12", "very", "year").stream()
        .filter(w -> cut.stream().anyMatch(p -> ((NodePattern) p).match(token(w))))
        .toList();
  }

  private static CoreLabel token(String word) {
    CoreLabel l = new CoreLabel();
    l.setWord(word);
    l.setValue(word);
    l.setOriginalText(word);
    return l;
  }
}
