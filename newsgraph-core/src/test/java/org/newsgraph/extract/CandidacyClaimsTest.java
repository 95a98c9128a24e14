package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * How far an article commits to a candidacy or a result: weighed evidence, conditions and modals
 * over a second verb, potential candidates, joined subjects, reelection (issue 7). Sentences parsed
 * as CoreNLP parses them ({@code tools/ParseDump.java}).
 */
class CandidacyClaimsTest {

  private static final String DATE = "2019-10-29";

  @Test
  void noIndicationOfABidStatesNoCandidacy() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Cruz has given no indication that he might be pondering a Senate bid.", """
            Cruz Cruz NNP PERSON 3 nsubj
            has have VBZ O 3 aux
            given give VBN O 0 root
            no no DT O 5 det
            indication indication NN O 3 obj
            that that IN O 10 mark
            he he PRP O 10 nsubj
            might might MD O 10 aux
            be be VB O 10 aux
            pondering ponder VBG O 5 ccomp
            a a DT O 13 det
            Senate Senate NNP ORGANIZATION 13 compound
            bid bid NN O 10 obj
            . . . O 3 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).isEmpty();
  }

  @Test
  void aConditionOverTheFirstOfTwoVerbsHoldsForTheSecond() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "If Jones wants to go and run for the Senate, he should.", """
            If if IN O 3 mark
            Jones Jones NNP PERSON 3 nsubj
            wants want VBZ O 13 advcl
            to to TO O 5 mark
            go go VB O 3 xcomp
            and and CC O 7 cc
            run run VB O 5 conj
            for for IN O 10 case
            the the DT O 10 det
            Senate Senate NNP ORGANIZATION 7 obl
            , , , O 13 punct
            he he PRP O 13 nsubj
            should should MD O 0 root
            . . . O 13 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).isEmpty();
  }

  @Test
  void aPotentialContenderIsConsidering() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Sen. Kamala Harris, a potential 2020 presidential contender, spoke.", """
            Sen. Sen. NNP O 3 compound
            Kamala Kamala NNP PERSON 3 compound
            Harris Harris NNP PERSON 11 nsubj
            , , , O 3 punct
            a a DT O 9 det
            potential potential JJ O 9 amod
            2020 2020 CD DATE 9 nummod
            presidential presidential JJ O 9 amod
            contender contender NN O 3 appos
            , , , O 3 punct
            spoke speak VBD O 0 root
            . . . O 11 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("President");
      assertThat(f.status()).contains("considering");
    });
  }

  @Test
  void everyJoinedSubjectIsACandidate() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Smith and Jones are running for the Senate.", """
            Smith Smith NNP PERSON 5 nsubj
            and and CC O 3 cc
            Jones Jones NNP PERSON 1 conj
            are be VBP O 5 aux
            running run VBG O 0 root
            for for IN O 8 case
            the the DT O 8 det
            Senate Senate NNP ORGANIZATION 5 obl
            . . . O 5 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).extracting(f -> PatternFactExtractorTest.name(a, f.subject()))
        .containsExactlyInAnyOrder("Smith", "Jones");
  }

  @Test
  void reelectionIsForTheOfficeTheCandidateHolds() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sen. Jeff Flake said he would not run for reelection.", """
            Sen. Sen. NNP O 3 compound
            Jeff Jeff NNP PERSON 3 compound
            Flake Flake NNP PERSON 4 nsubj
            said say VBD O 0 root
            he he PRP O 8 nsubj
            would would MD O 8 aux
            not not RB O 8 advmod
            run run VB O 4 ccomp
            for for IN O 10 case
            reelection reelection NN O 8 obl
            . . . O 4 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement().satisfies(f -> {
      assertThat(PatternFactExtractorTest.name(a, f.subject())).isEqualTo("Jeff Flake");
      assertThat(f.role()).contains("U.S. Senator");
      assertThat(f.status()).contains("declined");
    });
  }

  @Test
  void aSecondVerbSharesTheFirstsModal() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sanders would have won Michigan and defeated Trump in 2016.", """
            Sanders Sanders NNP PERSON 4 nsubj
            would would MD O 4 aux
            have have VB O 4 aux
            won win VBN O 0 root
            Michigan Michigan NNP STATE_OR_PROVINCE 4 obj
            and and CC O 7 cc
            defeated defeat VBD O 4 conj
            Trump Trump NNP PERSON 7 obj
            in in IN O 10 case
            2016 2016 CD DATE 7 obl
            . . . O 4 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ELECTION_RESULT)).isEmpty();
  }

  @Test
  void aCampaignLaunchedThisYearStillRuns() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Harris launched her presidential campaign in January.", """
            Harris Harris NNP PERSON 2 nsubj
            launched launch VBD O 0 root
            her she PRP$ O 5 nmod:poss
            presidential presidential JJ O 5 amod
            campaign campaign NN O 2 obj
            in in IN O 7 case
            January January NNP DATE 2 obl
            . . . O 2 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("President");
      assertThat(f.status()).contains("current");
    });
  }

  @Test
  void joiningAnothersCampaignIsNoCandidacy() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Manafort joined Trump's presidential campaign.", """
            Manafort Manafort NNP PERSON 2 nsubj
            joined join VBD O 0 root
            Trump Trump NNP PERSON 6 nmod:poss
            's 's POS O 3 case
            presidential presidential JJ O 6 amod
            campaign campaign NN O 2 obj
            . . . O 2 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).isEmpty();
  }
  @Test
  void aNomineeOfAnEarlierYearsRaceIsAFormerCandidate() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Mitt Romney, the 2012 Republican presidential nominee, tweeted.", """
            Mitt Mitt NNP PERSON 2 compound
            Romney Romney NNP PERSON 10 nsubj
            , , , O 2 punct
            the the DT O 8 det
            2012 2012 CD DATE 8 nummod
            Republican Republican JJ IDEOLOGY 8 amod
            presidential presidential JJ O 8 amod
            nominee nominee NN O 2 appos
            , , , O 2 punct
            tweeted tweet VBN O 0 root
            . . . O 10 punct
            """).sentence("Tom Steyer, the 2020 Democratic presidential candidate, tweeted.", """
            Tom Tom NNP PERSON 2 compound
            Steyer Steyer NNP PERSON 10 nsubj
            , , , O 2 punct
            the the DT O 8 det
            2020 2020 CD DATE 8 nummod
            Democratic democratic JJ IDEOLOGY 8 amod
            presidential presidential JJ O 8 amod
            candidate candidate NN TITLE 2 appos
            , , , O 2 punct
            tweeted tweet VBN O 0 root
            . . . O 10 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).extracting(f -> f.evidence().text(), f -> f.status().orElse(""))
        .containsExactly(tuple("Mitt Romney, the 2012 Republican presidential nominee", "former"),
            tuple("Tom Steyer, the 2020 Democratic presidential candidate", "current"));
  }

  @Test
  void aBidOwnedByAPronounThatCannotBeTheSubjectIsNotTheirs() {
    // the parser makes "John Smith" an apposition of "the former CEO" whose relative clause tells her bid
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("Mr. John Smith spoke.", """
            Mr. Mr. NNP O 3 compound
            John John NNP PERSON 3 compound
            Smith Smith NNP PERSON 4 nsubj
            spoke speak VBD O 0 root
            . . . O 4 punct
            """)
        .sentence("In picking Ann Lee, the former CEO who ended her own presidential bid, John Smith has a running mate.", """
            In in IN O 4 case
            picking pick VBG O 4 amod
            Ann Ann NNP PERSON 4 compound
            Lee Lee NNP PERSON 18 obl
            , , , O 18 punct
            the the DT O 8 det
            former former JJ O 8 amod
            CEO ceo NN TITLE 18 nsubj
            who who WP O 10 nsubj
            ended end VBD O 8 acl:relcl
            her she PRP$ O 14 nmod:poss
            own own JJ O 14 amod
            presidential presidential JJ O 14 amod
            bid bid NN O 10 obj
            , , , O 8 punct
            John John NNP PERSON 17 compound
            Smith Smith NNP PERSON 8 appos
            has have VBZ O 0 root
            a a DT O 21 det
            running running NN O 21 compound
            mate mate NN O 18 obj
            . . . O 18 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY))
        .noneSatisfy(f -> assertThat(PatternFactExtractorTest.name(a, f.subject())).isEqualTo("John Smith"));
  }

  @Test
  void aDemandedResignationIsNone() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Ann Lee demands John Smith resign.", """
        Ann Ann NNP PERSON 2 compound
        Lee Lee NNP PERSON 3 nsubj
        demands demand VBZ O 0 root
        John John NNP PERSON 5 compound
        Smith Smith NNP PERSON 6 nsubj
        resign resign VB O 3 ccomp
        . . . O 3 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.RESIGNATION)).isEmpty();
  }

  @Test
  void gettingSomeoneToResignIsNoResignation() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("It is harder than getting John Smith to resign.", """
        It it PRP O 3 nsubj
        is be VBZ O 3 cop
        harder hard JJR O 0 root
        than than IN O 3 dep
        getting get VBG O 4 acl
        John John NNP PERSON 7 compound
        Smith Smith NNP PERSON 5 obj
        to to TO O 9 mark
        resign resign VB O 5 xcomp
        . . . O 3 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.RESIGNATION)).isEmpty();
  }

  @Test
  void aReluctanceToEndorseIsNoEndorsement() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("John Smith was reluctant to endorse Ann Lee.", """
        John John NNP PERSON 2 compound
        Smith Smith NNP PERSON 4 nsubj
        was be VBD O 4 cop
        reluctant reluctant JJ O 0 root
        to to TO O 6 mark
        endorse endorse VB O 4 xcomp
        Ann Ann NNP PERSON 8 compound
        Lee Lee NNP PERSON 6 obj
        . . . O 4 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ENDORSEMENT)).isEmpty();
  }
}
