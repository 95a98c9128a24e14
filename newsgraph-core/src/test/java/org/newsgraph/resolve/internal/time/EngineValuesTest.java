package org.newsgraph.resolve.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Issue 6: the engine's values where no rule of ours applies, made independent of its history. */
class EngineValuesTest {

  private static final Reference FRIDAY_PAST = Reference.on(LocalDate.of(2016, 9, 30), Tense.PAST);

  @Test
  void weekdayTheEnginePlacedAWeekOffIsPlacedAgain() {
    assertThat(EngineValues.usable(Optional.of("2016-10-03"), "Monday before", FRIDAY_PAST)).contains("2016-09-26");
    assertThat(EngineValues.usable(Optional.of("2016-10-03TEV"), "Monday evenings", FRIDAY_PAST))
        .contains("2016-09-26TEV");
  }

  @Test
  void monthDayTheEnginePlacedIsPlacedByTense() {
    assertThat(EngineValues.usable(Optional.of("2017-09-08"), "this coming Sunday, Sept. eighth", FRIDAY_PAST))
        .contains("2016-09-08");
  }

  @Test
  void aDayTheEngineCountedFromANamedOneIsThatDayPlaced() {
    // "days after Oct. 12" in an article of 1989-10-30, told in the past
    Reference october = Reference.on(LocalDate.of(1989, 10, 30), Tense.PAST);
    assertThat(EngineValues.usable(Optional.of("THIS P1D INTERSECT XXXX-10-12 OFFSET P1D"), "days after Oct. 12",
        october)).contains("1989-10-13");
    assertThat(EngineValues.usable(Optional.of("P1D INTERSECT 1989-03-01 OFFSET -P2D"), "two days before March 1, 1989",
        october)).contains("1989-02-27");
    assertThat(EngineValues.usable(Optional.of("THIS P1D INTERSECT XXXX-10-12 OFFSET P1D"), "days after Oct. 12",
        Reference.undated(Tense.PAST))).contains("XXXX-10-13");
  }

  @Test
  void aYearWrittenInWordsIsKept() {
    assertThat(EngineValues.usable(Optional.of("1997-01"), "January nineteen ninety-seven", FRIDAY_PAST))
        .contains("1997-01");
  }

  @Test
  void theEnginesOwnNotationsBecomeTimexValues() {
    assertThat(EngineValues.usable(Optional.of("TNI"), "every night", FRIDAY_PAST)).contains("XXXX-XX-XXTNI");
    assertThat(EngineValues.usable(Optional.of("XXXX-WE"), "weekends", FRIDAY_PAST)).contains("XXXX-WXX-WE");
    assertThat(EngineValues.usable(Optional.of("PREV P1Y INTERSECT 2015-11"), "the same month last year", FRIDAY_PAST))
        .contains("2014-11");
    assertThat(EngineValues.usable(Optional.of("(REF,UNKNOWN,P4Y/P10Y)"), "another four to ten years", FRIDAY_PAST))
        .contains("P4Y");
    assertThat(EngineValues.usable(Optional.of("P1Y-#1"), "first year", FRIDAY_PAST)).contains("P1Y");
    assertThat(EngineValues.usable(Optional.of("2015-11-23T09:00-0500"), "9 a.m. EST", FRIDAY_PAST))
        .contains("2015-11-23T09:00");
    assertThat(EngineValues.usable(Optional.of("2015-11-W48"), "this week", FRIDAY_PAST)).contains("2015-W48");
  }

  @Test
  void anEngineNotationInAnUndatedArticleGetsNoRunYear() {
    assertThat(EngineValues.usable(Optional.of("PREV P1Y INTERSECT 2026-11"), "the same month last year",
        Reference.undated(Tense.PAST))).contains("XXXX-11");
  }

  @Test
  void aCountTheEngineTookForAYearIsNoTime() {
    assertThat(EngineValues.usable(Optional.of("+0001"), "One ad", FRIDAY_PAST)).isEmpty();
  }

  @Test
  void undatedArticleGetsNoRunYear() {
    assertThat(EngineValues.usable(Optional.of("2026-11-30"), "Monday before", Reference.undated(Tense.PAST)))
        .contains("XXXX-11-30");
  }
}
