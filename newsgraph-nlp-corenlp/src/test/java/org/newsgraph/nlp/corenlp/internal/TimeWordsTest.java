package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeWordsTest {

  private static final TimeWords WORDS = TimeWords.load();

  @Test
  void anchorsAreSutimesWordsNumbersAndDigits() {
    assertThat(List.of("Sept.", "Mondays", "tonight", "2016", "3pm", "’15", "nineteen", "Eighties", "biweekly",
        "Quarterly", "three-month", "mid-1990s", "once", "now", "Christmas", "noon", "decades"))
        .allMatch(WORDS::mayAnchor);
  }

  @Test
  void modifiersAndOtherWordsAreNot() {
    assertThat(List.of("the", "last", "early", "about", "every", "secretary", "minister", "said", "", "Trump"))
        .noneMatch(WORDS::mayAnchor);
  }

  @Test
  void aSentenceMayHoldATimeWhenAnyWordIsAnAnchor() {
    assertThat(WORDS.mayHoldTime(tokens("He", "said", "so", "."))).isFalse();
    assertThat(WORDS.mayHoldTime(tokens("He", "said", "so", "on", "Friday", "."))).isTrue();
    assertThat(WORDS.mayHoldTime(List.of())).isFalse();
  }

  private static List<CoreLabel> tokens(String... words) {
    return java.util.Arrays.stream(words).map(w -> {
      CoreLabel l = new CoreLabel();
      l.setWord(w);
      return l;
    }).toList();
  }
}
