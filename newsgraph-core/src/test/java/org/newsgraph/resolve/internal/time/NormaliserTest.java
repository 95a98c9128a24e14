package org.newsgraph.resolve.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 6: the value of each kind of expression against Tuesday 29 October 2019. */
class NormaliserTest {

  private static final LocalDate TUESDAY = LocalDate.of(2019, 10, 29);

  @ParameterizedTest(name = "{0} ({1}) = {2}")
  @CsvSource(delimiter = '|', textBlock = """
      last week              | NONE    | 2019-W43
      the past week          | NONE    | 2019-W43
      this week              | NONE    | 2019-W44
      earlier this week      | PAST    | 2019-W44
      next week              | NONE    | 2019-W45
      last weekend           | NONE    | 2019-W43-WE
      this past weekend      | NONE    | 2019-W43-WE
      this weekend           | FUTURE  | 2019-W44-WE
      this weekend           | PAST    | 2019-W43-WE
      this weekend           | NONE    | 2019-W43-WE
      over the weekend       | PAST    | 2019-W43-WE
      this year              | NONE    | 2019
      earlier this year      | PAST    | 2019
      last year              | NONE    | 2018
      early next year        | FUTURE  | 2020
      last month             | NONE    | 2019-09
      a month                | NONE    | P1M
      two weeks              | NONE    | P2W
      the past two years     | NONE    | P2Y
      16-hour                | NONE    | PT16H
      1.5 years              | NONE    | P1.5Y
      two and a half decades | NONE    | P25Y
      years                  | NONE    | PXY
      for centuries          | PAST    | PXC
      two centuries          | NONE    | P200Y
      for an additional year | FUTURE  | P1Y
      Easter 2000            | NONE    | 2000-04-23
      Easter week            | FUTURE  | 2020-W15
      the first two quarters of 1990 | FUTURE | 1990-H1
      the last two quarters of 2018  | PAST   | 2018-H2
      another day            | NONE    | P1D
      a couple of years      | NONE    | P2Y
      the next couple of years | NONE  | P2Y
      2 1/2 years            | NONE    | P2Y6M
      5 1/2 hours            | NONE    | PT5H30M
      a minute and a half    | NONE    | PT1M30S
      20 more years          | NONE    | P20Y
      a few weeks            | NONE    | PXW
      last fall              | NONE    | 2018-FA
      this summer            | NONE    | 2019-SU
      the winter of 1994     | NONE    | 1994-WI
      spring 2020            | NONE    | 2020-SP
      1997                   | NONE    | 1997
      fiscal 1989            | NONE    | 1989
      FY19                   | NONE    | 2019
      the 2018 school year   | NONE    | 2018
      the 1990s              | NONE    | 199
      mid-1996               | NONE    | 1996
      two years ago          | PAST    | 2017
      a decade ago           | PAST    | 2009
      many years ago         | PAST    | PAST_REF
      yesterday              | NONE    | 2019-10-28
      tonight                | NONE    | 2019-10-29TNI
      last night             | NONE    | 2019-10-28TNI
      mid-afternoon yesterday | NONE   | 2019-10-28TAF
      this crucial moment    | NONE    | PRESENT_REF
      Tuesday morning        | PAST    | 2019-10-29TMO
      the third quarter      | PAST    | 2019-Q3
      flat second quarter    | PAST    | 2019-Q2
      the first half of 2018 | NONE    | 2018-H1
      the first half of next year | NONE | 2020-H1
      the fourth quarter of last year | PAST | 2018-Q4
      Thanksgiving           | PAST    | 2018-11-22
      Election Day           | FUTURE  | 2019-11-05
      9 a.m. Tuesday         | FUTURE  | 2019-10-29T09:00
      4:30 p.m.              | NONE    | 2019-10-29T16:30
      0735 GMT               | NONE    | 2019-10-29T07:35
      1430 GMT Friday        | PAST    | 2019-10-25T14:30
      now                    | NONE    | PRESENT_REF
      recently               | NONE    | PAST_REF
      the future             | NONE    | FUTURE_REF
      daily                  | NONE    | P1D
      every Monday           | NONE    | XXXX-WXX-1
      Tuesdays               | PAST    | XXXX-WXX-2
      Tuesday nights         | PAST    | XXXX-WXX-2TNI
      Nov. 8                 | PRESENT | 2019-11-08
      Sept. 30               | PAST    | 2019-09-30
      Monday, Oct. 28        | PAST    | 2019-10-28
      Aug. 7, 1998           | NONE    | 1998-08-07
      last November          | PAST    | 2018-11
      last April             | PAST    | 2019-04
      November 2018          | NONE    | 2018-11
      the day after Monday   | PAST    | 2019-10-29
      two days before Nov. 3 | PAST    | 2019-11-01
      the night before Thanksgiving | PAST | 2018-11-21TNI
      the day Friday         | PAST    | 2019-10-25
      last Oct. 23           | NONE    | 2019-10-23
      next Oct. 23           | NONE    | 2020-10-23
      the eighth day         | PRESENT | 2019-10-29
      the second straight day | PRESENT | 2019-10-29
      the 1988 period        | NONE    | 1988
      for the year           | NONE    | 2019
      the first quarter of the year | NONE | 2019-Q1
      the fourth quarter of the year | PAST | 2019-Q4
      a day earlier          | PAST    | P1D
      over the past decade   | PAST    | P10Y
      the past century       | PAST    | P100Y
      the last decade        | PAST    | 200
      three days before      | PAST    | P3D
      a few days later       | PAST    | PXD
      two days ago           | PAST    | 2019-10-27
      a week earlier         | PAST    | 2019-W43
      earlier in the year    | PAST    | 2019
      last September         | PAST    | 2018-09
      November               | PAST    | 2019-11
      """)
  void valueAgainstTheArticleDate(String text, Tense tense, String expected) {
    assertThat(Normaliser.value(Phrase.of(text), Reference.on(TUESDAY, tense))).contains(expected);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Tuesday          | XXXX-WXX-2
      last week        | XXXX-WXX
      Nov. 8           | XXXX-11-08
      yesterday        | XXXX-XX-XX
      last year        | XXXX
      November         | XXXX-11
      last fall        | XXXX-FA
      1997             | 1997
      a month          | P1M
      for the year     | XXXX
      a day earlier    | P1D
      September        | XXXX-09
      """)
  void withoutADateRelativeTimesKeepXPlaceholders(String text, String expected) {
    assertThat(Normaliser.value(Phrase.of(text), Reference.undated(Tense.PAST))).contains(expected);
  }

  @Test
  void quarterReferencesNeedAnEarningsArticle() {
    Reference plain = Reference.on(TUESDAY, Tense.PAST);
    assertThat(Normaliser.value(Phrase.of("a year earlier"), plain)).contains("2018");
    assertThat(Normaliser.value(Phrase.of("a year earlier"), plain.quarterlyReport())).contains("2018-Q3");
    assertThat(Normaliser.value(Phrase.of("the latest quarter"), plain.quarterlyReport())).contains("2019-Q3");
  }

  @Test
  void anOrdinalDayOutsideThePresentIsNoDayOfOurs() {
    assertThat(Normaliser.value(Phrase.of("the first day"), Reference.on(TUESDAY, Tense.FUTURE))).isEmpty();
  }

  @Test
  void aYearWithoutTheIsNoTimeOfItsOwn() {
    // "a reasonably flat year this year": only "this year" is a time
    assertThat(Normaliser.value(Phrase.of("a flat year"), Reference.on(TUESDAY, Tense.FUTURE))).isEmpty();
    assertThat(Normaliser.value(Phrase.of("year"), Reference.on(TUESDAY, Tense.FUTURE))).isEmpty();
    // "in 2010, the year the court ruled": the year named before, not this one
    assertThat(Normaliser.value(Phrase.of("the year"), Reference.on(TUESDAY, Tense.PAST))).isEmpty();
  }

  @Test
  void unknownWordsHaveNoValue() {
    assertThat(Normaliser.value(Phrase.of("the heady days of old"), Reference.on(TUESDAY, Tense.PAST))).isEmpty();
  }
}
