package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A list the parser read as appositions ("Ann Lee, the governor, John Smith and others") gives the
 * first name no description from the items after it, nor does an appositive that follows another
 * name; a title before a name spans no other person's name and title, no dateline and no end of a
 * quotation. Sentences parsed as CoreNLP parses them
 * ({@code tools/ParseDump.java}).
 */
class ListAppositivesTest {

  private static final String DATE = "2019-10-29";

  @Test
  void aDescriptionWithANameAppositiveAfterItIsAListItem() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("They met Ann Lee, the governor, John Smith and others.", """
        They they PRP O 2 nsubj
        met meet VBD O 0 root
        Ann Ann NNP PERSON 4 compound
        Lee Lee NNP PERSON 2 obj
        , , , O 4 punct
        the the DT O 7 det
        governor governor NN TITLE 4 appos
        , , , O 4 punct
        John John NNP PERSON 10 compound
        Smith Smith NNP PERSON 4 appos
        and and CC O 12 cc
        others other NNS O 10 conj
        . . . O 2 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).isEmpty();
  }

  @Test
  void aDescriptionJoinedToANameIsAListItem() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("They thanked Ann Lee, the governor and John Smith.", """
        They they PRP O 2 nsubj
        thanked thank VBD O 0 root
        Ann Ann NNP PERSON 4 compound
        Lee Lee NNP PERSON 2 obj
        , , , O 4 punct
        the the DT O 7 det
        governor governor NN TITLE 4 appos
        and and CC O 10 cc
        John John NNP PERSON 10 compound
        Smith Smith NNP PERSON 7 conj
        . . . O 2 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).isEmpty();
  }

  @Test
  void aDescriptionJoinedToSomethingElseStaysTheNamesDescription() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("They thanked Ann Lee, the governor, and her aide.", """
        They they PRP O 2 nsubj
        thanked thank VBD O 0 root
        Ann Ann NNP PERSON 4 compound
        Lee Lee NNP PERSON 2 obj
        , , , O 4 punct
        the the DT O 7 det
        governor governor NN TITLE 4 appos
        , , , O 4 punct
        and and CC O 11 cc
        her she PRP$ O 11 nmod:poss
        aide aide NN O 4 conj
        . . . O 2 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).singleElement()
        .satisfies(f -> assertThat(f.role()).contains("Governor"));
  }

  @Test
  void anAppositiveAfterOneEndingInANameDescribesThatName() {
    // the parser hangs "the presidential candidate" on Ann Lee, as it does in news copy
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Ann Lee, the daughter of John Smith, the presidential candidate, spoke.", """
        Ann Ann NNP PERSON 2 compound
        Lee Lee NNP PERSON 14 nsubj
        , , , O 2 punct
        the the DT O 5 det
        daughter daughter NN O 2 appos
        of of IN O 8 case
        John John NNP PERSON 8 compound
        Smith Smith NNP PERSON 5 nmod
        , , , O 8 punct
        the the DT O 12 det
        presidential presidential JJ O 12 amod
        candidate candidate NN TITLE 2 appos
        , , , O 2 punct
        spoke speak VBD O 0 root
        . . . O 14 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY))
        .noneSatisfy(f -> assertThat(PatternFactExtractorTest.name(a, f.subject())).isEqualTo("Ann Lee"));
  }

  @Test
  void aTitleBeforeANameStartsAfterAnotherPersonJoinedToIt() {
    // the parser reads "Sen. John Smith of Kentucky and former Acme-Global CEO Ann Lee" as one name
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Sen. John Smith of Kentucky and former Acme-Global CEO Ann Lee were dropped for poor poll ratings.", """
        Sen. Sen. NNP O 2 compound
        John John NNP PERSON 13 compound
        Smith Smith NNP PERSON 13 compound
        of of IN O 5 case
        Kentucky Kentucky NNP STATE_OR_PROVINCE 3 nmod
        and and CC O 11 cc
        former former JJ O 11 amod
        Acme Acme NNP ORGANIZATION 10 compound
        - - HYPH ORGANIZATION 10 punct
        Global Global NNP ORGANIZATION 11 compound
        CEO CEO NNP TITLE 3 conj
        Ann Ann NNP PERSON 13 compound
        Lee Lee NNP PERSON 15 nsubj:pass
        were be VBD O 15 aux:pass
        dropped drop VBN O 0 root
        for for IN O 19 case
        poor poor JJ O 19 amod
        poll poll NN O 19 compound
        ratings rating NNS O 15 obl
        . . . O 15 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.AFFILIATION)).singleElement().satisfies(f -> {
      assertThat(PatternFactExtractorTest.name(a, f.subject())).isEqualTo("Ann Lee");
      assertThat(f.evidence().text()).isEqualTo("former Acme-Global CEO Ann Lee");
      assertThat(PatternFactExtractorTest.name(a, f.object())).isNotEqualTo("John Smith");
    });
  }

  @Test
  void aTitleBeforeANameStartsAfterADateline() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("ORLANDO, Fla. (Reuters) - President John Smith met survivors.", """
        ORLANDO ORLANDO NNP CITY 8 compound
        , , , O 1 punct
        Fla. Fla. NNP STATE_OR_PROVINCE 1 appos
        ( ( -LRB- O 5 punct
        Reuters Reuters NNP ORGANIZATION 1 appos
        ) ) -RRB- O 5 punct
        - - HYPH O 8 punct
        President President NNP TITLE 10 compound
        John John NNP PERSON 10 compound
        Smith Smith NNP PERSON 11 nsubj
        met meet VBD O 0 root
        survivors survivor NNS O 11 obj
        . . . O 11 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.AFFILIATION)).isEmpty();
    assertThat(ofType(facts(a), FactType.OFFICE)).singleElement()
        .satisfies(f -> assertThat(f.evidence().text()).isEqualTo("President John Smith"));
  }

  @Test
  void aTitleBeforeANameStartsAfterAClosingQuotationMark() {
    // the parser hangs the end of the quotation on the name
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "\"We will win Nevada and South Carolina,\" Lee campaign manager John Smith wrote.", """
        " " `` O 4 punct
        We we PRP O 4 nsubj
        will will MD O 4 aux
        win win VB O 0 root
        Nevada Nevada NNP STATE_OR_PROVINCE 15 compound
        and and CC O 8 cc
        South South NNP STATE_OR_PROVINCE 8 compound
        Carolina Carolina NNP STATE_OR_PROVINCE 5 conj
        , , , O 5 punct
        " " `` O 15 punct
        Lee Lee NNP PERSON 13 compound
        campaign campaign NN TITLE 13 compound
        manager manager NN TITLE 15 compound
        John John NNP PERSON 15 compound
        Smith Smith NNP PERSON 16 nsubj
        wrote write VBD O 4 parataxis
        . . . O 4 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.AFFILIATION)).singleElement()
        .satisfies(f -> assertThat(f.evidence().text()).isEqualTo("Lee campaign manager John Smith"));
  }
}
