package org.newsgraph.resolve.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.internal.time.Placement.Modifier;

/** Issue 6: the tense of the clause decides which way a name without its year or week points. */
class PlacementTest {

  private static final LocalDate THURSDAY = LocalDate.of(2019, 10, 31);

  @Test
  void weekdayFollowsTheTense() {
    assertThat(Placement.weekday(THURSDAY, 2, Tense.PAST, Modifier.NONE)).isEqualTo("2019-10-29");
    assertThat(Placement.weekday(THURSDAY, 2, Tense.FUTURE, Modifier.NONE)).isEqualTo("2019-11-05");
    assertThat(Placement.weekday(THURSDAY, 4, Tense.PAST, Modifier.NONE)).isEqualTo(THURSDAY);
    assertThat(Placement.weekday(THURSDAY, 4, Tense.FUTURE, Modifier.NONE)).isEqualTo(THURSDAY);
  }

  @Test
  void presentTenseWeekdayIsTheNearest() {
    assertThat(Placement.weekday(THURSDAY, 1, Tense.PRESENT, Modifier.NONE)).isEqualTo("2019-10-28");
    assertThat(Placement.weekday(THURSDAY, 6, Tense.PRESENT, Modifier.NONE)).isEqualTo("2019-11-02");
    assertThat(Placement.weekday(THURSDAY, 2, Tense.PRESENT, Modifier.NONE)).isEqualTo("2019-10-29");
  }

  @Test
  void lastAndNextWeekdayNeverMeanTheArticleDate() {
    assertThat(Placement.weekday(THURSDAY, 4, Tense.NONE, Modifier.LAST)).isEqualTo("2019-10-24");
    assertThat(Placement.weekday(THURSDAY, 4, Tense.NONE, Modifier.NEXT)).isEqualTo("2019-11-07");
  }

  @Test
  void monthFollowsTheTense() {
    assertThat(Placement.monthYear(THURSDAY, 12, Tense.PAST, Modifier.NONE)).isEqualTo(2018);
    assertThat(Placement.monthYear(THURSDAY, 3, Tense.FUTURE, Modifier.NONE)).isEqualTo(2020);
    assertThat(Placement.monthYear(THURSDAY, 11, Tense.PAST, Modifier.LAST)).isEqualTo(2018);
    assertThat(Placement.monthYear(THURSDAY, 4, Tense.PAST, Modifier.LAST)).isEqualTo(2019);
    // a limit or no tense: the nearest, half a year ahead rather than half a year back (issue 6)
    LocalDate february = LocalDate.of(1998, 2, 13);
    assertThat(Placement.monthYear(february, 8, Tense.PRESENT, Modifier.NONE)).isEqualTo(1998);
    assertThat(Placement.monthYear(february, 9, Tense.PRESENT, Modifier.NONE)).isEqualTo(1997);
    assertThat(Placement.monthYear(february, 12, Tense.NONE, Modifier.NONE)).isEqualTo(1997);
  }

  @Test
  void theMonthAboutToStartIsTheComingOneWhateverTheTense() {
    // "a cutback in its oil supply in September", written in August (issue 6)
    LocalDate august = LocalDate.of(1990, 8, 16);
    assertThat(Placement.monthInClauseYear(august, 9, Tense.PAST)).isEqualTo(1990);
    assertThat(Placement.monthInClauseYear(august, 10, Tense.PAST)).isEqualTo(1989);
    assertThat(Placement.monthInClauseYear(LocalDate.of(1989, 12, 4), 1, Tense.PAST)).isEqualTo(1990);
    // named as an event ("the September vote failed") the tense alone decides
    assertThat(Placement.monthYear(august, 9, Tense.PAST, Modifier.NONE)).isEqualTo(1989);
  }

  @Test
  void lastWithTheMonthJustGoneIsAYearBack() {
    // written on March 1, "crashed last February" is not four weeks ago: that would be "last month"
    LocalDate march = LocalDate.of(1998, 3, 1);
    assertThat(Placement.monthYear(march, 2, Tense.PAST, Modifier.LAST)).isEqualTo(1997);
    assertThat(Placement.monthYear(march, 1, Tense.PAST, Modifier.LAST)).isEqualTo(1998);
    // across the turn of the year "last December" may be the one just gone
    assertThat(Placement.monthYear(LocalDate.of(1998, 1, 10), 12, Tense.PAST, Modifier.LAST)).isEqualTo(1997);
  }

  @Test
  void dayOfMonthFollowsTheTenseButADeadlineJustAheadStaysThisYear() {
    assertThat(Placement.monthDay(THURSDAY, 10, 23, Tense.FUTURE)).isEqualTo("2020-10-23");
    assertThat(Placement.monthDay(THURSDAY, 10, 30, Tense.FUTURE)).isEqualTo("2019-10-30");
    assertThat(Placement.monthDay(THURSDAY, 11, 20, Tense.PAST)).isEqualTo("2019-11-20");
    assertThat(Placement.monthDay(THURSDAY, 12, 25, Tense.PAST)).isEqualTo("2018-12-25");
    assertThat(Placement.monthDay(THURSDAY, 4, 1, Tense.NONE)).isEqualTo("2020-04-01");
  }

  @Test
  void seasonsFollowTheModifier() {
    assertThat(Placement.seasonYear(THURSDAY, "FA", Tense.NONE, Modifier.LAST)).isEqualTo(2018);
    assertThat(Placement.seasonYear(THURSDAY, "SU", Tense.NONE, Modifier.LAST)).isEqualTo(2019);
    assertThat(Placement.seasonYear(THURSDAY, "SP", Tense.FUTURE, Modifier.NONE)).isEqualTo(2020);
  }
}
