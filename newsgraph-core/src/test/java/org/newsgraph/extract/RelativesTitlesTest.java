package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;

import org.junit.jupiter.api.Test;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A description headed by a kinship noun tells the relative's office and party, not the person's.
 * Sentences parsed as CoreNLP parses them ({@code tools/ParseDump.java}).
 */
class RelativesTitlesTest {

  private static final String DATE = "2019-10-29";

  @Test
  void theSonOfAGovernorIsNoGovernor() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("John Smith, the son of a New York governor, spoke.", """
        John John NNP PERSON 2 compound
        Smith Smith NNP PERSON 12 nsubj
        , , , O 2 punct
        the the DT O 5 det
        son son NN O 2 appos
        of of IN O 10 case
        a a DT O 10 det
        New New NNP STATE_OR_PROVINCE 9 compound
        York York NNP STATE_OR_PROVINCE 10 compound
        governor governor NN TITLE 5 nmod
        , , , O 2 punct
        spoke speak VBD O 0 root
        . . . O 12 punct
        """).buildAsPipeline();
    assertThat(facts(a)).isEmpty();
  }

  @Test
  void theDaughterOfAPartysNomineeHasNoPartyFromIt() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Ann Lee, the Republican nominee's eldest daughter, spoke.", """
        Ann Ann NNP PERSON 2 compound
        Lee Lee NNP PERSON 11 nsubj
        , , , O 2 punct
        the the DT O 6 det
        Republican Republican JJ IDEOLOGY 6 amod
        nominee nominee NN O 9 nmod:poss
        's 's POS O 6 case
        eldest eold JJS O 9 amod
        daughter daughter NN O 2 appos
        , , , O 2 punct
        spoke speak VBD O 0 root
        . . . O 11 punct
        """).buildAsPipeline();
    assertThat(facts(a)).isEmpty();
  }
}
