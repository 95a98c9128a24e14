package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.name;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/** Facts that relate two people or carry a value: endorsements, resignations, results, ages, funds (issue 7). */
class RelationFactsTest {

  private static final String DATE = "2019-10-29";

  private static final String ENDORSED = """
      Brooks _ NNP PERSON 3 nsubj
      has have VBZ O 3 aux
      endorsed endorse VBN O 0 root
      Arnold _ NNP PERSON 5 compound
      Mooney _ NNP PERSON 3 obj
      in _ IN O 9 case
      the _ DT O 9 det
      primary _ JJ O 9 amod
      race _ NN O 3 obl
      . . . O 3 punct
      """;

  @Test
  void endorsementInARaceAlsoMakesTheEndorsedACandidate() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("Brooks is running for the Senate.", """
            Brooks _ NNP PERSON 3 nsubj
            is be VBZ O 3 aux
            running run VBG O 0 root
            for _ IN O 6 case
            the _ DT O 6 det
            Senate _ NNP ORGANIZATION 3 obl
            . . . O 3 punct
            """)
        .sentence("Brooks has endorsed Arnold Mooney in the primary race.", ENDORSED).build();
    List<Fact> facts = facts(a);
    assertThat(ofType(facts, FactType.ENDORSEMENT)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("Brooks");
      assertThat(name(a, f.object())).isEqualTo("Arnold Mooney");
    });
    assertThat(ofType(facts, FactType.CANDIDACY)).extracting(f -> name(a, f.subject()))
        .contains("Arnold Mooney");
  }

  @Test
  void negatedOrPossibleEndorsementIsNoFact() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Brooks did not endorse Mooney.", """
        Brooks _ NNP PERSON 4 nsubj
        did do VBD O 4 aux
        not _ RB O 4 advmod
        endorse _ VB O 0 root
        Mooney _ NNP PERSON 4 obj
        . . . O 4 punct
        """).sentence("Brooks might endorse Mooney.", """
        Brooks _ NNP PERSON 3 nsubj
        might might MD O 3 aux
        endorse _ VB O 0 root
        Mooney _ NNP PERSON 3 obj
        . . . O 3 punct
        """).build();
    assertThat(facts(a)).isEmpty();
  }

  @Test
  void wishingSomeoneHadNeverEndorsedPresupposesTheEndorsement() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Trump wished Sessions had never endorsed him.", """
        Trump _ NNP PERSON 2 nsubj
        wished wish VBD O 0 root
        Sessions _ NNP PERSON 6 nsubj
        had have VBD O 6 aux
        never _ RB O 6 advmod
        endorsed endorse VBN O 2 ccomp
        him he PRP O 6 obj
        . . . O 2 punct
        """).build();
    assertThat(ofType(facts(a), FactType.ENDORSEMENT)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("Sessions");
      assertThat(name(a, f.object())).isEqualTo("Trump");
    });
  }

  @Test
  void quotedFactKeepsItsEvidenceInTheQuoteAndLosesConfidence() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("“Brooks endorsed Mooney,” Byrne said.", """
        “ _ `` O 3 punct
        Brooks _ NNP PERSON 3 nsubj
        endorsed endorse VBD O 8 ccomp
        Mooney _ NNP PERSON 3 obj
        , _ , O 3 punct
        ” _ '' O 3 punct
        Byrne _ NNP PERSON 8 nsubj
        said say VBD O 0 root
        . . . O 8 punct
        """).build();
    Fact f = ofType(facts(a), FactType.ENDORSEMENT).get(0);
    assertThat(f.evidence().text()).isEqualTo("Brooks endorsed Mooney");
    assertThat(f.confidence()).isLessThan(0.7);
  }

  @Test
  void resignationHasItsRoleAndMonth() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sessions resigned as attorney general last November.", """
        Sessions _ NNP PERSON 2 nsubj
        resigned resign VBD O 0 root
        as _ IN O 5 case
        attorney _ NN TITLE 5 compound
        general _ NN TITLE 2 obl
        last _ JJ DATE 7 amod
        November _ NNP DATE 2 obl:tmod
        . . . O 2 punct
        """).time("last November", "2018-11").build();
    assertThat(ofType(facts(a), FactType.RESIGNATION)).singleElement().satisfies(f -> {
      assertThat(f.role()).contains("Attorney General");
      assertThat(f.start()).contains("2018-11");
    });
  }

  @Test
  void wantedOrDeniedResignationIsNoFact() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Democrats want Sessions to resign.", """
        Democrats Democrat NNPS ORGANIZATION 2 nsubj
        want _ VBP O 0 root
        Sessions _ NNP PERSON 2 obj
        to _ TO O 5 mark
        resign _ VB O 2 xcomp
        . . . O 2 punct
        """).sentence("Moore denied that he had resigned.", """
        Moore _ NNP PERSON 2 nsubj
        denied deny VBD O 0 root
        that _ IN O 6 mark
        he he PRP O 6 nsubj
        had have VBD O 6 aux
        resigned resign VBN O 2 ccomp
        . . . O 2 punct
        """).sentence("Moore has denied wrongdoing.", """
        Moore _ NNP PERSON 3 nsubj
        has have VBZ O 3 aux
        denied deny VBN O 0 root
        wrongdoing _ NN O 3 obj
        . . . O 3 punct
        """).build();
    assertThat(facts(a)).isEmpty();
  }

  @Test
  void replacedWithNamesTheSuccessor() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Trump replaced Sessions with William Barr.", """
        Trump _ NNP PERSON 2 nsubj
        replaced replace VBD O 0 root
        Sessions _ NNP PERSON 2 obj
        with _ IN O 6 case
        William _ NNP PERSON 6 compound
        Barr _ NNP PERSON 2 obl
        . . . O 2 punct
        """).build();
    assertThat(ofType(facts(a), FactType.SUCCESSION)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("William Barr");
      assertThat(name(a, f.object())).isEqualTo("Sessions");
    });
  }

  @Test
  void upsetInAYearIsAnElectionResult() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("In 2017, Jones upset the Republican nominee, Moore.", """
        In _ IN O 2 case
        2017 _ CD DATE 5 obl
        , _ , O 5 punct
        Jones _ NNP PERSON 5 nsubj
        upset _ VBD O 0 root
        the _ DT O 8 det
        Republican _ JJ ORGANIZATION 8 amod
        nominee _ NN O 5 obj
        , _ , O 8 punct
        Moore _ NNP PERSON 8 appos
        . . . O 5 punct
        """).time("2017", "2017").build();
    assertThat(ofType(facts(a), FactType.ELECTION_RESULT)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("Jones");
      assertThat(name(a, f.object())).isEqualTo("Moore");
      assertThat(f.start()).contains("2017");
    });
  }

  @Test
  void ageBetweenCommasButNoCandidacyFromWould() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sessions, 72, would be a formidable candidate.", """
        Sessions _ NNP PERSON 9 nsubj
        , _ , O 1 punct
        72 _ CD NUMBER 1 amod
        , _ , O 1 punct
        would _ MD O 9 aux
        be _ VB O 9 cop
        a _ DT O 9 det
        formidable _ JJ O 9 amod
        candidate _ NN TITLE 0 root
        . . . O 9 punct
        """).build();
    List<Fact> facts = facts(a);
    assertThat(facts).singleElement().satisfies(f -> {
      assertThat(f.type()).isEqualTo(FactType.AGE);
      assertThat(f.value()).contains("72");
    });
  }

  @Test
  void appositiveRoleToAPersonIsAnAffiliation() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Rick Dearborn, a former chief of staff to Jeff Sessions, did not respond.", """
            Rick _ NNP PERSON 2 compound
            Dearborn _ NNP PERSON 15 nsubj
            , _ , O 2 punct
            a _ DT O 6 det
            former _ JJ O 6 amod
            chief _ NN TITLE 2 appos
            of _ IN TITLE 8 case
            staff _ NN TITLE 6 nmod
            to _ IN O 11 case
            Jeff _ NNP PERSON 11 compound
            Sessions _ NNP PERSON 6 nmod
            , _ , O 2 punct
            did do VBD O 15 aux
            not _ RB O 15 advmod
            respond _ VB O 0 root
            . . . O 15 punct
            """).build();
    assertThat(ofType(facts(a), FactType.AFFILIATION)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("Rick Dearborn");
      assertThat(name(a, f.object())).isEqualTo("Jeff Sessions");
      assertThat(f.role()).contains("Chief of Staff");
      assertThat(f.status()).contains("former");
    });
  }

  @Test
  void appositiveRoleStillCountsWhenTheResolverMakesTheDescriptionAMention() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
        "Maria Ortega, a former spokeswoman for Gov. Dan Fuller, declined to comment.", """
            Maria _ NNP PERSON 2 compound
            Ortega _ NNP PERSON 12 nsubj
            , _ , O 2 punct
            a _ DT O 6 det
            former _ JJ O 6 amod
            spokeswoman _ NN TITLE 2 appos
            for _ IN O 10 case
            Gov. _ NNP TITLE 10 compound
            Dan _ NNP PERSON 10 compound
            Fuller _ NNP PERSON 6 nmod
            , _ , O 2 punct
            declined decline VBD O 0 root
            to _ TO O 14 mark
            comment _ VB O 12 xcomp
            . . . O 12 punct
            """).buildAsPipeline();
    assertThat(a.mentions()).anySatisfy(m -> assertThat(m.span().text()).startsWith("a former spokeswoman"));
    assertThat(ofType(facts(a), FactType.AFFILIATION)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("Maria Ortega");
      assertThat(name(a, f.object())).isEqualTo("Dan Fuller");
      assertThat(f.role()).contains("Spokesperson");
      assertThat(f.status()).contains("former");
    });
  }

  @Test
  void campaignMoneyOnHandIsFunds() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sessions still has $2.5 million in his campaign coffers.", """
        Sessions _ NNP PERSON 3 nsubj
        still _ RB O 3 advmod
        has have VBZ O 0 root
        $ _ $ MONEY 3 obj
        2.5 _ CD MONEY 6 compound
        million _ CD MONEY 4 nummod
        in _ IN O 10 case
        his he PRP$ O 10 nmod:poss
        campaign _ NN O 10 compound
        coffers coffer NNS O 4 nmod
        . . . O 3 punct
        """).build();
    assertThat(ofType(facts(a), FactType.FUNDS)).singleElement().satisfies(f -> {
      assertThat(name(a, f.subject())).isEqualTo("Sessions");
      assertThat(f.value()).contains("$2.5 million");
    });
  }

  @Test
  void deadlineWithoutYearLiesAheadOfTheArticle() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Candidates have until Nov. 8 to qualify for the ballot.", """
        Candidates candidate NNS O 7 nsubj
        have _ VBP O 7 aux
        until _ IN O 4 case
        Nov. _ NNP DATE 7 obl
        8 _ CD DATE 4 nummod
        to _ TO O 7 mark
        qualify _ VB O 0 root
        for _ IN O 10 case
        the _ DT O 10 det
        ballot _ NN O 7 obl
        . . . O 7 punct
        """).time("Nov. 8", "2018-11-08").build();
    assertThat(ofType(facts(a), FactType.DEADLINE)).singleElement().satisfies(f -> {
      assertThat(f.value()).contains("qualify for the ballot");
      assertThat(f.start()).contains("2019-11-08");
      assertThat(f.evidence().text()).isEqualTo("Candidates have until Nov. 8 to qualify for the ballot");
    });
  }

  @Test
  void aRelativeThatOfACommonNounIsNoPerson() {
    // the resolver makes "executive director of Acme Nurses, a union" a description of Ann Lee
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("John Smith won.", """
            John John NNP PERSON 2 compound
            Smith Smith NNP PERSON 3 nsubj
            won win VBD O 0 root
            . . . O 3 punct
            """)
        .sentence("Some support came from Ann Lee, executive director of Acme Nurses, a union that has endorsed Smith.", """
            Some some DT O 2 det
            support support NN O 3 nsubj
            came come VBD O 0 root
            from from IN O 6 case
            Ann Ann NNP PERSON 6 compound
            Lee Lee NNP PERSON 3 obl
            , , , O 6 punct
            executive executive JJ TITLE 9 amod
            director director NN TITLE 6 appos
            of of IN O 12 case
            Acme Acme NNP ORGANIZATION 12 compound
            Nurses Nurses NNPS ORGANIZATION 9 nmod
            , , , O 12 punct
            a a DT O 15 det
            union union NN O 12 appos
            that that WDT O 18 nsubj
            has have VBZ O 18 aux
            endorsed endorse VBN O 15 acl:relcl
            Smith Smith NNP PERSON 18 obj
            . . . O 3 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ENDORSEMENT)).noneSatisfy(f -> assertThat(name(a, f.subject())).isEqualTo("Ann Lee"));
  }

  @Test
  void aPlaceEndorsesNobody() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Ohio governor endorses John Smith.", """
        Ohio Ohio NNP STATE_OR_PROVINCE 2 compound
        governor governor NN TITLE 3 nsubj
        endorses endorse VBZ O 0 root
        John John NNP PERSON 5 compound
        Smith Smith NNP PERSON 3 obj
        . . . O 3 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.ENDORSEMENT)).isEmpty();
  }
}
