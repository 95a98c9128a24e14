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
  void theMonthAboutToStartIsAheadEvenInAPastClause() {
    AnnotatedArticle a = new ParsedText().sentence("Iraq/NNP/Iraq/2/nsubj", "warned/VBD/warn/0/root", "of/IN/of/5/case",
        "a/DT/a/5/det", "cutback/NN/cutback/2/obl", "in/IN/in/7/case", "September/NNP/September/5/nmod",
        "./././2/punct").time(6, 6, "1989-09").dated("1990-08-16");
    assertThat(values(a)).containsExactly("1990-09");
  }

  @Test
  void aDayAheadOfWhichSomethingHappensIsStillToCome() {
    // written on Friday 3 June 2016: "campaigns there ahead of Tuesday's primary" is 7 June, not 31 May
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "campaigns/VBZ/campaign/0/root",
        "there/RB/there/2/advmod", "ahead/RB/ahead/7/case", "of/IN/of/4/fixed", "Tuesday/NNP/Tuesday/7/nmod:poss",
        "primary/NN/primary/2/obl", "./././2/punct").time(5, 5, "2016-05-31").dated("2016-06-03");
    assertThat(values(a)).containsExactly("2016-06-07");
  }

  @Test
  void aDayAheadOfWhichSomethingHappenedIsTheNearest() {
    // written on Wednesday: "campaigned ahead of Tuesday's primary" was the day before
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "campaigned/VBD/campaign/0/root",
        "ahead/RB/ahead/6/case", "of/IN/of/3/fixed", "Tuesday/NNP/Tuesday/6/nmod:poss",
        "primary/NN/primary/2/obl", "./././2/punct").time(4, 4, "2016-06-07").dated("2016-06-08");
    assertThat(values(a)).containsExactly("2016-06-07");
  }

  @Test
  void monthsNamedOneAfterTheOtherRunForward() {
    // written on 27 November 2015: "ads reserved in December and January" are December 2015, January 2016
    AnnotatedArticle a = new ParsedText().sentence("Ads/NNS/ad/3/nsubj:pass", "were/VBD/be/3/aux:pass",
        "reserved/VBN/reserve/0/root", "in/IN/in/5/case", "December/NNP/December/3/obl", "and/CC/and/7/cc",
        "January/NNP/January/5/conj", "./././3/punct").time(4, 4, "2015-12").time(6, 6, "2015-01")
        .dated("2015-11-27");
    assertThat(values(a)).containsExactly("2015-12", "2016-01");
  }

  @Test
  void aTimeCountedSinceHasHappened() {
    // written in February 2016, "up since July" is July 2015, not the nearer July ahead
    AnnotatedArticle a = new ParsedText().sentence("Prices/NNS/price/0/root", "up/RB/up/1/advmod",
        "since/IN/since/4/case", "July/NNP/July/1/obl", "./././1/punct").time(3, 3, "2016-07").dated("2016-02-10");
    assertThat(values(a)).containsExactly("2015-07");
  }

  @Test
  void todayAfterAProperNounEndsAName() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "followed/VBD/follow/0/root",
        "USA/NNP/USA/6/compound", "TODAY/NNP/TODAY/6/nmod:poss", "'s/POS/'s/4/case", "reporting/NN/reporting/2/obj",
        "today/NN/today/2/obl:tmod", "./././2/punct").time(3, 3, "2016-08-24").time(6, 6, "2016-08-24")
        .dated("2016-08-24");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("today", "2016-08-24"));
  }

  @Test
  void aPlanMadeInThePastIsPlacedNearTheArticle() {
    // written on Wednesday 17 February 2016: "sought to appeal to voters on Tuesday" was the day before
    AnnotatedArticle a = new ParsedText().sentence("Both/DT/both/2/det", "candidates/NNS/candidate/3/nsubj",
        "sought/VBD/seek/0/root", "to/TO/to/5/mark", "appeal/VB/appeal/3/xcomp", "to/IN/to/7/case",
        "voters/NNS/voter/5/obl", "on/IN/on/9/case", "Tuesday/NNP/Tuesday/5/obl", "./././3/punct")
        .time(8, 8, "2016-02-23").dated("2016-02-17");
    assertThat(values(a)).containsExactly("2016-02-16");
  }

  @Test
  void personOfTheYearIsATitle() {
    AnnotatedArticle a = new ParsedText().sentence("She/PRP/she/3/nsubj:pass", "was/VBD/be/3/aux:pass",
        "named/VBN/name/0/root", "Person/NNP/Person/3/xcomp", "of/IN/of/7/case", "the/DT/the/7/det",
        "Year/NNP/Year/4/nmod", "./././3/punct").time(5, 6, "2015").dated("2015-12-09");
    assertThat(values(a)).isEmpty();
  }

  @Test
  void dailyBeforeAProperNounBeginsAName() {
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "told/VBD/tell/0/root", "The/DT/the/5/det",
        "Daily/NNP/Daily/5/compound", "Caller/NNP/Caller/2/obj", "./././2/punct").time(3, 3, "P1D").dated("2015-12-31");
    assertThat(values(a)).isEmpty();
  }

  @Test
  void centennialBeforeAProperNounBeginsAName() {
    // "I read your Centennial Journal item ." : a column's name, not a hundred years
    AnnotatedArticle a = new ParsedText().sentence("I/PRP/I/2/nsubj", "read/VBD/read/0/root", "your/PRP$/your/6/nmod:poss",
        "Centennial/NNP/Centennial/5/compound", "Journal/NNP/Journal/6/compound", "item/NN/item/2/obj", "./././2/punct")
        .time(3, 3, "P100Y").dated("1989-11-01");
    assertThat(values(a)).isEmpty();
  }

  @Test
  void beforeAloneIsNoTime() {
    // "served in the Senate from 1997 to 2017 before President Trump picked him": the engine gave "before" 2017
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "served/VBD/serve/0/root",
        "before/IN/before/4/case", "Trump/NNP/Trump/2/obl", "./././2/punct").time(2, 2, "2017").dated("2019-10-29");
    assertThat(values(a)).isEmpty();
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
  void timeWordsInsideAPlaceNameAreNotTimes() {
    AnnotatedArticle a = new ParsedText().sentence("They/PRP/they/2/nsubj", "sailed/VBD/sail/0/root", "to/IN/to/5/case",
        "Easter/NNP/Easter/5/compound", "Island/NNP/Island/2/obl", "./././2/punct").time(3, 3, "2016-03-27")
        .name(3, 4, "LOCATION").dated("2016-09-08");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void followingBeforeAPossessiveIsAPreposition() {
    AnnotatedArticle a = new ParsedText().sentence("Following/VBG/follow/4/case", "Monday/NNP/Monday/4/nmod:poss",
        "+'s/POS/'s/2/case", "debate/NN/debate/7/obl", ",/,/,/6/punct", "polls/NNS/poll/7/nsubj", "moved/VBD/move/0/root",
        "./././7/punct").time(0, 1, "2016-10-03").dated("2016-09-29");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("Monday", "2016-09-26"));
  }

  @Test
  void agesAreNotTimes() {
    AnnotatedArticle a = new ParsedText().sentence("a/DT/a/2/det", "6-year-old/JJ/6-year-old/3/amod",
        "boy/NN/boy/0/root").time(1, 1, "P6Y").dated("2019-10-29");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void aMonthTheEngineEndedBeforeItsDayTakesTheDay() {
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/3/nsubj:pass", "was/VBD/be/3/aux:pass",
        "shot/VBN/shoot/0/root", "last/JJ/last/5/amod", "Oct./NNP/October/3/obl:tmod", "23/CD/23/5/nummod",
        "./././3/punct").time(3, 4, "1998-10").dated("1999-04-19");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("last Oct. 23", "1998-10-23"));
  }

  @Test
  void monthsOfAYearAreTheMonthsAndTheYear() {
    AnnotatedArticle a = new ParsedText().sentence("Jobs/NNS/job/2/nsubj", "grew/VBD/grow/0/root", "in/IN/in/7/case",
        "the/DT/the/7/det", "first/JJ/first/7/amod", "nine/CD/nine/7/nummod", "months/NNS/month/2/obl",
        "of/IN/of/9/case", "1997/CD/1997/7/nmod", "./././2/punct").time(3, 8, "P9M").dated("1998-02-06");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the first nine months", "P9M"), tuple("1997", "1997"));
  }

  @Test
  void monthsOfTheYearAreTheMonthsAndTheArticlesYear() {
    AnnotatedArticle a = new ParsedText().sentence("Revenue/NN/revenue/2/nsubj", "fell/VBD/fall/0/root",
        "through/IN/through/7/case", "the/DT/the/7/det", "first/JJ/first/7/amod", "nine/CD/nine/7/nummod",
        "months/NNS/month/2/obl", "of/IN/of/10/case", "the/DT/the/10/det", "year/NN/year/7/nmod", "./././2/punct")
        .time(3, 9, "P9M").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the first nine months", "P9M"), tuple("of the year", "1989"));
  }

  @Test
  void theseDaysIsThePresent() {
    AnnotatedArticle a = new ParsedText().sentence("Prices/NNS/price/2/nsubj", "fall/VBP/fall/0/root",
        "faster/RBR/faster/2/advmod", "these/DT/these/5/det", "days/NNS/day/2/obl:tmod", "./././2/punct")
        .time(4, 4, "PXD").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("these days", "PRESENT_REF"));
  }

  @Test
  void thenCurrentIsAPastPresent() {
    AnnotatedArticle a = new ParsedText().sentence("Holders/NNS/holder/2/nsubj", "buy/VBP/buy/0/root",
        "at/IN/at/7/case", "the/DT/the/7/det", "then/RB/then/5/advmod", "current/JJ/current/7/amod",
        "price/NN/price/2/obl", "./././2/punct").time(5, 5, "PRESENT_REF").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("then current", "PAST_REF"));
  }

  @Test
  void fiscalBeforeAYearBelongsToIt() {
    AnnotatedArticle a = new ParsedText().sentence("Sales/NNS/sale/2/nsubj", "rose/VBD/rise/0/root", "in/IN/in/5/case",
        "fiscal/JJ/fiscal/5/amod", "1989/CD/1989/2/obl", "./././2/punct").time(4, 4, "1989").dated("1989-11-02");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("fiscal 1989", "1989"));
  }

  @Test
  void aYearsPeriodInAnEarningsReportIsItsQuarter() {
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/6/case", "the/DT/the/6/det", "third/JJ/third/6/amod", "quarter/NN/quarter/2/obl", "./././2/punct")
        .sentence("It/PRP/it/2/nsubj", "fell/VBD/fall/0/root", "in/IN/in/6/case", "the/DT/the/6/det",
            "1988/CD/1988/6/nummod", "period/NN/period/2/obl", "./././2/punct")
        .time(3, 5, "1989-Q3").time(11, 11, "1988").dated("1989-10-26");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the third quarter", "1989-Q3"), tuple("the 1988 period", "1988-Q3"));
  }

  @Test
  void titlesMayStartWithANumber() {
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "said/VBD/say/0/root", "on/IN/on/8/case",
        "CBS/NNP/CBS/8/nmod:poss", "+'s/POS/'s/4/case", "''/``/''/8/punct", "+60/CD/60/8/nummod",
        "Minutes/NNS/minute/2/obl", "+./././2/punct", "+''/''/''/2/punct").time(6, 7, "PT60M").dated("2000-04-17");
    assertThat(a.text()).contains("CBS's ''60 Minutes.''");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void theFutureOfSomethingIsNotATime() {
    AnnotatedArticle a = new ParsedText().sentence("It/PRP/it/2/nsubj", "matters/VBZ/matter/0/root", "to/IN/to/5/case",
        "the/DT/the/5/det", "future/NN/future/2/obl", "of/IN/of/8/case", "our/PRP$/our/8/nmod:poss",
        "peoples/NNS/people/5/nmod", "./././2/punct").time(3, 4, "FUTURE_REF").dated("1998-02-13");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void aMarchNamedAfterItsMonthIsNotAMonth() {
    AnnotatedArticle a = new ParsedText().sentence("They/PRP/they/2/nsubj", "joined/VBD/join/0/root", "the/DT/the/5/det",
        "annual/JJ/annual/5/amod", "March/NNP/March/2/obj", "for/IN/for/7/case", "Life/NNP/Life/5/nmod",
        "in/IN/in/9/case", "March/NNP/March/2/obl", "./././2/punct")
        .time(2, 4, "XXXX-03").time(8, 8, "1999-03").dated("1999-01-22");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("March", "1998-03"));
  }

  @Test
  void theQuarterEndedOnADateIsTheCalendarQuarterItMostlyCovers() {
    AnnotatedArticle a = new ParsedText().sentence("Sales/NNS/sale/2/nsubj", "rose/VBD/rise/0/root", "in/IN/in/5/case",
        "the/DT/the/5/det", "quarter/NN/quarter/2/obl", "ended/VBN/end/5/acl", "July/NNP/July/6/obl:tmod",
        "31/CD/31/7/nummod", "./././2/punct").time(3, 4, "1989-Q3").time(6, 7, "1989-07-31").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the quarter", "1989-Q2"), tuple("July 31", "1989-07-31"));
  }

  @Test
  void aWeekdayCoordinatedWithRecurringNightsRecursToo() {
    AnnotatedArticle a = new ParsedText().sentence("Flights/NNS/flight/2/nsubj", "leave/VBP/leave/0/root",
        "on/IN/on/4/case", "Monday/NNP/Monday/2/obl", "and/CC/and/7/cc", "Tuesday/NNP/Tuesday/7/compound",
        "nights/NNS/night/4/conj", "./././2/punct").time(3, 3, "1998-02-16").time(5, 6, "XXXX-WXX-2TNI")
        .dated("1998-02-13");
    assertThat(values(a)).containsExactly("XXXX-WXX-1TNI", "XXXX-WXX-2TNI");
  }

  @Test
  void aPartOfTheDayBeforeTheDayBelongsToIt() {
    AnnotatedArticle a = new ParsedText().sentence("Shares/NNS/share/2/nsubj", "rose/VBD/rise/0/root", "at/IN/at/4/case",
        "mid-afternoon/NN/mid-afternoon/2/obl", "yesterday/NN/yesterday/2/obl:tmod", "./././2/punct")
        .time(4, 4, "1989-11-01").dated("1989-11-02");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("mid-afternoon yesterday", "1989-11-01TAF"));
  }

  @Test
  void aHolidayTheEngineMissedIsFound() {
    AnnotatedArticle a = new ParsedText().sentence("They/PRP/they/2/nsubj", "campaign/VBP/campaign/0/root",
        "until/IN/until/5/case", "Election/NNP/Election/5/compound", "Day/NNP/Day/2/obl", "./././2/punct")
        .dated("1998-10-26");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("Election Day", "1998-11-03"));
  }

  @Test
  void aLowerCaseMarchIsAWalk() {
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/3/nsubj:pass", "was/VBD/be/3/aux:pass",
        "arrested/VBN/arrest/0/root", "at/IN/at/6/case", "this/DT/this/6/det", "march/NN/march/3/obl", "./././3/punct")
        .time(4, 5, "1999-03").dated("1999-01-22");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void aNegatedSubjectMakesAModalClauseReportThePast() {
    AnnotatedArticle a = new ParsedText().sentence("Neither/CC/neither/2/cc:preconj", "he/PRP/he/8/nsubj:pass",
        "nor/CC/nor/5/cc", "his/PRP$/his/5/nmod:poss", "parents/NNS/parent/2/conj", "could/MD/could/8/aux",
        "be/VB/be/8/aux:pass", "located/VBN/locate/0/root", "Wednesday/NNP/Wednesday/8/obl:tmod", "./././8/punct")
        .time(8, 8, "2000-01-12").dated("2000-01-06");
    assertThat(values(a)).containsExactly("2000-01-05");
  }

  @Test
  void aPlanMadeInThePastPerfectLooksBack() {
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "offer/NN/offer/5/nsubj:pass",
        "had/VBD/have/5/aux", "been/VBN/be/5/aux:pass", "scheduled/VBN/schedule/0/root", "to/TO/to/7/mark",
        "expire/VB/expire/5/xcomp", "at/IN/at/9/case", "midnight/NN/midnight/7/obl", "Friday/NNP/Friday/7/obl:tmod",
        "./././5/punct").time(8, 9, "1989-11-03T00:00").dated("1989-10-30");
    assertThat(values(a)).containsExactly("1989-10-27T24:00");
  }

  @Test
  void aModalPerfectLooksBack() {
    AnnotatedArticle a = new ParsedText().sentence("Concern/NN/concern/5/nsubj", "may/MD/may/5/aux",
        "have/VB/have/5/aux", "been/VBN/be/5/cop", "responsible/JJ/responsible/0/root", "for/IN/for/8/case",
        "the/DT/the/8/det", "drop/NN/drop/5/obl", "on/IN/on/10/case", "Wednesday/NNP/Wednesday/8/nmod",
        "./././5/punct").time(9, 9, "1989-11-01").dated("1989-10-27");
    assertThat(values(a)).containsExactly("1989-10-25");
  }

  @Test
  void beToIsAPlan() {
    AnnotatedArticle a = new ParsedText().sentence("Shares/NNS/share/4/nsubj", "are/VBP/be/4/aux", "to/TO/to/4/mark",
        "resume/VB/resume/0/root", "trading/VBG/trade/4/xcomp", "Tuesday/NNP/Tuesday/5/obl:tmod", "./././4/punct")
        .time(5, 5, "1989-10-24").dated("1989-10-27");
    assertThat(values(a)).containsExactly("1989-10-31");
  }

  @Test
  void aDayBeforeAPastPlanningVerbIsWhenThePlanWasMade() {
    AnnotatedArticle a = new ParsedText().sentence("On/IN/on/2/case", "Friday/NNP/Friday/6/obl", ",/,/,/6/punct",
        "the/DT/the/5/det", "government/NN/government/6/nsubj", "planned/VBD/plan/0/root", "to/TO/to/8/mark",
        "pay/VB/pay/6/xcomp", "claims/NNS/claim/8/obj", "./././6/punct").time(1, 1, "1998-10-02").dated("1998-09-30");
    assertThat(values(a)).containsExactly("1998-09-25");
  }

  @Test
  void coordinatedVerbsShareTheirAuxiliary() {
    AnnotatedArticle a = new ParsedText().sentence("That/DT/that/2/det", "candidate/NN/candidate/4/nsubj",
        "would/MD/would/4/aux", "assume/VB/assume/0/root", "office/NN/office/4/obj", "in/IN/in/7/case",
        "January/NNP/January/4/obl", "2017/CD/2017/7/nummod", ",/,/,/10/punct", "run/VBN/run/4/conj", "in/IN/in/13/case",
        "an/DT/a/13/det", "election/NN/election/10/obl", "in/IN/in/15/case", "November/NNP/November/10/obl",
        "./././4/punct").time(6, 7, "2017-01").time(14, 14, "2015-11").dated("2016-09-08");
    assertThat(values(a)).containsExactly("2017-01", "2016-11");
  }

  @Test
  void wereToIsAHypotheticalAhead() {
    AnnotatedArticle a = new ParsedText().sentence("if/IN/if/5/mark", "she/PRP/she/5/nsubj", "were/VBD/be/5/aux",
        "to/TO/to/5/mark", "win/VB/win/0/root", "in/IN/in/7/case", "November/NNP/November/5/obl", "./././5/punct")
        .time(6, 6, "2015-11").dated("2016-09-23");
    assertThat(values(a)).containsExactly("2016-11");
  }

  @Test
  void aPerfectAuxiliaryAloneMakesNoProgressivePlan() {
    AnnotatedArticle a = new ParsedText().sentence("Funds/NNS/fund/3/nsubj", "have/VBP/have/3/aux",
        "remaining/VBG/remain/0/root", "since/IN/since/5/case", "August/NNP/August/3/obl", "./././3/punct")
        .time(4, 4, "2017-08").dated("2016-09-23");
    assertThat(values(a)).containsExactly("2016-08");
  }

  @Test
  void anOrdinalDayInThePresentIsTheArticlesDate() {
    AnnotatedArticle a = new ParsedText().sentence("Today/NN/today/5/nsubj", "is/VBZ/be/5/cop", "the/DT/the/5/det",
        "eighth/JJ/eighth/5/amod", "day/NN/day/0/root", "of/IN/of/8/case", "the/DT/the/8/det",
        "blockade/NN/blockade/5/nmod", "./././5/punct").time(0, 0, "1990-08-15").time(2, 4, "1990-08-22")
        .dated("1990-08-15");
    assertThat(values(a)).containsExactly("1990-08-15", "1990-08-15");
  }

  @Test
  void aTimeTheEngineBeganInsideAHolidaysNameIsTheHolidayAndTheRest() {
    // the engine read "Day later this week" out of "Election Day later this week"
    AnnotatedArticle a = new ParsedText().sentence("She/PRP/she/3/nsubj", "will/MD/will/3/aux", "march/VB/march/0/root",
        "toward/IN/toward/6/case", "Election/NNP/Election/6/compound", "Day/NNP/Day/3/obl", "later/RB/later/9/advmod",
        "this/DT/this/9/det", "week/NN/week/3/obl:tmod", "./././3/punct").time(5, 8, "2016-09-W37").dated("2016-09-12");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("Election Day", "2016-11-08"), tuple("later this week", "2016-W37"));
  }

  @Test
  void yearEndAfterAPrepositionIsThisYearOrTheLastOne() {
    // "The deal will close by year-end ." and "Shares rose since year-end ." written on 1989-11-01
    AnnotatedArticle ahead = new ParsedText().sentence("The/DT/the/2/det", "deal/NN/deal/4/nsubj", "will/MD/will/4/aux",
        "close/VB/close/0/root", "by/IN/by/6/case", "year-end/NN/year-end/4/obl", "./././4/punct").dated("1989-11-01");
    assertThat(resolver.resolve(ahead)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("year-end", "1989"));
    AnnotatedArticle since = new ParsedText().sentence("Shares/NNS/share/2/nsubj", "rose/VBD/rise/0/root",
        "since/IN/since/4/case", "year-end/NN/year-end/2/obl", "./././2/punct").dated("1989-11-01");
    assertThat(values(since)).containsExactly("1988");
  }

  @Test
  void yearEndBeforeANounIsNoTime() {
    // "Year-end net was lower ." : an adjective, as TimeBank leaves it
    AnnotatedArticle a = new ParsedText().sentence("Year-end/JJ/year-end/2/amod", "net/NN/net/4/nsubj",
        "was/VBD/be/4/cop", "lower/JJR/low/0/root", "./././4/punct").dated("1989-11-01");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void ordinalsSharingANounAreEachTheirQuarter() {
    // "Sales will rise in the second and fourth quarters of 1990 ."
    AnnotatedArticle a = new ParsedText().sentence("Sales/NNS/sale/3/nsubj", "will/MD/will/3/aux", "rise/VB/rise/0/root",
        "in/IN/in/9/case", "the/DT/the/9/det", "second/JJ/second/9/amod", "and/CC/and/8/cc", "fourth/JJ/fourth/6/conj",
        "quarters/NNS/quarter/3/obl", "of/IN/of/11/case", "1990/CD/1990/9/nmod", "./././3/punct")
        .time(4, 10, "1990-07").dated("1989-10-26");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the second", "1990-Q2"), tuple("fourth quarters of 1990", "1990-Q4"));
  }

  @Test
  void theQuartersOfAHabitHaveNoYear() {
    // "Its business is usually conducted in the second and fourth quarters ."
    AnnotatedArticle a = new ParsedText().sentence("Its/PRP$/its/2/nmod:poss", "business/NN/business/5/nsubj:pass",
        "is/VBZ/be/5/aux:pass", "usually/RB/usually/5/advmod", "conducted/VBN/conduct/0/root", "in/IN/in/11/case",
        "the/DT/the/11/det", "second/JJ/second/11/amod", "and/CC/and/10/cc", "fourth/JJ/fourth/8/conj",
        "quarters/NNS/quarter/5/obl", "./././5/punct").time(6, 10, "1990-07").dated("1989-10-26");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the second", "XXXX-Q2"), tuple("fourth quarters", "XXXX-Q4"));
  }

  @Test
  void aQuarterOutsideAHabitKeepsItsYear() {
    // "Its business was conducted in the fourth quarter ." written on 1990-01-15
    AnnotatedArticle a = new ParsedText().sentence("Its/PRP$/its/2/nmod:poss", "business/NN/business/4/nsubj:pass",
        "was/VBD/be/4/aux:pass", "conducted/VBN/conduct/0/root", "in/IN/in/8/case", "the/DT/the/8/det",
        "fourth/JJ/fourth/8/amod", "quarter/NN/quarter/4/obl", "./././4/punct").time(5, 7, "1989-Q4").dated("1990-01-15");
    assertThat(values(a)).containsExactly("1989-Q4");
  }

  @Test
  void aYearEarlierInAnEarningsReportIsTheReportedQuarterAYearBack() {
    // "Profit rose in the fiscal fourth quarter . Sales fell a year earlier ." written on 1989-11-02:
    // the report is about its fiscal fourth quarter, not the calendar quarter just ended
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/7/case", "the/DT/the/7/det", "fiscal/JJ/fiscal/7/amod", "fourth/JJ/fourth/7/amod",
        "quarter/NN/quarter/2/obl", "./././2/punct").sentence("Sales/NNS/sale/2/nsubj", "fell/VBD/fall/0/root",
        "a/DT/a/4/det", "year/NN/year/5/obl:npmod", "earlier/RBR/earlier/2/advmod", "./././2/punct")
        .time(3, 6, "1989-Q4").time(10, 12, "1988-Q3").dated("1989-11-02");
    assertThat(values(a)).containsExactly("1989-Q4", "1988-Q4");
  }

  @Test
  void aQuarterOfLongAgoIsBackgroundNotTheReportedOne() {
    // "Dividends stopped in the third quarter of 1984 . Profit rose a year ago ." written on 1989-10-27
    AnnotatedArticle a = new ParsedText().sentence("Dividends/NNS/dividend/2/nsubj", "stopped/VBD/stop/0/root",
        "in/IN/in/6/case", "the/DT/the/6/det", "third/JJ/third/6/amod", "quarter/NN/quarter/2/obl", "of/IN/of/8/case",
        "1984/CD/1984/6/nmod", "./././2/punct").sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "a/DT/a/4/det", "year/NN/year/5/obl:npmod", "ago/RB/ago/2/advmod", "./././2/punct")
        .time(3, 7, "1984-Q3").time(11, 13, "1988-Q3").dated("1989-10-27");
    assertThat(values(a)).containsExactly("1984-Q3", "1988-Q3");
  }

  @Test
  void aQuarterNamedByTheDayItEndedIsTheReportedOne() {
    // "Profit rose in the first quarter . For the quarter ended Sept. 30 , sales rose a year earlier ."
    // written on 1989-10-26: the quarter ended Sept. 30 is the third calendar quarter
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/6/case", "the/DT/the/6/det", "first/JJ/first/6/amod", "quarter/NN/quarter/2/obl", "./././2/punct")
        .sentence(quarterEndedSept30()).time(3, 5, "1989-Q1").time(8, 9, "1989-Q3").time(11, 12, "1989-09-30")
        .time(16, 18, "1988-Q3").dated("1989-10-26");
    assertThat(values(a)).containsExactly("1989-Q1", "1989-Q3", "1989-09-30", "1988-Q3");
  }

  @Test
  void aFiscalQuarterNamedByItsOrderStaysTheReportedOne() {
    // "Profit rose in the fiscal first quarter . For the quarter ended Sept. 30 , sales rose a year
    // earlier . Profit rose in the third quarter from a year earlier ." written on 1989-10-26: the
    // report counts its quarters by its fiscal year until another quarter is named by its order
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/7/case", "the/DT/the/7/det", "fiscal/JJ/fiscal/7/amod", "first/JJ/first/7/amod",
        "quarter/NN/quarter/2/obl", "./././2/punct").sentence(quarterEndedSept30())
        .sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root", "in/IN/in/6/case", "the/DT/the/6/det",
            "third/JJ/third/6/amod", "quarter/NN/quarter/2/obl", "from/IN/from/10/case", "a/DT/a/9/det",
            "year/NN/year/10/obl:npmod", "earlier/RBR/earlier/2/obl", "./././2/punct")
        .time(3, 6, "1989-Q1").time(9, 10, "1989-Q3").time(12, 13, "1989-09-30").time(17, 19, "1988-Q3")
        .time(24, 26, "1989-Q3").time(28, 30, "1988-Q3").dated("1989-10-26");
    assertThat(values(a)).containsExactly("1989-Q1", "1989-Q3", "1989-09-30", "1988-Q1", "1989-Q3", "1988-Q3");
  }

  @Test
  void thePeriodOfAYearAfterAFiscalQuarterIsThatQuarter() {
    // "Profit rose in the fiscal first quarter . It fell in the 1988 period ." written on 1989-10-26
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/7/case", "the/DT/the/7/det", "fiscal/JJ/fiscal/7/amod", "first/JJ/first/7/amod",
        "quarter/NN/quarter/2/obl", "./././2/punct").sentence("It/PRP/it/2/nsubj", "fell/VBD/fall/0/root",
        "in/IN/in/6/case", "the/DT/the/6/det", "1988/CD/1988/6/nummod", "period/NN/period/2/obl", "./././2/punct")
        .time(3, 6, "1989-Q1").time(11, 13, "1988").dated("1989-10-26");
    assertThat(values(a)).containsExactly("1989-Q1", "1988-Q1");
  }

  @Test
  void theLatestQuarterAfterTheMonthsSoFarIsTheToldOfQuarter() {
    // "Profit rose in the fiscal first quarter . For the nine months , net rose . Sales fell in the latest
    // quarter ." written on 1989-10-26: back at the report's quarter, not the calendar quarter just ended
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/7/case", "the/DT/the/7/det", "fiscal/JJ/fiscal/7/amod", "first/JJ/first/7/amod",
        "quarter/NN/quarter/2/obl", "./././2/punct")
        .sentence("For/IN/for/4/case", "the/DT/the/4/det", "nine/CD/nine/4/nummod", "months/NNS/month/7/obl",
            ",/,/,/7/punct", "net/NN/net/7/nsubj", "rose/VBD/rise/0/root", "./././7/punct")
        .sentence("Sales/NNS/sale/2/nsubj", "fell/VBD/fall/0/root", "in/IN/in/6/case", "the/DT/the/6/det",
            "latest/JJS/latest/6/amod", "quarter/NN/quarter/2/obl", "./././2/punct")
        .time(3, 6, "1989-Q1").time(9, 11, "P9M").time(19, 21, "1989-Q3").dated("1989-10-26");
    assertThat(values(a)).containsExactly("1989-Q1", "P9M", "1989-Q1");
  }

  @Test
  void lastYearsFigureInAReportOfAQuarterIsThatQuarterAYearBack() {
    // "Net rose in the third quarter . Earnings were $ 24 million , compared with $ 3 million last year ."
    // written on 1989-11-02
    AnnotatedArticle a = new ParsedText().sentence(netRoseInTheThirdQuarter())
        .sentence("Earnings/NNS/earnings/2/nsubj", "were/VBD/be/0/root", "$/$/$/2/attr", "24/CD/24/3/nummod",
            "million/CD/million/3/nummod", ",/,/,/2/punct", "compared/VBN/compare/2/advcl", "with/IN/with/9/case",
            "$/$/$/7/obl", "3/CD/3/9/nummod", "million/CD/million/9/nummod", "last/JJ/last/13/amod",
            "year/NN/year/7/obl:tmod", "./././2/punct")
        .time(3, 5, "1989-Q3").time(18, 19, "1988").dated("1989-11-02");
    assertThat(values(a)).containsExactly("1989-Q3", "1988-Q3");
  }

  @Test
  void lastYearsFigureInASentenceAboutTheYearIsLastYears() {
    // "Net rose in the third quarter . For the year , earnings rose from $ 3 million last year ."
    AnnotatedArticle a = new ParsedText().sentence(netRoseInTheThirdQuarter())
        .sentence("For/IN/for/3/case", "the/DT/the/3/det", "year/NN/year/6/obl", ",/,/,/6/punct",
            "earnings/NNS/earnings/6/nsubj", "rose/VBD/rise/0/root", "from/IN/from/8/case", "$/$/$/6/obl",
            "3/CD/3/8/nummod", "million/CD/million/8/nummod", "last/JJ/last/12/amod", "year/NN/year/6/obl:tmod",
            "./././6/punct")
        .time(3, 5, "1989-Q3").time(7, 9, "1989").time(17, 18, "1988").dated("1989-11-02");
    assertThat(values(a)).containsExactly("1989-Q3", "1989", "1988");
  }

  /** "Net rose in the third quarter ." */
  private static String[] netRoseInTheThirdQuarter() {
    return new String[] {"Net/NN/net/2/nsubj", "rose/VBD/rise/0/root", "in/IN/in/6/case", "the/DT/the/6/det",
        "third/JJ/third/6/amod", "quarter/NN/quarter/2/obl", "./././2/punct"};
  }

  /** "For the quarter ended Sept. 30 , sales rose a year earlier ." */
  private static String[] quarterEndedSept30() {
    return new String[] {"For/IN/for/3/case", "the/DT/the/3/det", "quarter/NN/quarter/9/obl", "ended/VBN/end/3/acl",
        "Sept./NNP/Sept./4/obl:tmod", "30/CD/30/5/nummod", ",/,/,/9/punct", "sales/NNS/sale/9/nsubj",
        "rose/VBD/rise/0/root", "a/DT/a/11/det", "year/NN/year/12/obl:npmod", "earlier/RBR/earlier/9/advmod",
        "./././9/punct"};
  }

  @Test
  void theMonthAboutToStartNamingAnEventInAPastClauseIsTheComingOne() {
    // "He spoke in the April issue ." written on 2016-03-10: this April's issue, not last year's
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "spoke/VBD/speak/0/root", "in/IN/in/6/case",
        "the/DT/the/6/det", "April/NNP/April/6/compound", "issue/NN/issue/2/obl", "./././2/punct")
        .time(4, 4, "2015-04").dated("2016-03-10");
    assertThat(values(a)).containsExactly("2016-04");
  }

  @Test
  void anEarlierMonthNamingAnEventInAPastClauseIsThePastOne() {
    // "He spoke in the January issue ." written on 2016-03-10: this year's January, already gone
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "spoke/VBD/speak/0/root", "in/IN/in/6/case",
        "the/DT/the/6/det", "January/NNP/January/6/compound", "issue/NN/issue/2/obl", "./././2/punct")
        .time(4, 4, "2017-01").dated("2016-03-10");
    assertThat(values(a)).containsExactly("2016-01");
  }

  @Test
  void whatIsPostponedUntilADayComesAfterThePostponing() {
    // written on Thursday 2000-03-30: the Tuesday after, not the one two days before
    AnnotatedArticle a = new ParsedText().sentence("Officials/NNS/official/2/nsubj", "postponed/VBD/postpone/0/root",
        "until/IN/until/5/case", "Tuesday/NNP/Tuesday/5/compound", "morning/NN/morning/2/obl", "any/DT/any/7/det",
        "action/NN/action/2/obj", "./././2/punct").time(3, 4, "2000-03-28TMO").dated("2000-03-30");
    assertThat(values(a)).containsExactly("2000-04-04TMO");
  }

  @Test
  void aLimitIsStillTheNearestSuchDay() {
    // "payable until Tuesday" written on Thursday: no putting off, the nearest Tuesday
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "offer/NN/offer/3/nsubj", "ran/VBD/run/0/root",
        "until/IN/until/5/case", "Tuesday/NNP/Tuesday/3/obl", "./././3/punct").time(4, 4, "2000-04-04")
        .dated("2000-03-30");
    assertThat(values(a)).containsExactly("2000-03-28");
  }

  @Test
  void aPlanToldInThePastOfItsNounIsTheNearestDay() {
    // "A service planned for Saturday was canceled ." written on Sunday 1999-10-24
    AnnotatedArticle a = new ParsedText().sentence("A/DT/a/2/det", "service/NN/service/6/nsubj:pass",
        "planned/VBN/plan/2/acl", "for/IN/for/5/case", "Saturday/NNP/Saturday/3/obl", "was/VBD/be/6/aux:pass",
        "canceled/VBN/cancel/0/root", "./././6/punct").time(4, 4, "1999-10-30").dated("1999-10-24");
    assertThat(values(a)).containsExactly("1999-10-23");
  }

  @Test
  void aPlanToldInTheFutureOfItsNounLiesAhead() {
    // "A service planned for Saturday will draw crowds ." written on Sunday 1999-10-24
    AnnotatedArticle a = new ParsedText().sentence("A/DT/a/2/det", "service/NN/service/7/nsubj",
        "planned/VBN/plan/2/acl", "for/IN/for/5/case", "Saturday/NNP/Saturday/3/obl", "will/MD/will/7/aux",
        "draw/VB/draw/0/root", "crowds/NNS/crowd/7/obj", "./././7/punct").time(4, 4, "1999-10-23").dated("1999-10-24");
    assertThat(values(a)).containsExactly("1999-10-30");
  }

  @Test
  void overnightInAStoryAboutAnEarlierDayIsTheNightBeforeIt() {
    // "Shares closed lower Friday . They fell on overnight losses ." written on Monday 1989-10-30
    AnnotatedArticle a = new ParsedText().sentence("Shares/NNS/share/2/nsubj", "closed/VBD/close/0/root",
        "lower/JJR/low/2/advmod", "Friday/NNP/Friday/2/obl:tmod", "./././2/punct")
        .sentence("They/PRP/they/2/nsubj", "fell/VBD/fall/0/root", "on/IN/on/5/case", "overnight/JJ/overnight/5/amod",
        "losses/NNS/loss/2/obl", "./././2/punct").time(3, 3, "1989-10-27").time(8, 8, "1989-10-30TNI")
        .dated("1989-10-30");
    assertThat(values(a)).containsExactly("1989-10-27", "1989-10-26TNI");
  }

  @Test
  void overnightAfterBackgroundMonthsAgoIsTheArticlesNight() {
    // "The embassies were bombed on Aug. 7 . Missiles struck overnight ." written on 1998-08-20
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "embassies/NNS/embassy/4/nsubj:pass",
        "were/VBD/be/4/aux:pass", "bombed/VBN/bomb/0/root", "on/IN/on/6/case", "Aug./NNP/Aug./4/obl", "7/CD/7/6/nummod",
        "./././4/punct").sentence("Missiles/NNS/missile/2/nsubj", "struck/VBD/strike/0/root",
        "overnight/RB/overnight/2/advmod", "./././2/punct").time(5, 6, "1998-08-07").time(10, 10, "1998-08-20TNI")
        .dated("1998-08-20");
    assertThat(values(a)).containsExactly("1998-08-07", "1998-08-20TNI");
  }

  @Test
  void aYearEarlierThanTheMonthsSoFarIsTheYearBefore() {
    // "Profit rose in the third quarter . For the nine months , profit rose from a year earlier . In the
    // third quarter , sales fell from a year earlier ." written on 1989-10-26: the nine months are
    // compared with the same months of 1988, and talk of the quarter goes back to the quarter
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/6/case", "the/DT/the/6/det", "third/JJ/third/6/amod", "quarter/NN/quarter/2/obl", "./././2/punct")
        .sentence("For/IN/for/4/case", "the/DT/the/4/det", "nine/CD/nine/4/nummod", "months/NNS/month/7/obl",
            ",/,/,/7/punct", "profit/NN/profit/7/nsubj", "rose/VBD/rise/0/root", "from/IN/from/11/case",
            "a/DT/a/10/det", "year/NN/year/11/obl:npmod", "earlier/RBR/earlier/7/obl", "./././7/punct")
        .sentence("In/IN/in/4/case", "the/DT/the/4/det", "third/JJ/third/4/amod", "quarter/NN/quarter/7/obl",
            ",/,/,/7/punct", "sales/NNS/sale/7/nsubj", "fell/VBD/fall/0/root", "from/IN/from/11/case",
            "a/DT/a/10/det", "year/NN/year/11/obl:npmod", "earlier/RBR/earlier/7/obl", "./././7/punct")
        .time(3, 5, "1989-Q3").time(8, 10, "P9M").time(15, 17, "1988").time(20, 22, "1989-Q3")
        .time(27, 29, "1988-Q3").dated("1989-10-26");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("the third quarter", "1989-Q3"), tuple("the nine months", "P9M"),
            tuple("a year earlier", "1988"), tuple("the third quarter", "1989-Q3"), tuple("a year earlier", "1988-Q3"));
  }

  @Test
  void thePeriodOfAYearAfterTheMonthsSoFarIsThatYear() {
    // "Profit rose in the third quarter . In the first nine months , net fell from the 1988 period ."
    AnnotatedArticle a = new ParsedText().sentence("Profit/NN/profit/2/nsubj", "rose/VBD/rise/0/root",
        "in/IN/in/6/case", "the/DT/the/6/det", "third/JJ/third/6/amod", "quarter/NN/quarter/2/obl", "./././2/punct")
        .sentence("In/IN/in/5/case", "the/DT/the/5/det", "first/JJ/first/5/amod", "nine/CD/nine/5/nummod",
            "months/NNS/month/8/obl", ",/,/,/8/punct", "net/NN/net/8/nsubj", "fell/VBD/fall/0/root",
            "from/IN/from/12/case", "the/DT/the/12/det", "1988/CD/1988/12/nummod", "period/NN/period/8/obl",
            "./././8/punct")
        .time(3, 5, "1989-Q3").time(8, 11, "P9M").time(16, 18, "1988").dated("1989-11-02");
    assertThat(values(a)).containsExactly("1989-Q3", "P9M", "1988");
  }

  @Test
  void oneDayBetweenAModalAndItsVerbIsSomeDayToCome() {
    // "The party will one day be the largest ." written on 1998-03-03
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "party/NN/party/6/nsubj", "will/MD/will/6/aux",
        "one/CD/one/5/nummod", "day/NN/day/6/obl:tmod", "be/VB/be/0/root", "the/DT/the/8/det",
        "largest/JJS/large/6/xcomp", "./././6/punct").time(3, 4, "P1D").dated("1998-03-03");
    assertThat(values(a)).containsExactly("FUTURE_REF");
  }

  @Test
  void oneDayAfterItsVerbIsADaysLength() {
    // "The strike will last one day ." written on 1998-03-03
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "strike/NN/strike/4/nsubj", "will/MD/will/4/aux",
        "last/VB/last/0/root", "one/CD/one/6/nummod", "day/NN/day/4/obl:tmod", "./././4/punct")
        .time(4, 5, "P1D").dated("1998-03-03");
    assertThat(values(a)).containsExactly("P1D");
  }

  @Test
  void theMorningInAStoryAboutADayIsThatDaysMorning() {
    // "Shares fell Friday . Dealers bought in the morning ." written on Monday 1989-10-30
    AnnotatedArticle a = new ParsedText().sentence("Shares/NNS/share/2/nsubj", "fell/VBD/fall/0/root",
        "Friday/NNP/Friday/2/obl:tmod", "./././2/punct").sentence("Dealers/NNS/dealer/2/nsubj",
        "bought/VBD/buy/0/root", "in/IN/in/5/case", "the/DT/the/5/det", "morning/NN/morning/2/obl", "./././2/punct")
        .time(2, 2, "1989-10-27").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .containsExactly(tuple("Friday", "1989-10-27"), tuple("the morning", "1989-10-27TMO"));
  }

  @Test
  void theMorningWithoutADayToldOfIsNoTime() {
    // "Dealers bought in the morning ." written on 1989-10-30: no day to hold the morning
    AnnotatedArticle a = new ParsedText().sentence("Dealers/NNS/dealer/2/nsubj", "bought/VBD/buy/0/root",
        "in/IN/in/5/case", "the/DT/the/5/det", "morning/NN/morning/2/obl", "./././2/punct").dated("1989-10-30");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void aCountOfYearsAheadInAFutureClauseIsThatYear() {
    // "The stock will be redeemed in five years ." written on 1989-11-02
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "stock/NN/stock/5/nsubj:pass",
        "will/MD/will/5/aux", "be/VB/be/5/aux:pass", "redeemed/VBN/redeem/0/root", "in/IN/in/8/case",
        "five/CD/five/8/nummod", "years/NNS/year/5/obl", "./././5/punct").time(6, 7, "P5Y").dated("1989-11-02");
    assertThat(values(a)).containsExactly("1994");
  }

  @Test
  void aCountOfWeeksInAPastClauseIsALength() {
    // "His second letter in two weeks was published ." written on 2000-02-16
    AnnotatedArticle a = new ParsedText().sentence("His/PRP$/his/3/nmod:poss", "second/JJ/second/3/amod",
        "letter/NN/letter/8/nsubj:pass", "in/IN/in/6/case", "two/CD/two/6/nummod", "weeks/NNS/week/3/nmod",
        "was/VBD/be/8/aux:pass", "published/VBN/publish/0/root", "./././8/punct").time(4, 5, "P2W").dated("2000-02-16");
    assertThat(values(a)).containsExactly("P2W");
  }

  @Test
  void theFirstTimeInACountOfYearsIsALength() {
    // "The army is expanding for the first time in 25 years ." written on 2016-06-07
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "army/NN/army/4/nsubj", "is/VBZ/be/4/aux",
        "expanding/VBG/expand/0/root", "for/IN/for/8/case", "the/DT/the/8/det", "first/JJ/first/8/amod",
        "time/NN/time/4/obl", "in/IN/in/11/case", "25/CD/25/11/nummod", "years/NNS/year/8/nmod", "./././4/punct")
        .time(9, 10, "P25Y").dated("2016-06-07");
    assertThat(values(a)).containsExactly("P25Y");
  }

  @Test
  void aCountInAYearIsARate() {
    // "The country can accept 100 refugees in a year ." written on 2015-11-17
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "country/NN/country/4/nsubj",
        "can/MD/can/4/aux", "accept/VB/accept/0/root", "100/CD/100/6/nummod", "refugees/NNS/refugee/4/obj",
        "in/IN/in/9/case", "a/DT/a/9/det", "year/NN/year/4/obl", "./././4/punct").time(7, 8, "P1Y").dated("2015-11-17");
    assertThat(values(a)).containsExactly("P1Y");
  }

  @Test
  void theMorningOfAHabitIsNoDayToldOf() {
    // "He landed Friday . He does not drink coffee in the morning ." written on 2016-07-06
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/2/nsubj", "landed/VBD/land/0/root",
        "Friday/NNP/Friday/2/obl:tmod", "./././2/punct").sentence("He/PRP/he/4/nsubj", "does/VBZ/do/4/aux",
        "not/RB/not/4/advmod", "drink/VB/drink/0/root", "coffee/NN/coffee/4/obj", "in/IN/in/8/case", "the/DT/the/8/det",
        "morning/NN/morning/4/obl", "./././4/punct").time(2, 2, "2016-07-01").dated("2016-07-06");
    assertThat(values(a)).containsExactly("2016-07-01");
  }

  @Test
  void phrasesOfTheComingTimeTheEngineMissesAreTheFuture() {
    // "Prices may fall in the near term and it will sell shares at a later date ."
    AnnotatedArticle a = new ParsedText().sentence("Prices/NNS/price/3/nsubj", "may/MD/may/3/aux", "fall/VB/fall/0/root",
        "in/IN/in/7/case", "the/DT/the/7/det", "near/JJ/near/7/amod", "term/NN/term/3/obl", "and/CC/and/11/cc",
        "it/PRP/it/11/nsubj", "will/MD/will/11/aux", "sell/VB/sell/3/conj", "shares/NNS/share/11/obj",
        "at/IN/at/16/case", "a/DT/a/16/det", "later/JJR/late/16/amod", "date/NN/date/11/obl", "./././3/punct")
        .dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("the near term", "FUTURE_REF"), tuple("a later date", "FUTURE_REF"));
  }

  @Test
  void aLengthWithNoCountOrUnitIsAnUnknownLength() {
    // "Troops will stay for a fairly lengthy period and the town will be dark for a while ."
    AnnotatedArticle a = new ParsedText().sentence("Troops/NNS/troop/3/nsubj", "will/MD/will/3/aux",
        "stay/VB/stay/0/root", "for/IN/for/8/case", "a/DT/a/8/det", "fairly/RB/fairly/7/advmod",
        "lengthy/JJ/lengthy/8/amod", "period/NN/period/3/obl", "and/CC/and/14/cc", "the/DT/the/11/det",
        "town/NN/town/14/nsubj", "will/MD/will/14/aux", "be/VB/be/14/cop", "dark/JJ/dark/3/conj",
        "for/IN/for/17/case", "a/DT/a/17/det", "while/NN/while/14/obl", "./././3/punct").dated("1990-08-16");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("a fairly lengthy period", "PXX"), tuple("a while", "PXX"));
  }

  @Test
  void oneMoreOfAUnitIsALengthOfOne() {
    // "The loan may be extended for an additional year ." written on 1989-11-02
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "loan/NN/loan/5/nsubj:pass", "may/MD/may/5/aux",
        "be/VB/be/5/aux:pass", "extended/VBN/extend/0/root", "for/IN/for/9/case", "an/DT/an/9/det",
        "additional/JJ/additional/9/amod", "year/NN/year/5/obl", "./././5/punct").dated("1989-11-02");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("an additional year", "P1Y"));
  }

  @Test
  void futureUnitsAreTheFuture() {
    // "The losses will cut tax payments in future quarters ." written on 1989-10-30
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "losses/NNS/loss/4/nsubj", "will/MD/will/4/aux",
        "cut/VB/cut/0/root", "tax/NN/tax/6/compound", "payments/NNS/payment/4/obj", "in/IN/in/9/case",
        "future/JJ/future/9/amod", "quarters/NNS/quarter/4/obl", "./././4/punct").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("future quarters", "FUTURE_REF"));
  }

  @Test
  void forThePastWeekIsTheArticlesWeek() {
    // "He has been in Bethesda for the last week ." written on Friday 2000-04-14 (2000-W15)
    AnnotatedArticle a = new ParsedText().sentence("He/PRP/he/5/nsubj", "has/VBZ/have/5/aux", "been/VBN/be/5/cop",
        "in/IN/in/5/case", "Bethesda/NNP/Bethesda/0/root", "for/IN/for/9/case", "the/DT/the/9/det",
        "last/JJ/last/9/amod", "week/NN/week/5/obl", "./././5/punct").time(6, 8, "2000-W14").dated("2000-04-14");
    assertThat(values(a)).containsExactly("2000-W15");
  }

  @Test
  void aTimeCountedFromADateIsALengthAndTheDate() {
    // "Eight trading days after Oct. 12, the day before the plunge, prices fell ." written on 1989-10-30;
    // the engine reads "days after Oct. 12, the day before" as one time
    AnnotatedArticle a = new ParsedText().sentence("Eight/CD/eight/3/nummod", "trading/NN/trading/3/compound",
        "days/NNS/day/15/obl", "after/IN/after/5/case", "Oct./NNP/Oct./3/nmod", "12/CD/12/5/nummod", "+,/,/,/9/punct",
        "the/DT/the/9/det", "day/NN/day/5/appos", "before/IN/before/12/case", "the/DT/the/12/det",
        "plunge/NN/plunge/9/nmod", "+,/,/,/15/punct", "prices/NNS/price/15/nsubj", "fell/VBD/fall/0/root",
        "./././15/punct").time(2, 9, "1989-10-13").dated("1989-10-30");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("Eight trading days", "P8D"), tuple("Oct. 12", "1989-10-12"), tuple("the day", "1989-10-12"));
  }

  @Test
  void aTimeBeforeAPossessiveDatesTheEventNotTheTimeBeforeIt() {
    // "Outflows doubled the level of the week following last month's squeeze ." written on 1989-10-27
    AnnotatedArticle a = new ParsedText().sentence("Outflows/NNS/outflow/2/nsubj", "doubled/VBD/double/0/root",
        "the/DT/the/4/det", "level/NN/level/2/obj", "of/IN/of/7/case", "the/DT/the/7/det", "week/NN/week/4/nmod",
        "following/VBG/follow/12/case", "last/JJ/last/10/amod", "month/NN/month/12/nmod:poss", "+'s/POS/'s/10/case",
        "squeeze/NN/squeeze/7/nmod", "./././2/punct").time(5, 9, "P1W").dated("1989-10-27");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("last month", "1989-09"));
  }

  @Test
  void aPeriodThatEndedOnADayStillAheadEndedLastYear() {
    // "The quarter ended Oct. 31 ." written on 1989-10-27
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "quarter/NN/quarter/3/nsubj",
        "ended/VBD/end/0/root", "Oct./NNP/Oct./3/obl:tmod", "31/CD/31/4/nummod", "./././3/punct")
        .time(3, 4, "1989-10-31").dated("1989-10-27");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value)
        .contains(tuple("Oct. 31", "1988-10-31"));
  }

  @Test
  void aYearAgoQuarterNamedAgainByItsOrderIsThatQuarterAYearBack() {
    // "The third quarter was good . In the comparable year-ago quarter, the second quarter ended Oct. 31,
    // it lost money ." written on 1989-10-27; the engine reads "quarter, the second quarter" as one time
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/3/det", "third/JJ/third/3/amod",
        "quarter/NN/quarter/5/nsubj", "was/VBD/be/5/cop", "good/JJ/good/0/root", "./././5/punct")
        .sentence("In/IN/in/5/case", "the/DT/the/5/det", "comparable/JJ/comparable/5/amod",
        "year-ago/JJ/year-ago/5/amod", "quarter/NN/quarter/15/obl", "+,/,/,/9/punct", "the/DT/the/9/det",
        "second/JJ/second/9/amod", "quarter/NN/quarter/5/appos", "ended/VBD/end/9/acl", "Oct./NNP/Oct./10/obl:tmod",
        "31/CD/31/11/nummod", "+,/,/,/15/punct", "it/PRP/it/15/nsubj", "lost/VBD/lose/0/root", "money/NN/money/15/obj",
        "./././15/punct")
        .time(0, 2, "1989-Q3").time(10, 14, "1989-Q2").time(16, 17, "1989-10-31").dated("1989-10-27");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("The third quarter", "1989-Q3"), tuple("the comparable year-ago quarter", "1988-Q2"),
        tuple("the second quarter", "1988-Q2"), tuple("Oct. 31", "1988-10-31"));
  }

  @Test
  void aUnitAsAnAdjectiveIsALength() {
    // "After a day-long meeting , he ended a several-year tenure ." written on 2000-04-03
    AnnotatedArticle a = new ParsedText().sentence("After/IN/after/4/case", "a/DT/a/4/det", "day-long/JJ/day-long/4/amod",
        "meeting/NN/meeting/8/obl", "+,/,/,/8/punct", "he/PRP/he/7/nsubj", "ended/VBD/end/0/root", "a/DT/a/10/det",
        "several-year/JJ/several-year/10/amod", "tenure/NN/tenure/7/obj", "./././7/punct").dated("2000-04-03");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("day-long", "P1D"), tuple("several-year", "PXY"));
  }

  @Test
  void aDayWrittenWithoutItsMonthAfterADayIsOfThatMonth() {
    // "The summit will be held on April 24 and 25 ." written on 1999-02-10
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "summit/NN/summit/5/nsubj:pass",
        "will/MD/will/5/aux", "be/VB/be/5/aux:pass", "held/VBN/hold/0/root", "on/IN/on/7/case", "April/NNP/April/5/obl",
        "24/CD/24/7/nummod", "and/CC/and/10/cc", "25/CD/25/7/conj", "+./././5/punct").time(6, 7, "1999-04-24")
        .dated("1999-02-10");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("April 24", "1999-04-24"), tuple("25", "1999-04-25"));
  }

  @Test
  void thatQuarterIsTheQuarterLastNamed() {
    // "In the second quarter of 1988 it lost money . Results for that quarter included a charge ." written on 1989-10-27
    AnnotatedArticle a = new ParsedText().sentence("In/IN/in/4/case", "the/DT/the/4/det", "second/JJ/second/4/amod",
        "quarter/NN/quarter/9/obl", "of/IN/of/6/case", "1988/CD/1988/4/nmod", "it/PRP/it/8/nsubj", "lost/VBD/lose/0/root",
        "money/NN/money/8/obj", "./././8/punct")
        .sentence("Results/NNS/result/5/nsubj", "for/IN/for/4/case", "that/DT/that/4/det", "quarter/NN/quarter/1/nmod",
        "included/VBD/include/0/root", "a/DT/a/7/det", "charge/NN/charge/5/obj", "./././5/punct")
        .time(1, 5, "1988-Q2").dated("1989-10-27");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("the second quarter of 1988", "1988-Q2"), tuple("that quarter", "1988-Q2"));
  }

  @Test
  void aLaterDateThanAnotherIsAComparisonNoTime() {
    // "Their polls started at a later date than others ." written on 2016-02-03
    AnnotatedArticle a = new ParsedText().sentence("Their/PRP$/their/2/nmod:poss", "polls/NNS/poll/3/nsubj",
        "started/VBD/start/0/root", "at/IN/at/7/case", "a/DT/a/7/det", "later/JJR/late/7/amod", "date/NN/date/3/obl",
        "than/IN/than/9/case", "others/NNS/other/7/nmod", "./././3/punct").dated("2016-02-03");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void aHolidayWeekIsTheWeekOfTheHoliday() {
    // "Protesters prayed as Easter week began ." written on Monday 2000-04-17; the engine reads "Easter"
    AnnotatedArticle a = new ParsedText().sentence("Protesters/NNS/protester/2/nsubj", "prayed/VBD/pray/0/root",
        "as/IN/as/6/mark", "Easter/NNP/Easter/5/compound", "week/NN/week/6/nsubj", "began/VBD/begin/2/advcl",
        "./././2/punct").time(3, 3, "2000-04-23").dated("2000-04-17");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("Easter week", "2000-W16"));
  }

  @Test
  void anElidedLastIsTheUnitBeforeTheOneComparedWithIt() {
    // "The dividend will be twice as high this year as last ." written on 1989-10-27
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/2/det", "dividend/NN/dividend/6/nsubj",
        "will/MD/will/6/aux", "be/VB/be/6/cop", "twice/RB/twice/6/advmod", "as/RB/as/6/advmod", "high/JJ/high/0/root",
        "this/DT/this/9/det", "year/NN/year/7/obl:tmod", "as/IN/as/11/case", "last/JJ/last/7/obl", "+./././7/punct")
        .time(7, 8, "1989").dated("1989-10-27");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("this year", "1989"), tuple("last", "1988"));
  }

  @Test
  void peopleNamedByTheirAgeAreNoTime() {
    // "The 17-year-olds waited ." written on 2016-03-01; the engine reads "17-year-olds" as a length
    AnnotatedArticle a = new ParsedText().sentence("The/DT/the/6/det", "17/CD/17/3/nummod", "+-/HYPH/-/3/punct",
        "+year/NN/year/6/compound", "+-/HYPH/-/6/punct", "+olds/NNS/old/7/nsubj", "waited/VBD/wait/0/root",
        "./././7/punct").time(1, 5, "P17Y").dated("2016-03-01");
    assertThat(resolver.resolve(a)).isEmpty();
  }

  @Test
  void theAgeOfAStateOfAffairsIsHowLongItLasted() {
    // "They broke the 8-month-old truce , not the 50-year-old alliance ." written on 1998-03-22
    AnnotatedArticle a = new ParsedText().sentence("They/PRP/they/2/nsubj", "broke/VBD/break/0/root", "the/DT/the/9/det",
        "8/CD/8/6/nummod", "+-/HYPH/-/6/punct", "+month/NN/month/8/obl:tmod", "+-/HYPH/-/8/punct", "+old/JJ/old/9/amod",
        "truce/NN/truce/2/obj", "+,/,/,/9/punct", "not/RB/not/18/advmod", "the/DT/the/18/det", "50/CD/50/15/nummod",
        "+-/HYPH/-/15/punct", "+year/NN/year/17/obl:tmod", "+-/HYPH/-/17/punct", "+old/JJ/old/18/amod",
        "alliance/NN/alliance/9/appos", "./././2/punct").time(3, 7, "P8M").time(12, 16, "P50Y").dated("1998-03-22");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("8-month-old", "P8M"));
  }

  @Test
  void untilThenIsTheTimeLastNamed() {
    // "Rights will terminate on Nov. 30 . Until then , the stock remains convertible ." written on 1989-11-01
    AnnotatedArticle a = new ParsedText().sentence("Rights/NNS/right/3/nsubj", "will/MD/will/3/aux",
        "terminate/VB/terminate/0/root", "on/IN/on/5/case", "Nov./NNP/Nov./3/obl", "30/CD/30/5/nummod", "./././3/punct")
        .sentence("Until/IN/until/2/case", "then/RB/then/6/obl", "+,/,/,/6/punct", "the/DT/the/5/det",
        "stock/NN/stock/6/nsubj", "remains/VBZ/remain/0/root", "convertible/JJ/convertible/6/xcomp", "./././6/punct")
        .time(4, 5, "1989-11-30").dated("1989-11-01");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("Nov. 30", "1989-11-30"), tuple("then", "1989-11-30"));
  }

  @Test
  void untilThenLongAfterTheLastTimeIsNone() {
    // "Rights will terminate on Nov. 30 . Only a vote will end it . Until then , the stock remains convertible ."
    AnnotatedArticle a = new ParsedText().sentence("Rights/NNS/right/3/nsubj", "will/MD/will/3/aux",
        "terminate/VB/terminate/0/root", "on/IN/on/5/case", "Nov./NNP/Nov./3/obl", "30/CD/30/5/nummod", "./././3/punct")
        .sentence("Only/RB/only/3/advmod", "a/DT/a/3/det", "vote/NN/vote/5/nsubj", "will/MD/will/5/aux", "end/VB/end/0/root",
        "it/PRP/it/5/obj", "./././5/punct")
        .sentence("Until/IN/until/2/case", "then/RB/then/6/obl", "+,/,/,/6/punct", "the/DT/the/5/det",
        "stock/NN/stock/6/nsubj", "remains/VBZ/remain/0/root", "convertible/JJ/convertible/6/xcomp", "./././6/punct")
        .time(4, 5, "1989-11-30").dated("1989-11-01");
    assertThat(resolver.resolve(a)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("Nov. 30", "1989-11-30"));
  }

  @Test
  void beforeAGerundIsNoPartOfTheTime() {
    // "She stayed in Nairobi later in the day before returning home ." written on 1998-08-17; the engine
    // reads "the day before"
    AnnotatedArticle day = new ParsedText().sentence("She/PRP/she/2/nsubj", "stayed/VBD/stay/0/root", "in/IN/in/4/case",
        "Nairobi/NNP/Nairobi/2/obl", "later/RB/late/2/advmod", "in/IN/in/8/case", "the/DT/the/8/det", "day/NN/day/5/obl",
        "before/IN/before/10/mark", "returning/VBG/return/2/advcl", "home/RB/home/10/advmod", "./././2/punct")
        .time(6, 8, "1998-08-16").dated("1998-08-17");
    assertThat(resolver.resolve(day)).isEmpty();
    // "Albright said Monday before leaving ." written on Monday 1998-08-17
    AnnotatedArticle monday = new ParsedText().sentence("Albright/NNP/Albright/2/nsubj", "said/VBD/say/0/root",
        "Monday/NNP/Monday/2/obl:tmod", "before/IN/before/5/mark", "leaving/VBG/leave/2/advcl", "./././2/punct")
        .time(2, 3, "1998-08-17").dated("1998-08-17");
    assertThat(resolver.resolve(monday)).extracting(t -> t.span().text(), TimeExpression::value).containsExactly(
        tuple("Monday", "1998-08-17"));
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
