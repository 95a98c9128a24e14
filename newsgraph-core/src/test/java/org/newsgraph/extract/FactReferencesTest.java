package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.newsgraph.extract.PatternFactExtractorTest.facts;
import static org.newsgraph.extract.PatternFactExtractorTest.ofType;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Whom a fact's pronoun or description may stand for when the resolver left it open: never a
 * person of the other gender, never the speaker of the quotation it stands in, never an officeholder
 * the article names only later. Sentences parsed as CoreNLP parses them ({@code tools/ParseDump.java}).
 */
class FactReferencesTest {

  private static final String DATE = "2019-10-29";

  private static final String SHE_SAID = """
      Ms. Ms. NNP O 2 compound
      Doe Doe NNP PERSON 3 nsubj
      said say VBD O 0 root
      she she PRP O 6 nsubj
      was be VBD O 6 cop
      tired tired JJ O 3 ccomp
      . . . O 3 punct
      """;

  @Test
  void aQuotedHeIsNoWomanTheArticleCallsShe() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Ms. Doe said she was tired.", SHE_SAID)
        .sentence("“He is running for governor,” she added.", """
            “ “ `` O 10 punct
            He he PRP O 4 nsubj
            is be VBZ O 4 aux
            running run VBG O 10 ccomp
            for for IN O 6 case
            governor governor NN TITLE 4 obl
            , , , O 10 punct
            ” ” '' O 10 punct
            she she PRP O 10 nsubj
            added add VBD O 0 root
            . . . O 10 punct
            """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.CANDIDACY)).isEmpty();
  }

  @Test
  void aPronounInAQuotationIsNotItsSpeaker() {
    ParsedArticle parsed = ParsedArticle.dated(DATE).sentence("“She is running for governor,” Tom Smith said.", """
        “ “ `` O 11 punct
        She she PRP O 4 nsubj
        is be VBZ O 4 aux
        running run VBG O 11 ccomp
        for for IN O 6 case
        governor governor NN TITLE 4 obl
        , , , O 11 punct
        ” ” '' O 11 punct
        Tom Tom NNP PERSON 10 compound
        Smith Smith NNP PERSON 11 nsubj
        said say VBD O 0 root
        . . . O 11 punct
        """);
    ResolvedArticle a = parsed.buildAsPipeline();
    String text = parsed.text();
    Entity smith = a.entities().stream().filter(e -> e.name().equals("Tom Smith")).findFirst().orElseThrow();
    int words = text.indexOf("“She");
    int name = text.indexOf("Tom Smith");
    Quote quote = new Quote(Span.of(text, words, text.indexOf("”") + 1), QuoteKind.DIRECT, Optional.empty(),
        Optional.of(new Speaker(Optional.of(smith.id()), smith.name(), Optional.of(Span.of(text, name, name + 9)))));
    List<Fact> facts = new PatternFactExtractor().extract(a, List.of(quote));
    assertThat(ofType(facts, FactType.CANDIDACY)).isEmpty();
  }

  @Test
  void aDescriptionPointsBackNotToAnOfficeholderNamedLater() {
    ResolvedArticle a = ParsedArticle.dated(DATE)
        .sentence("The Democratic senator will launch a presidential campaign on Sunday.", """
            The the DT O 3 det
            Democratic democratic JJ IDEOLOGY 3 amod
            senator senator NN TITLE 5 nsubj
            will will MD O 5 aux
            launch launch VB O 0 root
            a a DT O 8 det
            presidential presidential JJ O 8 amod
            campaign campaign NN O 5 obj
            on on IN O 10 case
            Sunday Sunday NNP DATE 5 obl
            . . . O 5 punct
            """)
        .sentence("Sen. Cory Booker spoke.", """
            Sen. Sen. NNP O 3 compound
            Cory cory NN PERSON 3 compound
            Booker Booker NNP PERSON 4 nsubj
            spoke speak VBD O 0 root
            . . . O 4 punct
            """).buildAsPipeline();
    List<Fact> facts = facts(a);
    assertThat(ofType(facts, FactType.OFFICE)).hasSize(1);
    assertThat(ofType(facts, FactType.CANDIDACY)).isEmpty();
  }
  @Test
  void aTitleImaginedForSomeoneOrACapacityToServeIsNoOfficeHeld() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Bush doubted the prospects of a President Donald Trump.", """
        Bush Bush NNP PERSON 2 nsubj
        doubted doubt VBD O 0 root
        the the DT O 4 det
        prospects prospects NNS O 2 obj
        of of IN O 9 case
        a a DT O 7 det
        President President NNP TITLE 9 compound
        Donald Donald NNP PERSON 9 compound
        Trump Trump NNP PERSON 4 nmod
        . . . O 2 punct
        """).sentence("Nobody is more qualified than Hillary Clinton to serve as president.", """
        Nobody nobody NN O 4 nsubj
        is be VBZ O 4 cop
        more more RBR O 4 advmod
        qualified qualified JJ O 0 root
        than than IN O 9 mark
        Hillary Hillary NNP PERSON 7 compound
        Clinton Clinton NNP PERSON 9 nsubj
        to to TO O 9 mark
        serve serve VB O 4 ccomp
        as as IN O 11 case
        president president NN TITLE 9 obl
        . . . O 4 punct
        """).sentence("That is good news for a would-be president Donald Trump.", """
        That that DT O 4 nsubj
        is be VBZ O 4 cop
        good good JJ O 4 amod
        news news NN O 0 root
        for for IN O 12 case
        a a DT O 12 det
        would would MD O 9 aux
        - - HYPH O 9 punct
        be be VB O 12 amod
        president president NN TITLE 12 compound
        Donald Donald NNP PERSON 12 compound
        Trump Trump NNP PERSON 4 nmod
        . . . O 4 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).isEmpty();
  }
  @Test
  void thePresidentOfAnOrganisationHoldsNoOfficeButAForeignPresidentDoes() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Judicial Watch President Tom Fitton said it.", """
        Judicial Judicial NNP O 2 compound
        Watch Watch NNP O 3 compound
        President President NNP TITLE 5 compound
        Tom Tom NNP PERSON 5 compound
        Fitton Fitton NNP PERSON 6 nsubj
        said say VBD O 0 root
        it it PRP O 6 obj
        . . . O 6 punct
        """).sentence("Planned Parenthood's president Cecile Richards spoke.", """
        Planned Planned NNP O 2 compound
        Parenthood Parenthood NNP O 4 nmod:poss
        's 's POS O 2 case
        president president NN TITLE 6 compound
        Cecile Cecile NNP PERSON 6 compound
        Richards Richards NNP PERSON 7 nsubj
        spoke speak VBD O 0 root
        . . . O 7 punct
        """).sentence("Mexican President Felipe Calderon spoke.", """
        Mexican Mexican JJ NATIONALITY 2 amod
        President President NNP TITLE 4 compound
        Felipe Felipe NNP PERSON 4 compound
        Calderon Calderon NNP PERSON 5 nsubj
        spoke speak VBD O 0 root
        . . . O 5 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).extracting(f -> f.evidence().text())
        .containsExactly("Mexican President Felipe Calderon");
  }
  @Test
  void anAppositivePresidentOfANamedOrganisationHoldsNoOffice() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Ann Lee, president of the Hope Fund, spoke Tuesday.", """
        Ann Ann NNP PERSON 2 compound
        Lee Lee NNP PERSON 10 nsubj
        , , , O 2 punct
        president president NN TITLE 2 appos
        of of IN O 8 case
        the the DT O 8 det
        Hope Hope NNP O 8 compound
        Fund Fund NNP O 4 nmod
        , , , O 2 punct
        spoke speak VBD O 0 root
        Tuesday Tuesday NNP DATE 10 obl:tmod
        . . . O 10 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).isEmpty();
  }
  @Test
  void anEventsSpeakerIsNoSpeakerOfTheHouse() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Sarah Palin, the scheduled surrogate speaker, will not attend.", """
        Sarah Sarah NNP PERSON 2 compound
        Palin Palin NNP PERSON 11 nsubj
        , , , O 2 punct
        the the DT O 7 det
        scheduled schedule VBN O 7 amod
        surrogate surrogate JJ O 7 amod
        speaker speaker NN O 2 appos
        , , , O 2 punct
        will will MD O 11 aux
        not not RB O 11 advmod
        attend attend VB O 0 root
        . . . O 11 punct
        """).sentence("Former Speaker Newt Gingrich spoke.", """
        Former former JJ O 2 amod
        Speaker Speaker NNP TITLE 4 compound
        Newt Newt NNP PERSON 4 compound
        Gingrich Gingrich NNP PERSON 5 nsubj
        spoke speak VBD O 0 root
        . . . O 5 punct
        """).buildAsPipeline();
    List<Fact> offices = ofType(facts(a), FactType.OFFICE);
    assertThat(offices).extracting(f -> f.role().orElse("")).containsOnly("Speaker of the House");
    assertThat(offices).extracting(f -> f.evidence().text()).containsExactly("Former Speaker Newt Gingrich");
  }
  @Test
  void formerQualifiesATitleAcrossTheNameOfThePlace() {
    ResolvedArticle a = ParsedArticle.dated(DATE).sentence("Former New York City Mayor Rudy Giuliani spoke.", """
        Former former JJ O 5 amod
        New New NNP CITY 3 compound
        York York NNP CITY 4 compound
        City City NNP CITY 5 compound
        Mayor Mayor NNP TITLE 7 compound
        Rudy Rudy NNP PERSON 7 compound
        Giuliani Giuliani NNP PERSON 8 nsubj
        spoke speak VBD O 0 root
        . . . O 8 punct
        """).buildAsPipeline();
    assertThat(ofType(facts(a), FactType.OFFICE)).extracting(f -> f.role().orElse(""), f -> f.status().orElse(""))
        .containsExactly(tuple("Mayor", "former"));
  }
}
