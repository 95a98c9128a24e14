package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Titles the sentence does not give as held now: the subject of an unreal or possible past ("would
 * have never proposed") is not said to hold the title now, and a denied description ("not the
 * greatest president") gives none, and the title of someone dead ("the death of Justice X") is not
 * held now; "former" is not stopped by a hyphenated word the tokenizer split ("a former two-term governor"). Sentences parsed as CoreNLP parses them ({@code tools/ParseDump.java}).
 */
class UnrealTitlesTest {

  private static final String DATE = "2019-10-29";

  @Test
  void theSubjectOfAModalPerfectIsNotSaidToHoldTheTitleNow() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("President John Smith would have never proposed it.", """
        President President NNP TITLE 3 compound
        John John NNP PERSON 3 compound
        Smith Smith NNP PERSON 7 nsubj
        would would MD O 7 aux
        have have VB O 7 aux
        never never RB O 7 advmod
        proposed propose VBN O 0 root
        it it PRP O 7 obj
        . . . O 7 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("President");
      assertThat(f.status()).isEmpty();
    });
  }

  @Test
  void aDeniedDescriptionGivesNoTitle() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "No president, not John Smith, not the greatest president, can take on the class.", """
        No no DT O 2 det
        president president NN TITLE 14 nsubj
        , , , O 2 punct
        not not RB O 6 advmod
        John John NNP PERSON 6 compound
        Smith Smith NNP PERSON 2 appos
        , , , O 2 punct
        not not RB O 11 advmod
        the the DT O 11 det
        greatest great JJS O 11 amod
        president president NN TITLE 2 appos
        , , , O 2 punct
        can can MD O 14 aux
        take take VB O 0 root
        on on IN O 17 case
        the the DT O 17 det
        class class NN O 14 obl
        . . . O 14 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).isEmpty();
  }

  @Test
  void aTitleOfTheDeadIsNotHeldNow() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("The death of Justice John Smith has removed a vote.", """
        The the DT O 2 det
        death death NN O 8 nsubj
        of of IN O 6 case
        Justice Justice NNP TITLE 6 compound
        John John NNP PERSON 6 compound
        Smith Smith NNP PERSON 2 nmod
        has have VBZ O 8 aux
        removed remove VBN O 0 root
        a a DT O 10 det
        vote vote NN O 8 obj
        . . . O 8 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("Justice");
      assertThat(f.status()).isEmpty();
    });
  }

  @Test
  void formerReachesOverAHyphenatedTermCount() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("John Smith, a former two-term Ohio governor, spoke.", """
        John John NNP PERSON 2 compound
        Smith Smith NNP PERSON 12 nsubj
        , , , O 2 punct
        a a DT O 10 det
        former former JJ O 10 amod
        two two CD NUMBER 8 nummod
        - - HYPH NUMBER 8 punct
        term term NN NUMBER 10 compound
        Ohio Ohio NNP STATE_OR_PROVINCE 10 compound
        governor governor NN TITLE 2 appos
        , , , O 2 punct
        spoke speak VBD O 0 root
        . . . O 12 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("Governor, Ohio");
      assertThat(f.status()).contains("former");
    });
  }
}
