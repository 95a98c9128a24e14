package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.ResolvedArticle;

/** Fact rules on sentences written for them, parsed by hand (no CoreNLP); issue 7. */
class PatternFactExtractorTest {

  private static final String DATE = "2019-10-29";

  /** The facts found in an article, every evidence span checked against the text. */
  static List<Fact> facts(ResolvedArticle article) {
    List<Fact> facts = new PatternFactExtractor().extract(article, List.of());
    for (Fact f : facts) {
      assertThat(article.text().substring(f.evidence().start(), f.evidence().end())).isEqualTo(f.evidence().text());
      assertThat(f.asOf()).contains(DATE);
    }
    return facts;
  }

  static List<Fact> ofType(List<Fact> facts, FactType type) {
    return facts.stream().filter(f -> f.type() == type).toList();
  }

  static String name(ResolvedArticle a, Optional<String> id) {
    return id.flatMap(i -> a.entities().stream().filter(e -> e.id().equals(i)).findFirst()).map(Entity::name)
        .orElse("(none)");
  }

  @Nested
  class Office {
    @Test
    void preNameTitleGivesAFormerOffice() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Former Attorney General Jeff Sessions spoke.", """
          Former former JJ O 3 amod
          Attorney _ NNP TITLE 3 compound
          General _ NNP TITLE 5 compound
          Jeff _ NNP PERSON 5 compound
          Sessions _ NNP PERSON 6 nsubj
          spoke speak VBD O 0 root
          . . . O 6 punct
          """).build();
      List<Fact> office = ofType(facts(a), FactType.OFFICE);
      assertThat(office).hasSize(1);
      assertThat(name(a, office.get(0).subject())).isEqualTo("Jeff Sessions");
      assertThat(office.get(0).role()).contains("Attorney General");
      assertThat(office.get(0).status()).contains("former");
      assertThat(office.get(0).evidence().text()).isEqualTo("Former Attorney General Jeff Sessions");
    }

    @Test
    void aTitleInAPastClauseDatedInTheArticlesWeekIsCurrentAndOtherwiseLeftOpen() {
      String recent = """
          Gov. Gov. NNP TITLE 3 compound
          Jane Jane NNP PERSON 3 compound
          Doe Doe NNP PERSON 4 nsubj
          spoke speak VBD O 0 root
          on on IN O 6 case
          Monday Monday NNP DATE 4 obl
          . . . O 4 punct
          """;
      ResolvedArticle monday = ParsedArticle.dated(DATE).sentence("Gov. Jane Doe spoke on Monday.", recent)
          .time("Monday", "2019-10-28").build();
      assertThat(ofType(facts(monday), FactType.OFFICE)).singleElement()
          .satisfies(f -> assertThat(f.status()).contains("current"));
      ResolvedArticle longAgo = ParsedArticle.dated(DATE).sentence("Gov. Jane Doe spoke in 1974.", """
          Gov. Gov. NNP TITLE 3 compound
          Jane Jane NNP PERSON 3 compound
          Doe Doe NNP PERSON 4 nsubj
          spoke speak VBD O 0 root
          in in IN O 6 case
          1974 1974 CD DATE 4 obl
          . . . O 4 punct
          """).time("1974", "1974").build();
      assertThat(ofType(facts(longAgo), FactType.OFFICE)).singleElement()
          .satisfies(f -> assertThat(f.status()).isEmpty());
    }

    @Test
    void anIncomingOrUnconfirmedTitleIsNoOfficeHeldNow() {
      ResolvedArticle a = ParsedArticle.dated(DATE)
          .sentence("Ann Lee, the incoming ambassador, has served in several consulates.", """
              Ann Ann NNP PERSON 2 compound
              Lee Lee NNP PERSON 9 nsubj
              , , , O 2 punct
              the the DT O 6 det
              incoming incoming JJ O 6 amod
              ambassador ambassador NN TITLE 2 appos
              , , , O 2 punct
              has have VBZ O 9 aux
              served serve VBN O 0 root
              in in IN O 12 case
              several several JJ O 12 amod
              consulates consulate NNS O 9 obl
              . . . O 9 punct
              """)
          .sentence("Bo Chan, the ambassador, pending confirmation, has served in several consulates.", """
              Bo Bo NNP PERSON 2 compound
              Chan Chan NNP PERSON 11 nsubj
              , , , O 2 punct
              the the DT O 5 det
              ambassador ambassador NN TITLE 2 appos
              , , , O 2 punct
              pending pend VBG O 8 amod
              confirmation confirmation NN O 2 appos
              , , , O 2 punct
              has have VBZ O 11 aux
              served serve VBN O 0 root
              in in IN O 14 case
              several several JJ O 14 amod
              consulates consulate NNS O 11 obl
              . . . O 11 punct
              """)
          .sentence("Cy Diaz, the ambassador, has served in several consulates.", """
              Cy Cy NNP PERSON 2 compound
              Diaz Diaz NNP PERSON 8 nsubj
              , , , O 2 punct
              the the DT O 5 det
              ambassador ambassador NN TITLE 2 appos
              , , , O 2 punct
              has have VBZ O 8 aux
              served serve VBN O 0 root
              in in IN O 11 case
              several several JJ O 11 amod
              consulates consulate NNS O 8 obl
              . . . O 8 punct
              """)
          .sentence("Presumptive Republican presidential nominee Sen. Di Ross spoke.", """
              Presumptive presumptive JJ O 4 amod
              Republican Republican JJ IDEOLOGY 4 amod
              presidential presidential JJ O 4 amod
              nominee nominee NN O 7 compound
              Sen. Sen. NNP O 7 compound
              Di Di NNP PERSON 7 compound
              Ross Ross NNP PERSON 8 nsubj
              spoke speak VBD O 0 root
              . . . O 8 punct
              """).build();
      // the nominee is a senator now: "presumptive" qualifies the candidacy, not the office
      assertThat(ofType(facts(a), FactType.OFFICE)).extracting(f -> name(a, f.subject()), f -> f.role().orElse(""))
          .containsExactly(tuple("Cy Diaz", "Ambassador"), tuple("Di Ross", "U.S. Senator"));
    }

    @Test
    void aLawmakerOfAnotherCountryIsNoMemberOfCongress() {
      ResolvedArticle a = ParsedArticle.dated(DATE)
          .sentence("Jo Beck, a lawmaker from Germany's Green Party, spoke.", """
              Jo Jo NNP PERSON 2 compound
              Beck Beck NNP PERSON 12 nsubj
              , , , O 2 punct
              a a DT O 5 det
              lawmaker lawmaker NN TITLE 2 appos
              from from IN O 10 case
              Germany Germany NNP COUNTRY 10 nmod:poss
              's 's POS O 7 case
              Green Green NNP ORGANIZATION 10 compound
              Party Party NNP ORGANIZATION 5 nmod
              , , , O 2 punct
              spoke speak VBD O 0 root
              . . . O 12 punct
              """)
          .sentence("German lawmaker Sam Ho spoke.", """
              German German JJ NATIONALITY 2 amod
              lawmaker lawmaker NN TITLE 4 compound
              Sam Sam NNP PERSON 4 compound
              Ho Ho NNP PERSON 5 nsubj
              spoke speak VBD O 0 root
              . . . O 5 punct
              """)
          .sentence("Indian American Rep. Ro Khanna spoke.", """
              Indian Indian JJ NATIONALITY 3 amod
              American American NNP NATIONALITY 3 compound
              Rep. Rep. NNP TITLE 5 compound
              Ro Ro NNP PERSON 5 compound
              Khanna Khanna NNP PERSON 6 nsubj
              spoke speak VBD O 0 root
              . . . O 6 punct
              """)
          .sentence("Iran hawk Sen. Tom Cotton spoke.", """
              Iran Iran NNP COUNTRY 2 compound
              hawk hawk NN O 3 compound
              Sen. Sen. NNP O 5 compound
              Tom Tom NNP PERSON 5 compound
              Cotton Cotton NNP PERSON 6 nsubj
              spoke speak VBD O 0 root
              . . . O 6 punct
              """).build();
      assertThat(ofType(facts(a), FactType.OFFICE)).extracting(f -> name(a, f.subject()), f -> f.role().orElse(""))
          .containsExactly(tuple("Ro Khanna", "U.S. Representative"), tuple("Tom Cotton", "U.S. Senator"));
    }

    @Test
    void servedFromToGivesStartAndEnd() {
      ResolvedArticle a = ParsedArticle.dated(DATE)
          .sentence("Jeff Sessions served in the Senate from 1997 to 2017.", """
              Jeff _ NNP PERSON 2 compound
              Sessions _ NNP PERSON 3 nsubj
              served serve VBD O 0 root
              in _ IN O 6 case
              the _ DT O 6 det
              Senate _ NNP ORGANIZATION 3 obl
              from _ IN O 8 case
              1997 _ CD DATE 3 obl
              to _ IN O 10 case
              2017 _ CD DATE 3 obl
              . . . O 3 punct
              """).time("1997", "1997").time("2017", "2017").build();
      Fact f = ofType(facts(a), FactType.OFFICE).get(0);
      assertThat(f.role()).contains("U.S. Senator");
      assertThat(f.start()).contains("1997");
      assertThat(f.end()).contains("2017");
      assertThat(f.status()).contains("former");
    }

    @Test
    void partyStateTagGivesPartyAndQualifiesTheOffice() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Rep. Mo Brooks (R-Ala.) spoke.", """
          Rep. _ NNP TITLE 3 compound
          Mo _ NNP PERSON 3 compound
          Brooks _ NNP PERSON 9 nsubj
          ( _ -LRB- O 7 punct
          R _ NNP O 7 compound
          - _ HYPH O 7 punct
          Ala. _ NNP STATE_OR_PROVINCE 3 appos
          ) _ -RRB- O 7 punct
          spoke speak VBD O 0 root
          . . . O 9 punct
          """).build();
      List<Fact> facts = facts(a);
      assertThat(ofType(facts, FactType.PARTY)).singleElement().satisfies(f -> {
        assertThat(f.value()).contains("Republican");
        assertThat(name(a, f.subject())).isEqualTo("Mo Brooks");
      });
      assertThat(ofType(facts, FactType.OFFICE)).singleElement()
          .satisfies(f -> assertThat(f.role()).contains("U.S. Representative, Alabama"));
    }
  }

  @Nested
  class Party {
    @Test
    void commaTagAfterTheName() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sen. Bob Corker, R-Tenn., said so.", """
          Sen. _ NNP TITLE 3 compound
          Bob _ NNP PERSON 3 compound
          Corker _ NNP PERSON 9 nsubj
          , _ , O 3 punct
          R _ NNP O 7 compound
          - _ HYPH O 7 punct
          Tenn. _ NNP STATE_OR_PROVINCE 3 appos
          , _ , O 3 punct
          said say VBD O 0 root
          so _ RB O 9 advmod
          . . . O 9 punct
          """).build();
      List<Fact> facts = facts(a);
      assertThat(ofType(facts, FactType.PARTY)).singleElement()
          .satisfies(f -> assertThat(f.value()).contains("Republican"));
      assertThat(ofType(facts, FactType.OFFICE)).singleElement().satisfies(f -> {
        assertThat(f.role()).contains("U.S. Senator, Tennessee");
        assertThat(f.status()).as("a title in a simple-past clause leaves the status open").isEmpty();
      });
    }

    @Test
    void partyWordInsideAnOrganisationNameIsNoParty() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
          "Raj Shah, research director of the Republican National Committee, spoke.", """
              Raj _ NNP PERSON 2 compound
              Shah _ NNP PERSON 12 nsubj
              , _ , O 2 punct
              research _ NN O 5 compound
              director _ NN TITLE 2 appos
              of _ IN O 10 case
              the _ DT O 10 det
              Republican _ NNP ORGANIZATION 10 compound
              National _ NNP ORGANIZATION 10 compound
              Committee _ NNP ORGANIZATION 5 nmod
              , _ , O 2 punct
              spoke speak VBD O 0 root
              . . . O 12 punct
              """).build();
      List<Fact> facts = facts(a);
      assertThat(ofType(facts, FactType.PARTY)).isEmpty();
      assertThat(ofType(facts, FactType.AFFILIATION)).singleElement().satisfies(f -> {
        assertThat(name(a, f.object())).isEqualTo("Republican National Committee");
        assertThat(f.role()).contains("Director");
      });
    }
  }

  @Nested
  class Candidacy {
    @Test
    void reportedConsideringIsACandidacyUnderConsideration() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
          "Politico reported on Monday that Sessions was considering a bid for his old Senate seat.", """
              Politico _ NNP ORGANIZATION 2 nsubj
              reported report VBD O 0 root
              on _ IN O 4 case
              Monday _ NNP DATE 2 obl
              that _ IN O 8 mark
              Sessions _ NNP PERSON 8 nsubj
              was be VBD O 8 aux
              considering consider VBG O 2 ccomp
              a _ DT O 10 det
              bid _ NN O 8 obj
              for _ IN O 15 case
              his he PRP$ O 15 nmod:poss
              old _ JJ O 15 amod
              Senate _ NNP ORGANIZATION 15 compound
              seat _ NN O 10 nmod
              . . . O 2 punct
              """).build();
      Fact f = ofType(facts(a), FactType.CANDIDACY).get(0);
      assertThat(name(a, f.subject())).isEqualTo("Sessions");
      assertThat(f.role()).contains("U.S. Senator");
      assertThat(f.status()).contains("considering");
      assertThat(f.confidence()).isLessThan(0.8);
    }

    @Test
    void listAfterAGroupInARaceMakesEachMemberACandidate() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
          "The other Republicans in the Senate race are Tommy Tuberville and John Merrill.", """
              The the DT O 3 det
              other _ JJ O 3 amod
              Republicans Republican NNPS O 10 nsubj
              in _ IN O 7 case
              the _ DT O 7 det
              Senate _ NNP ORGANIZATION 7 compound
              race _ NN O 3 nmod
              are be VBP O 10 cop
              Tommy _ NNP PERSON 10 compound
              Tuberville _ NNP PERSON 0 root
              and _ CC O 13 cc
              John _ NNP PERSON 13 compound
              Merrill _ NNP PERSON 10 conj
              . . . O 10 punct
              """).build();
      List<Fact> facts = facts(a);
      assertThat(ofType(facts, FactType.CANDIDACY)).extracting(f -> name(a, f.subject()))
          .containsExactlyInAnyOrder("Tommy Tuberville", "John Merrill");
      assertThat(ofType(facts, FactType.CANDIDACY)).allSatisfy(f -> assertThat(f.role()).contains("U.S. Senator"));
      assertThat(ofType(facts, FactType.PARTY)).hasSize(2)
          .allSatisfy(f -> assertThat(f.value()).contains("Republican"));
    }

    @Test
    void wouldNotDropOutIsNoWithdrawal() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Byrne is running for the Senate.", """
              Byrne _ NNP PERSON 3 nsubj
              is be VBZ O 3 aux
              running run VBG O 0 root
              for _ IN O 6 case
              the _ DT O 6 det
              Senate _ NNP ORGANIZATION 3 obl
              . . . O 3 punct
              """).sentence("He insisted he would not drop out of the Senate race.", """
              He he PRP O 2 nsubj
              insisted insist VBD O 0 root
              he he PRP O 6 nsubj
              would will MD O 6 aux
              not _ RB O 6 advmod
              drop _ VB O 2 ccomp
              out _ IN O 11 case
              of _ IN O 11 case
              the _ DT O 11 det
              Senate _ NNP ORGANIZATION 11 compound
              race _ NN O 6 obl
              . . . O 2 punct
              """).build();
      assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement().satisfies(f -> {
        assertThat(name(a, f.subject())).isEqualTo("Byrne");
        assertThat(f.status()).contains("current");
      });
    }

    @Test
    void droppedOutIsAWithdrawal() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Byrne dropped out of the Senate race.", """
              Byrne _ NNP PERSON 2 nsubj
              dropped drop VBD O 0 root
              out _ RP O 2 compound:prt
              of _ IN O 7 case
              the _ DT O 7 det
              Senate _ NNP ORGANIZATION 7 compound
              race _ NN O 2 obl
              . . . O 2 punct
              """).build();
      assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement()
          .satisfies(f -> assertThat(f.status()).contains("withdrawn"));
    }

    @Test
    void temporalClauseIsPresupposedUnderAModal() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence(
          "Few would have called Obama an activist when he ran for the White House in 2008.", """
              Few _ JJ O 4 nsubj
              would _ MD O 4 aux
              have _ VB O 4 aux
              called call VBN O 0 root
              Obama _ NNP PERSON 4 obj
              an _ DT O 7 det
              activist _ NN O 4 xcomp
              when _ WRB O 10 advmod
              he _ PRP O 10 nsubj
              ran run VBD O 4 advcl
              for _ IN O 14 case
              the _ DT O 14 det
              White _ NNP ORGANIZATION 14 compound
              House _ NNP ORGANIZATION 10 obl
              in _ IN O 16 case
              2008 _ CD DATE 10 obl
              . . . O 4 punct
              """).time("2008", "2008").build();
      assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement().satisfies(f -> {
        assertThat(name(a, f.subject())).isEqualTo("Obama");
        assertThat(f.role()).contains("President");
        assertThat(f.status()).contains("former");
        assertThat(f.start()).contains("2008");
      });
    }

    @Test
    void willNotRunIsADeclinedCandidacy() {
      ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sessions will not run for the Senate.", """
              Sessions _ NNP PERSON 4 nsubj
              will _ MD O 4 aux
              not _ RB O 4 advmod
              run _ VB O 0 root
              for _ IN O 7 case
              the _ DT O 7 det
              Senate _ NNP ORGANIZATION 4 obl
              . . . O 4 punct
              """).build();
      assertThat(ofType(facts(a), FactType.CANDIDACY)).singleElement()
          .satisfies(f -> assertThat(f.status()).contains("declined"));
    }
  }
}
