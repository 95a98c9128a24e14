package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A win or defeat in an infinitive is foreseen, promised or missed, not a result, unless the verb
 * above makes it happen ("managed to win"). Sentences parsed as CoreNLP parses them
 * ({@code tools/ParseDump.java}).
 */
class ForeseenResultsTest {

  private static final String DATE = "2019-10-29";

  @Test
  void poisedToWinIsNoWin() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Smith appeared poised to win the nomination.", """
        Smith Smith NNP PERSON 2 nsubj
        appeared appear VBD O 0 root
        poised poise VBN O 2 xcomp
        to to TO O 5 mark
        win win VB O 3 xcomp
        the the DT O 7 det
        nomination nomination NN O 5 obj
        . . . O 2 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ELECTION_RESULT)).isEmpty();
  }

  @Test
  void aPromiseToDefeatIsNoDefeat() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Smith promised to defeat Jones in the primary.", """
        Smith Smith NNP PERSON 2 nsubj
        promised promise VBD O 0 root
        to to TO O 4 mark
        defeat defeat VB O 2 xcomp
        Jones Jones NNP PERSON 4 obj
        in in IN O 8 case
        the the DT O 8 det
        primary primary JJ O 4 obl
        . . . O 2 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ELECTION_RESULT)).isEmpty();
  }

  @Test
  void managedToWinIsAWin() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Smith managed to win the nomination.", """
        Smith Smith NNP PERSON 2 nsubj
        managed manage VBD O 0 root
        to to TO O 4 mark
        win win VB O 2 xcomp
        the the DT O 6 det
        nomination nomination NN O 4 obj
        . . . O 2 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ELECTION_RESULT)).singleElement()
        .satisfies(f -> assertThat(f.role()).contains("nomination"));
  }
}
