package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A list the parser read as appositions ("Ann Lee, the governor, John Smith and others") gives the
 * first name no description from the items after it. Sentences parsed as CoreNLP parses them
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
}
