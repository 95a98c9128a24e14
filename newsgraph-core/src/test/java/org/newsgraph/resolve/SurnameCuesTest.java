package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.resolve.Resolutions.id;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.Entity;

/**
 * Which of two namesakes a bare surname is, by the words around it; epithets and hyphenated pairs
 * of surnames beside known names (issue 8).
 */
class SurnameCuesTest {

  private final RuleEntityResolver resolver = new RuleEntityResolver();

  private EntityResolver.Resolution resolve(AnnotatedArticle article) {
    return Resolutions.checked(resolver.resolve(article), article.text());
  }

  private static List<Optional<String>> entitiesOf(EntityResolver.Resolution r, String text) {
    return Resolutions.entitiesOf(r, text, false);
  }

  private static final String JOHN_FIRST = "John/NNP/PERSON/2/compound Smith/NNP/PERSON/3/nsubj spoke/VBD/O/0/root ./././3/punct";
  private static final String MARY_NEXT = "Mary/NNP/PERSON/2/compound Smith/NNP/PERSON/3/nsubj listened/VBD/O/0/root ./././3/punct";

  @Test
  void aPronounOnAClauseOfTheSurnamesVerbTellsWhichNamesakeItIs() {
    var r = resolve(Texts.of(JOHN_FIRST, MARY_NEXT,
        "People/NNS/O/2/nsubj want/VBP/O/0/root to/TO/O/4/mark vote/VB/O/2/xcomp for/IN/O/6/case Smith/NNP/PERSON/4/obl "
            + "because/IN/O/12/mark she/PRP/O/12/nsubj would/MD/O/12/aux be/VB/O/12/cop the/DT/O/12/det woman/NN/O/4/advcl ./././2/punct")
        .build());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "Mary Smith")));
  }

  @Test
  void anObjectPronounOfTheSurnamesOwnVerbIsSomeoneElse() {
    var r = resolve(Texts.of(JOHN_FIRST, MARY_NEXT,
        "Smith/NNP/PERSON/2/nsubj told/VBD/O/0/root her/PRP/O/2/obj ./././2/punct").build());
    assertThat(entitiesOf(r, "Smith")).last().isEqualTo(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aPronounAnotherPersonOfTheSentenceCouldTakeSaysNothing() {
    var r = resolve(Texts.of(JOHN_FIRST, MARY_NEXT,
        "Ann/NNP/PERSON/2/compound Lee/NNP/PERSON/3/nsubj warned/VBD/O/0/root Smith/NNP/PERSON/3/obj that/IN/O/7/mark "
            + "she/PRP/O/7/nsubj lost/VBD/O/3/ccomp ./././3/punct").build());
    assertThat(entitiesOf(r, "Smith")).last().isEqualTo(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aReflexiveOfTheSurnamesVerbTellsWhichNamesakeItIs() {
    var r = resolve(Texts.of(JOHN_FIRST, MARY_NEXT,
        "Smith/NNP/PERSON/3/nsubj has/VBZ/O/3/aux aligned/VBN/O/0/root herself/PRP/O/3/obj ./././3/punct").build());
    assertThat(entitiesOf(r, "Smith")).last().isEqualTo(Optional.of(id(r, "Mary Smith")));
  }

  @Test
  void aSurnameCoordinatedWithAPersonIsTheNamesakeTheArticleCoordinatesWithThem() {
    var r = resolve(Texts.of(MARY_NEXT,
        "John/NNP/PERSON/2/compound Smith/NNP/PERSON/7/nsubj or/CC/O/5/cc Ann/NNP/PERSON/5/compound Lee/NNP/PERSON/2/conj "
            + "will/MD/O/7/aux win/VB/O/0/root ./././7/punct",
        "Lee/NNP/PERSON/5/nsubj and/CC/O/3/cc Smith/NNP/PERSON/1/conj both/DT/O/1/dep campaigned/VBD/O/0/root ./././5/punct")
        .build());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
    assertThat(entitiesOf(r, "Lee")).containsExactly(Optional.of(id(r, "Ann Lee")));
  }

  @Test
  void theEndsOfARangeAreCoordinatedToo() {
    var r = resolve(Texts.of(MARY_NEXT,
        "Under/IN/O/3/case Ann/NNP/PERSON/3/compound Lee/NNP/PERSON/8/obl or/CC/O/6/cc John/NNP/PERSON/6/compound "
            + "Smith/NNP/PERSON/3/conj voters/NNS/O/8/nsubj gained/VBD/O/0/root ./././8/punct",
        "From/IN/O/2/case Lee/NNP/PERSON/7/obl to/IN/O/4/case Smith/NNP/PERSON/2/obl ,/,/O/7/punct voters/NNS/O/7/nsubj "
            + "changed/VBD/O/0/root ./././7/punct")
        .build());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void anAdjectiveGluedBeforeAKnownSurnameIsNoPartOfTheName() {
    var r = resolve(Texts.of(JOHN_FIRST,
        "A/DT/O/2/det shirt/NN/O/3/nsubj read/VBD/O/0/root Fascist/JJ/PERSON/5/amod Smith/NNP/PERSON/3/obj ./././3/punct").build());
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Fascist Smith");
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aCapitalisedWordHyphenatedToAKnownSurnameIsAnotherPerson() {
    var r = resolve(Texts.of(JOHN_FIRST,
        "They/PRP/O/2/nsubj backed/VBD/O/0/root the/DT/O/5/det Smith-Jones/NNP/LOCATION/5/compound plan/NN/O/2/obj ./././2/punct",
        "Anti-Smith/JJ/O/2/amod forces/NNS/O/3/nsubj gathered/VBD/O/0/root ./././3/punct").build());
    assertThat(entitiesOf(r, "Smith")).hasSize(2).containsOnly(Optional.of(id(r, "John Smith")));
    assertThat(entitiesOf(r, "Jones")).containsExactly(Optional.of(id(r, "Jones")));
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Anti");
  }

  @Test
  void aNameGoingOnInLowerCaseAfterAHyphenIsOneNameNotTwoPeople() {
    var r = resolve(new ParsedText()
        .sentence("Ban/NNP/Ban/5/compound", "Ki/NNP/Ki/5/compound", "+-/HYPH/-/5/punct", "+moon/NNP/moon/5/compound",
            "Park/NNP/Park/8/nsubj", "+-/HYPH/-/5/punct", "+Smith/NNP/Smith/5/compound", "met/VBD/meet/0/root",
            "./././8/punct")
        .sentence("Ban/NNP/Ban/2/nsubj", "spoke/VBD/speak/0/root", "./././2/punct")
        .name(0, 3, "PERSON").name(4, 6, "PERSON").name(9, 9, "PERSON").undated());
    assertThat(r.entities()).extracting(Entity::name).contains("Ban Ki-moon").doesNotContain("moon", "Ban Ki");
    assertThat(entitiesOf(r, "Ban")).last().isEqualTo(Optional.of(id(r, "Ban Ki-moon")));
    assertThat(r.entities()).extracting(Entity::name).contains("Smith").doesNotContain("Park-Smith");
  }

  @Test
  void aSurnameTheEngineSplitOffAKnownOneAtAHyphenIsAnotherPerson() {
    var r = resolve(new ParsedText()
        .sentence("John/NNP/John/2/compound", "Smith/NNP/Smith/3/nsubj", "spoke/VBD/speak/0/root", "./././3/punct")
        .sentence("They/PRP/they/2/nsubj", "backed/VBD/back/0/root", "the/DT/the/7/det", "Smith/NNP/Smith/6/compound",
            "+-/HYPH/-/6/punct", "+Jones/NNP/Jones/7/compound", "plan/NN/plan/2/obj", "./././2/punct")
        .sentence("He/PRP/he/2/nsubj", "named/VBD/name/0/root", "Smith/NNP/Smith/2/obj", "-/:/-/2/punct",
            "Lee/NNP/Lee/2/obj", "./././2/punct")
        .name(0, 1, "PERSON").undated());
    assertThat(entitiesOf(r, "Jones")).containsExactly(Optional.of(id(r, "Jones")));
    assertThat(r.entities()).extracting(Entity::name).doesNotContain("Lee");
  }

  @Test
  void aFullNameInsideAQuoteLeavesTheNarrativesBareSurnameToTheOneTheNarrativeNames() {
    var r = resolve(Texts.of(
        "“/`` Not/RB John/NNP/PERSON Smith/NNP/PERSON ,/, nobody/NN ”/'' Ann/NNP/PERSON Lee/NNP/PERSON said/VBD ./.",
        MARY_NEXT,
        "Smith/NNP/PERSON left/VBD ./.").build());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "Mary Smith")));
  }

  @Test
  void aLesserOfficeBeforeABareSurnameIsNotTheArticlesPresidentOfThatName() {
    var r = resolve(Texts.of(
        "A/DT diplomat/NN said/VBD former/JJ Secretary/NNP Smith/NNP/PERSON erred/VBD ./.",
        "Smith/NNP/PERSON left/VBD ./.",
        "President/NNP John/NNP/PERSON Smith/NNP/PERSON spoke/VBD ./.").build());
    List<Optional<String>> bare = entitiesOf(r, "Smith");
    assertThat(bare).hasSize(2).doesNotContain(Optional.of(id(r, "John Smith")));
    assertThat(bare.get(0)).isPresent().isEqualTo(bare.get(1));
  }

  @Test
  void twoLesserOfficesMayBeOnePersonsCareer() {
    var r = resolve(Texts.of(
        "Sen./NNP John/NNP/PERSON Smith/NNP/PERSON spoke/VBD ./.",
        "Secretary/NNP Smith/NNP/PERSON left/VBD ./.").build());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }

  @Test
  void aTitledSurnameIsTheNamesakeTitledSoInFull() {
    var r = resolve(Texts.of(MARY_NEXT,
        "President/NNP John/NNP/PERSON Smith/NNP/PERSON left/VBD ./.",
        "President/NNP Smith/NNP/PERSON returned/VBD ./.").build());
    assertThat(entitiesOf(r, "Smith")).containsExactly(Optional.of(id(r, "John Smith")));
  }
}
