package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.TimeExpression;

/** Issue 6: times right against the article's date, from sentences parsed by hand. */
class NewsTimeResolverTest {

  private final NewsTimeResolver resolver = new NewsTimeResolver();

  /** "Officials said on Tuesday ." : the Tuesday is token 3. */
  private static ParsedText saidOnTuesday() {
    return new ParsedText().sentence("Officials/NNS/official/2/nsubj", "said/VBD/say/0/root", "on/IN/on/4/case",
        "Tuesday/NNP/Tuesday/2/obl", "./././2/punct").time(3, 3, "2019-11-05");
  }

  @Test
  void pastTenseWeekdayIsTheMostRecentOne() {
    assertThat(values(saidOnTuesday().dated("2019-10-31"))).containsExactly("2019-10-29");
  }

  @Test
  void pastTenseWeekdayMayBeTheArticleDateItself() {
    assertThat(values(saidOnTuesday().dated("2019-10-29"))).containsExactly("2019-10-29");
  }

  @Test
  void futureTenseWeekdayIsTheNextOne() {
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "Senate/NNP/Senate/4/nsubj",
        "will/MD/will/4/aux", "vote/VB/vote/0/root", "on/IN/on/6/case", "Tuesday/NNP/Tuesday/4/obl",
        "./././4/punct").time(5, 5, "2019-10-29").dated("2019-10-31");
    assertThat(values(a)).containsExactly("2019-11-05");
  }

  @Test
  void reportedDatesInQuotesFollowTheQuotedVerb() {
    AnnotatedArticle met = quoted("met/VBD/meet/8/ccomp").dated("2019-10-29");
    assertThat(values(met)).containsExactly("2019-10-28");
  }

  @Test
  void quotedPlansPointForward() {
    AnnotatedArticle willMeet = new ParsedText().sentence("\"/``/\"/4/punct", "We/PRP/we/4/nsubj",
        "will/MD/will/4/aux", "meet/VB/meet/10/ccomp", "on/IN/on/6/case", "Monday/NNP/Monday/4/obl", ",/,/,/4/punct",
        "\"/''/\"/4/punct", "Byrne/NNP/Byrne/10/nsubj", "said/VBD/say/0/root", "./././10/punct")
        .time(5, 5, "2019-10-28").dated("2019-10-29");
    assertThat(values(willMeet)).containsExactly("2019-11-04");
  }

  @Test
  void monthDayInADeadlineIsTheNextOne() {
    AnnotatedArticle a = new ParsedText().sentence("Candidates/NNS/candidate/2/nsubj", "have/VBP/have/0/root",
        "until/IN/until/4/case", "Nov./NNP/November/2/obl", "8/CD/8/4/nummod", "to/TO/to/7/mark",
        "qualify/VB/qualify/2/xcomp", "./././2/punct").time(3, 4, "2018-11-08").dated("2019-10-29");
    assertThat(values(a)).containsExactly("2019-11-08");
  }

  @Test
  void lastMonthNameIsTheOneBeforeTheArticle() {
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "resigned/VBD/resign/0/root",
        "last/JJ/last/4/amod", "November/NNP/November/2/obl:tmod", "./././2/punct")
        .time(2, 3, "2019-11").dated("2019-10-29");
    assertThat(values(a)).containsExactly("2018-11");
  }

  @Test
  void bareYearStaysAYear() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "happened/VBD/happen/0/root",
        "in/IN/in/4/case", "2009/CD/2009/2/obl", "./././2/punct").time(3, 3, "PT8760H").dated("2019-10-29");
    assertThat(values(a)).containsExactly("2009");
  }

  @Test
  void aMonthIsADuration() {
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "trial/NN/trial/3/nsubj",
        "lasted/VBD/last/0/root", "a/DT/a/5/det", "month/NN/month/3/obl:tmod", "./././3/punct")
        .time(3, 4, "2019-10").dated("2019-10-29");
    assertThat(values(a)).containsExactly("P1M");
  }

  @Test
  void aBareUnitTakesTheCountTheEngineLeftOut() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "took/VBD/take/0/root",
        "two/CD/two/5/nummod", "more/JJR/more/5/amod", "weeks/NNS/week/2/obl:tmod", "./././2/punct")
        .time(4, 4, "PXW").dated("2019-10-29");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("two more weeks", "P2W"));
  }

  @Test
  void aHalfAfterTheUnitBelongsToTheDuration() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "lasted/VBD/last/0/root",
        "a/DT/a/4/det", "minute/NN/minute/2/obl:tmod", "and/CC/and/7/cc", "a/DT/a/7/det", "half/NN/half/4/conj",
        "./././2/punct").time(2, 3, "PT1M").dated("2019-10-29");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("a minute and a half", "PT1M30S"));
  }

  /**
   * SUTime places a bare weekday by a tag it keeps across documents (CoreNLP issue 1061), so the same
   * article reached it with "the day after Monday" valued a week apart in two runs (docs/scaling-out.md).
   */
  @ParameterizedTest
  @ValueSource(strings = {"2016-09-27", "2016-10-04"})
  void dayAfterAWeekdayDoesNotDependOnTheEnginesWeek(String engineValue) {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "happened/VBD/happen/0/root",
        "the/DT/the/4/det", "day/NN/day/2/obl:tmod", "after/IN/after/6/case", "Monday/NNP/Monday/4/nmod",
        "./././2/punct").time(2, 5, engineValue).dated("2016-09-30");
    assertThat(values(a)).containsExactly("2016-09-27");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2016-09-26", "2016-10-03"})
  void weekdayOnlyTheEngineReadIsPlacedByOurRules(String engineValue) {
    AnnotatedArticle a = new ParsedText().sentence("They/PRP/they/2/nsubj", "met/VBD/meet/0/root",
        "the/DT/the/4/det", "Monday/NNP/Monday/2/obl:tmod", "before/RB/before/4/advmod", "./././2/punct")
        .time(2, 4, engineValue).dated("2016-09-30");
    assertThat(values(a)).containsExactly("2016-09-26");
  }

  @Test
  void weekOfADayIsItsWeek() {
    AnnotatedArticle a = new ParsedText().sentence("Talks/NNS/talk/2/nsubj", "resumed/VBD/resume/0/root",
        "the/DT/the/4/det", "week/NN/week/2/obl:tmod", "of/IN/of/6/case", "March/NNP/March/4/nmod", "6/CD/6/6/nummod",
        "./././2/punct").time(2, 6, "2000-03-06").dated("2000-02-24");
    assertThat(values(a)).containsExactly("2000-W10");
  }

  @Test
  void theFollowingYearCountsFromTheStorysLastYear() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "opened/VBD/open/0/root", "in/IN/in/4/case",
        "1995/CD/1995/2/obl", "./././2/punct").sentence("It/PRP/it/2/nsubj", "closed/VBD/close/0/root",
        "the/DT/the/5/det", "following/VBG/follow/5/amod", "year/NN/year/2/obl:tmod", "./././2/punct")
        .time(3, 3, "1995").time(7, 9, "2020").dated("2019-10-29");
    assertThat(values(a)).containsExactly("1995", "1996");
  }

  @Test
  void withoutAnEarlierTimeTheFollowingYearIsTheArticles() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "closes/VBZ/close/0/root",
        "the/DT/the/5/det", "following/VBG/follow/5/amod", "year/NN/year/2/obl:tmod", "./././2/punct")
        .time(2, 4, "2020").dated("2019-10-29");
    assertThat(values(a)).containsExactly("2020");
  }

  @Test
  void aShareOfSomethingIsNotAQuarterOfAYear() {
    AnnotatedArticle a = new ParsedText().sentence("Iraq/NNP/Iraq/2/nsubj", "imports/VBZ/import/0/root",
        "about/RB/about/4/advmod", "three-quarters/NNS/three-quarter/2/obj", "of/IN/of/7/case", "its/PRP$/its/7/nmod:poss",
        "food/NN/food/4/nmod", "./././2/punct").time(2, 3, "P3Q").dated("2019-10-29");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void aMonthNamingAnEventInAFutureClauseIsAhead() {
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/3/det", "March/NNP/March/3/compound",
        "accession/NN/accession/5/nsubj", "will/MD/will/5/aux", "enable/VB/enable/0/root", "talks/NNS/talk/5/obj",
        "./././5/punct").time(1, 1, "1998-03").dated("1999-02-10");
    assertThat(values(a)).containsExactly("1999-03");
  }

  @Test
  void aDateNamingAnEventInAPastClauseIsBehind() {
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/3/det", "March/NNP/March/3/compound",
        "vote/NN/vote/4/nsubj", "failed/VBD/fail/0/root", "./././4/punct").time(1, 1, "1999-03").dated("1999-02-10");
    assertThat(values(a)).containsExactly("1998-03");
  }

  @Test
  void thePerfectProgressiveLooksBack() {
    AnnotatedArticle a = new ParsedText().sentence("They/PRP/they/4/nsubj", "have/VBP/have/4/aux",
        "been/VBN/be/4/aux", "searching/VBG/search/0/root", "since/IN/since/6/case", "Friday/NNP/Friday/4/obl",
        "./././4/punct").time(5, 5, "2019-11-01").dated("2019-10-29");
    assertThat(values(a)).containsExactly("2019-10-25");
  }

  @Test
  void rangeGivesBothYears() {
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "served/VBD/serve/0/root",
        "from/IN/from/4/case", "1997/CD/1997/2/obl", "to/TO/to/6/case", "2017/CD/2017/4/nmod", "./././2/punct")
        .time(2, 5, "1997/2017").dated("2019-10-29");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("1997", "1997"), tuple("2017", "2017"));
  }

  @Test
  void undatedArticleKeepsRelativeTimesUnresolved() {
    AnnotatedArticle a = new ParsedText().sentence("Officials/NNS/official/2/nsubj", "said/VBD/say/0/root",
        "on/IN/on/4/case", "Tuesday/NNP/Tuesday/2/obl", "that/IN/that/7/mark", "last/JJ/last/7/amod",
        "week/NN/week/2/obl:tmod", "in/IN/in/9/case", "1997/CD/1997/7/nmod", "./././2/punct")
        .time(3, 3, "2026-11-24").time(5, 6, "2026-W47").time(8, 8, "1997").undated();
    assertThat(values(a)).containsExactly("XXXX-WXX-2", "XXXX-WXX", "1997");
  }

  @Test
  void undatedMonthDayKeepsItsMonthAndDay() {
    AnnotatedArticle a = new ParsedText().sentence("Candidates/NNS/candidate/2/nsubj", "have/VBP/have/0/root",
        "until/IN/until/4/case", "Nov./NNP/November/2/obl", "8/CD/8/4/nummod", "./././2/punct")
        .time(3, 4, "2026-11-08").undated();
    assertThat(values(a)).containsExactly("XXXX-11-08");
  }

  @Test
  void timesInsideRemovedResidueAreLeftOut() {
    AnnotatedArticle a = saidOnTuesday().removed(3, 3).dated("2019-10-31");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void timeWordsInsideANameAreNotTimes() {
    AnnotatedArticle a = new ParsedText().sentence("Jan/NNP/Jan/2/compound", "Kavan/NNP/Kavan/3/nsubj",
        "spoke/VBD/speak/0/root", "./././3/punct").time(0, 1, "2019-01").name(0, 1, "PERSON").dated("2019-10-29");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void agesAreNotTimes() {
    AnnotatedArticle a = new ParsedText().sentence("a/DT/a/2/det", "6-year-old/JJ/6-year-old/3/amod",
        "boy/NN/boy/0/root").time(1, 1, "P6Y").dated("2019-10-29");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  private static ParsedText quoted(String verb) {
    return new ParsedText().sentence("\"/``/\"/3/punct", "We/PRP/we/3/nsubj", verb, "on/IN/on/5/case",
        "Monday/NNP/Monday/3/obl", ",/,/,/3/punct", "\"/''/\"/3/punct", "Byrne/NNP/Byrne/9/nsubj",
        "said/VBD/say/0/root", "./././9/punct").time(4, 4, "2019-11-04");
  }

  private List<String> values(AnnotatedArticle a) {
    return resolver.resolve(a).stream().map(TimeExpression::value).toList();
  }
}
