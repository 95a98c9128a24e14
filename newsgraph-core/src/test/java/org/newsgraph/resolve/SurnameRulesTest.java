package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.resolve.Resolutions.id;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/** Surnames beside words that are no part of a name, and spellings of a given name (issue 8). */
class SurnameRulesTest {

  private final RuleEntityResolver resolver = new RuleEntityResolver();

  private EntityResolver.Resolution resolve(Texts texts) {
    return Resolutions.checked(resolver.resolve(texts.build()), texts.text());
  }

  private static List<Optional<String>> entitiesOf(EntityResolver.Resolution r, String text) {
    return Resolutions.entitiesOf(r, text, true);
  }

  @Test
  void aCampaignWordBesideASurnameIsNoPartOfTheName() {
    var r = resolve(Texts.of(
        "Team/NNP/PERSON Smith/NNP/PERSON gathered/VBD .",
        "John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "The/DT Smith/NNP/PERSON Camp/NNP/PERSON replied/VBD .",
        "Top/NNP/PERSON Smith/NNP/PERSON aides/NNS left/VBD .",
        "Smith/NNP/PERSON thanked/VBD them/PRP ."));
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Team Smith", "Smith Camp", "Top Smith");
    assertThat(entitiesOf(r, "Smith")).hasSize(4).containsOnly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void anUnknownGivenNameIsNeverTakenForACampaignWord() {
    var r = resolve(Texts.of(
        "John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "Zorvana/NNP/PERSON Smith/NNP/PERSON left/VBD ."));
    assertThat(r.entities()).extracting(Entity::name).contains("John Smith", "Zorvana Smith");
    assertThat(id(r, "John Smith")).isNotEqualTo(id(r, "Zorvana Smith"));
  }

  @Test
  void wordsAroundAKnownFullNameInAHeadlineAreNoPartOfIt() {
    var r = resolve(Texts.of(
        "Wild/NNP/PERSON John/NNP/PERSON Smith/NNP/PERSON Rampages/NNP/PERSON on/IN .",
        "John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "John/NNP/PERSON Smith/NNP/PERSON Jr./NNP/PERSON listened/VBD ."));
    assertThat(r.entities()).extracting(Entity::name).contains("John Smith Jr.")
        .doesNotContain("Wild John Smith Rampages", "Wild John Smith", "John Smith Rampages");
    assertThat(entitiesOf(r, "John Smith")).hasSize(2).containsOnly(Optional.of(id(r, "John Smith")));
    assertThat(id(r, "John Smith Jr.")).isNotEqualTo(id(r, "John Smith"));
  }

  @Test
  void aLeadingCampaignWordBeforeAGivenNameGoes() {
    var r = resolve(Texts.of(
        "Former/NNP/PERSON John/NNP/PERSON Smith/NNP/PERSON pollster/NN Ann/NNP/PERSON Lee/NNP/PERSON spoke/VBD ."));
    assertThat(r.entities()).extracting(Entity::name).contains("John Smith", "Ann Lee");
  }

  @Test
  void aGivenNameMisspelledWithOneLetterLessIsTheSamePerson() {
    var r = resolve(Texts.of(
        "Phillip/NNP/PERSON Smith/NNP/PERSON won/VBD .",
        "Philip/NNP/PERSON Smith/NNP/PERSON thanked/VBD voters/NNS .",
        "Smith/NNP/PERSON left/VBD ."));
    assertThat(r.entities()).filteredOn(e -> e.type().equals("PERSON")).hasSize(1);
    assertThat(entitiesOf(r, "Smith")).containsOnly(Optional.of(id(r, "Phillip Smith")));
  }

  @Test
  void anUntaggedHeadlineSurnameSharedByTwoGoesToThePersonTheArticleIsAbout() {
    var r = resolve(Texts.of(
        "Lynch/NNP/PERSON closes/VBZ the/DT door/NN on/IN Smith/NNP probe/NN .",
        "Ann/NNP/PERSON Smith/NNP/PERSON won/VBD .",
        "John/NNP/PERSON Smith/NNP/PERSON praised/VBD Ann/NNP/PERSON Smith/NNP/PERSON .",
        "Ann/NNP/PERSON Smith/NNP/PERSON left/VBD ."));
    assertThat(entitiesOf(r, "Smith").get(0)).contains(id(r, "Ann Smith"));
  }

  @Test
  void aHyphenatedWordTheEngineTookForAPersonIsTheSurnameInside() {
    var r = resolve(Texts.of(
        "John/NNP/PERSON Smith/NNP/PERSON won/VBD .",
        "Anti-Smith/NNP/PERSON sentiment/NN ran/VBD high/JJ ."));
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Anti-Smith");
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aFullNameThatOnlyModifiesANounIntroducesNobodyForTheBareSurname() {
    var r = resolve(Texts.of(
        "Former/JJ/O/4/amod Ann/NNP/PERSON/3/compound Smith/NNP/PERSON/4/compound pollster/NN/O/5/nsubj spoke/VBD .",
        "Mary/NNP/PERSON Smith/NNP/PERSON won/VBD .",
        "Smith/NNP/PERSON thanked/VBD voters/NNS ."));
    assertThat(id(r, "Ann Smith")).isNotEqualTo(id(r, "Mary Smith"));
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "Mary Smith")));
  }

  @Test
  void theHeadlineNamesItsSubjectButIntroducesNobodyForTheBareSurname() {
    var r = resolve(Texts.of(
        "Hold/VB Ann/NNP/PERSON Smith/NNP/PERSON to/TO account/NN",
        "John/NNP/PERSON Smith/NNP/PERSON said/VBD Ann/NNP/PERSON would/MD speak/VB .",
        "Smith/NNP/PERSON says/VBZ a/DT lot/NN .").headline());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aGivenNameWithOneLetterMistypedIsTheSamePersonButTwoKnownNamesStayApart() {
    var r = resolve(Texts.of(
        "Donald/NNP/PERSON Smith/NNP/PERSON won/VBD .",
        "Donand/NNP/PERSON Smith/NNP/PERSON lost/VBD .",
        "Maria/NNP/PERSON Jones/NNP/PERSON and/CC Mario/NNP/PERSON Jones/NNP/PERSON met/VBD ."));
    assertThat(r.entities()).extracting(Entity::name).contains("Donald Smith", "Maria Jones", "Mario Jones")
        .doesNotContain("Donand Smith");
  }

  @Test
  void aLoneNameOneLetterFromAGivenNameIsAnotherPerson() {
    var r = resolve(Texts.of(
        "The/DT raid/NN killed/VBD Osama/NNP/PERSON bin/NNP/PERSON Laden/NNP/PERSON .",
        "Trump/NNP/PERSON blamed/VBD President/NNP Obama/NNP/PERSON ."));
    assertThat(entitiesOf(r, "Obama")).doesNotContain(Optional.of(id(r, "Osama bin Laden")));
  }

  @Test
  void aHeadlinesTitleCaseVerbBeforeAKnownSurnameEndsTheOtherName() {
    var r = resolve(Texts.of(
        "Ann/NNP/PERSON Lee/NNP/PERSON Backs/NNP/PERSON Smith/NNP/PERSON",
        "John/NNP/PERSON Smith/NNP/PERSON thanked/VBD Ann/NNP/PERSON Lee/NNP/PERSON .").headline());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Ann Lee Backs Smith");
  }

  @Test
  void twoIntroducedInOneSentenceOfTheBodyTheHeadlinesPersonTakesTheBareSurname() {
    var r = resolve(Texts.of(
        "John/NNP/PERSON Smith/NNP/PERSON :/: Ann/NNP/PERSON is/VBZ ready/JJ",
        "Campaigning/VBG for/IN his/PRP$ wife/NN Ann/NNP/PERSON Smith/NNP/PERSON ,/, John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "Smith/NNP/PERSON said/VBD she/PRP was/VBD ready/JJ .").headline());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }
  @Test
  void aKnownSurnameTheTrimmerCutOffAHeadlineNameIsFoundAgain() {
    var r = resolve(Texts.of(
        "Ann/NNP/PERSON Lee/NNP/PERSON Backs/NNP/PERSON Smith/NNP/PERSON And/CC Denounces/NNP/PERSON Jones/NNP/PERSON",
        "John/NNP/PERSON Smith/NNP/PERSON thanked/VBD Ann/NNP/PERSON Lee/NNP/PERSON and/CC Mary/NNP/PERSON Jones/NNP/PERSON .")
        .headline());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aMonthAfterAPrepositionIsNoPartOfTheNameAfterIt() {
    var r = resolve(Texts.of(
        "John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "In/IN August/NNP/PERSON Smith/NNP/PERSON met/VBD voters/NNS .",
        "August/NNP/PERSON Jones/NNP/PERSON met/VBD voters/NNS ."));
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
    assertThat(r.entities()).extracting(Entity::name).contains("August Jones").doesNotContain("August Smith");
  }

  @Test
  void aGivenNameTheLexiconLacksBeforeAKnownGivenNameStaysPartOfTheName() {
    var r = resolve(Texts.of(
        "Zorvana/NNP/PERSON John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "Rahm/NNP/PERSON Emanuel/NNP/PERSON listened/VBD ."));
    assertThat(r.entities()).extracting(Entity::name).contains("Zorvana John Smith", "Rahm Emanuel");
  }

  @Test
  void aFullNameInsideAnOrganisationsNameIsThatPersonNotWhomTheBareSurnameMeans() {
    var r = resolve(Texts.of(
        "Eric/NNP/PERSON Smith/NNP/PERSON praised/VBD his/PRP$ father/NN ,/, John/NNP/PERSON Smith/NNP/PERSON .",
        "Smith/NNP/PERSON gave/VBD to/TO the/DT John/NNP/ORGANIZATION Q./NNP/ORGANIZATION Smith/NNP/ORGANIZATION "
            + "Foundation/NNP/ORGANIZATION and/CC the/DT Eric/NNP/ORGANIZATION Smith/NNP/ORGANIZATION Foundation/NNP/ORGANIZATION ."));
    assertThat(entitiesOf(r, "John Q. Smith")).containsExactly(Optional.of(id(r, "John Smith")));
    assertThat(entitiesOf(r, "Eric Smith")).hasSize(2).containsOnly(Optional.of(id(r, "Eric Smith")));
  }
  @Test
  void aHeadlineSurnameBeforeAnyoneIsNamedInFullIsWhomTheBodysBareSurnameMeans() {
    var r = resolve(Texts.of(
        "For/IN Smith/NNP/PERSON ,/, a/DT lesson/NN",
        "John/NNP/PERSON Smith/NNP/PERSON met/VBD his/PRP$ brother/NN ,/, Fred/NNP/PERSON Smith/NNP/PERSON .",
        "Fred/NNP/PERSON drank/VBD .", "Fred/NNP/PERSON left/VBD .", "Fred/NNP/PERSON fell/VBD .",
        "Smith/NNP/PERSON said/VBD he/PRP learned/VBD .").headline());
    assertThat(entitiesOf(r, "Smith")).hasSize(2).containsOnly(Optional.of(id(r, "John Smith")));
  }
  @Test
  void aSurnameGluedToThePreviousSentenceByALostSpaceIsAMentionOfThePerson() {
    var r = resolve(Texts.of(
        "John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "Voters/NNS listened/VBD ,/, he/PRP said.Smith/NN claimed/VBD victory/NN ."));
    List<Mention> smith = r.mentions().stream().filter(m -> m.span().text().equals("Smith")).toList();
    assertThat(smith).extracting(Mention::entity).containsExactly(Optional.of(id(r, "John Smith")));
  }
  @Test
  void aKnownSurnameInCapitalsIsAMentionOfThePerson() {
    var r = resolve(Texts.of(
        "John/NNP/PERSON Smith/NNP/PERSON spoke/VBD .",
        "POLL/NN SHOWS/NNS STRONG/NNP SMITH/NNP/ORGANIZATION LEAD/NN .",
        "SMITH/NN :/: We/PRP will/MD win/VB ."));
    assertThat(entitiesOf(r, "SMITH")).hasSize(2).containsOnly(Optional.of(id(r, "John Smith")));
  }
}
