package org.newsgraph.resolve.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 6: times counted from the story's last named time. */
class NarrativeRulesTest {

  @ParameterizedTest(name = "{0} after {1} = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      the following year | 1995-05-22 | 1996
      later that year    | 1998-06    | 1998
      that year          | 1988       | 1988
      The following month | 1989-03   | 1989-04
      the year before    | 1997       | 1996
      the next day       | 2000-02-21 | 2000-02-22
      the next morning   | 2000-02-21 | 2000-02-22TMO
      the previous week  | 2000-02-21 | 2000-W07
      earlier that day   | 1999-10-23T10:00 | 1999-10-23
      the previous Friday | 1989-10-27 | 1989-10-20
      the following Monday | 2000-02-24 | 2000-02-28
      overnight          | 1989-10-27 | 1989-10-26TNI
      overnight          | 1989-10-26TEV | 1989-10-26TNI
      early overnight    | 1989-10-27T14:00 | 1989-10-26TNI
      """)
  void countsFromTheAnchor(String text, String anchor, String expected) {
    assertThat(NarrativeRules.value(Phrase.of(text), anchor)).contains(expected);
  }

  @Test
  void aCoarserAnchorGivesNoDay() {
    assertThat(NarrativeRules.value(Phrase.of("that same day"), "1998-10")).isEmpty();
  }

  @Test
  void overnightCountsFromTheStorysDayOnlyWhenItIsTheWeeksNews() {
    Phrase overnight = Phrase.of("overnight");
    assertThat(NarrativeRules.value(overnight, "1989-10-27", Optional.of(LocalDate.parse("1989-10-30"))))
        .contains("1989-10-26TNI");
    assertThat(NarrativeRules.value(overnight, "1998-08-07", Optional.of(LocalDate.parse("1998-08-20")))).isEmpty();
    assertThat(NarrativeRules.value(overnight, "1998-08", Optional.of(LocalDate.parse("1998-08-20")))).isEmpty();
  }

  @Test
  void aWeekdayNeedsADayToCountFrom() {
    assertThat(NarrativeRules.value(Phrase.of("the previous Friday"), "1989-10")).isEmpty();
  }

  @Test
  void deicticWordsAreNotNarrative() {
    assertThat(NarrativeRules.value(Phrase.of("next year"), "1995")).isEmpty();
    assertThat(NarrativeRules.value(Phrase.of("last week"), "1995-05-22")).isEmpty();
  }

  @Test
  void durationsAndReferencesDoNotAnchor() {
    assertThat(NarrativeRules.anchors("P2Y")).isFalse();
    assertThat(NarrativeRules.anchors("PRESENT_REF")).isFalse();
    assertThat(NarrativeRules.anchors("1995-05-22")).isTrue();
  }
}
