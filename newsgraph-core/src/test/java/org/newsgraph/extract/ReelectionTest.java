package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A reelection is to the office the person holds: the office the sentence names, else the one the
 * article says the person holds now, never an earlier race's office; an office served beside another
 * ("has served in the House and Senate") is not said to be held now; a bid for the White House is for
 * President, not for the House. Sentences parsed as CoreNLP
 * parses them ({@code tools/ParseDump.java}).
 */
class ReelectionTest {

  private static final String DATE = "2019-10-29";

  private static final String SENATOR = """
      Sen. Sen. NNP O 3 compound
      John John NNP PERSON 3 compound
      Smith Smith NNP PERSON 4 nsubj
      speaks speak VBZ O 0 root
      . . . O 4 punct
      """;

  private static final String HOUSE_AND_SENATE = """
      Smith Smith NNP PERSON 3 nsubj
      has have VBZ O 3 aux
      served serve VBN O 0 root
      in in IN O 6 case
      the the DT O 6 det
      House House NNP ORGANIZATION 3 obl
      and and CC O 8 cc
      Senate Senate NNP ORGANIZATION 6 conj
      . . . O 3 punct
      """;

  private static final String RUN_AGAIN = """
      He he PRP O 3 nsubj
      will will MD O 3 aux
      run run VB O 0 root
      for for IN O 5 case
      reelection reelection NN O 3 obl
      . . . O 3 punct
      """;

  @Test
  void anOfficeServedBesideAnotherIsNotSaidToBeHeldNow() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("Smith has served in the House and Senate.", HOUSE_AND_SENATE).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("U.S. Representative");
      assertThat(f.status()).isEmpty();
    });
  }

  @Test
  void aReelectionIsToTheOfficeHeldNowRatherThanOneWhoseTimeIsUnsaid() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("Sen. John Smith speaks.", SENATOR)
        .sentence("Smith has served in the House and Senate.", HOUSE_AND_SENATE)
        .sentence("He will run for reelection.", RUN_AGAIN).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement()
        .satisfies(f -> assertThat(f.role()).contains("U.S. Senator"));
  }

  @Test
  void aReelectionAsAnOfficeIsToThatOffice() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("Gov. John Smith speaks.", SENATOR.replace("Sen. Sen.", "Gov. Gov."))
        .sentence("He will run for reelection as a senator in two years.", """
            He he PRP O 3 nsubj
            will will MD O 3 aux
            run run VB O 0 root
            for for IN O 5 case
            reelection reelection NN O 3 obl
            as as IN O 8 case
            a a DT O 8 det
            senator senator NN TITLE 3 obl
            in in IN O 11 case
            two two CD DURATION 11 nummod
            years year NNS DURATION 3 obl
            . . . O 3 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement()
        .satisfies(f -> assertThat(f.role()).contains("U.S. Senator"));
  }

  @Test
  void aReelectionIsNotToTheOfficeOfAnEarlierRace() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("Ann Lee lost the presidential race.", """
            Ann Ann NNP PERSON 2 compound
            Lee Lee NNP PERSON 3 nsubj
            lost lose VBD O 0 root
            the the DT O 6 det
            presidential presidential JJ O 6 amod
            race race NN O 3 obj
            . . . O 3 punct
            """)
        .sentence("She will seek reelection in 2018.", """
            She she PRP O 3 nsubj
            will will MD O 3 aux
            seek seek VB O 0 root
            reelection reelection NN O 3 obj
            in in IN O 6 case
            2018 2018 CD DATE 3 obl
            . . . O 3 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).isEmpty();
  }

  @Test
  void aTitledNameThatIsAllOfAQuotationIsASloganNotAnOffice() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("The crowd cheered for \"President John Smith.\"", """
            The the DT O 2 det
            crowd crowd NN O 3 nsubj
            cheered cheer VBD O 0 root
            for for IN O 8 case
            " " `` O 8 punct
            President President NNP TITLE 8 compound
            John John NNP PERSON 8 compound
            Smith Smith NNP PERSON 3 obl
            . . . O 3 punct
            " " '' O 3 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).isEmpty();
  }

  @Test
  void aBidForTheWhiteHouseIsForPresident() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("John Smith ended his bid for the White House on Saturday.", """
        John John NNP PERSON 2 compound
        Smith Smith NNP PERSON 3 nsubj
        ended end VBD O 0 root
        his he PRP$ O 5 nmod:poss
        bid bid NN O 3 obj
        for for IN O 9 case
        the the DT O 9 det
        White White NNP ORGANIZATION 9 compound
        House House NNP ORGANIZATION 5 nmod
        on on IN O 11 case
        Saturday Saturday NNP DATE 3 obl
        . . . O 3 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("President");
      assertThat(f.status()).contains("withdrawn");
    });
  }

  @Test
  void contendersForTheWhiteHouseRunForPresident() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "John Smith and Ann Lee are among the youngest contenders for the White House.", """
        John John NNP PERSON 2 compound
        Smith Smith NNP PERSON 10 nsubj
        and and CC O 5 cc
        Ann Ann NNP PERSON 5 compound
        Lee Lee NNP PERSON 2 conj
        are be VBP O 10 cop
        among among IN O 10 case
        the the DT O 10 det
        youngest young JJS O 10 amod
        contenders contender NNS O 0 root
        for for IN O 14 case
        the the DT O 14 det
        White White NNP ORGANIZATION 14 compound
        House House NNP ORGANIZATION 10 nmod
        . . . O 10 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).hasSize(2)
        .allSatisfy(f -> assertThat(f.role()).contains("President"));
  }
}
