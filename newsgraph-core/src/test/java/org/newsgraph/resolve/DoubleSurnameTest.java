package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.resolve.Resolutions.id;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.Entity;

/**
 * Two words that end a longer full name of the article ("Peña Nieto" of "Enrique Peña Nieto") are
 * that person's double surname, not a given name and a surname of someone else.
 */
class DoubleSurnameTest {

  private final RuleEntityResolver resolver = new RuleEntityResolver();

  private EntityResolver.Resolution resolve(AnnotatedArticle article) {
    return Resolutions.checked(resolver.resolve(article), article.text());
  }

  private static List<String> people(EntityResolver.Resolution r) {
    return r.entities().stream().filter(e -> e.type().equals("PERSON")).map(Entity::name).toList();
  }

  private static final String FULL = "President/NNP/O/4/compound Enrique/NNP/PERSON/4/compound Peña/NNP/PERSON/4/compound "
      + "Nieto/NNP/PERSON/5/nsubj spoke/VBD/O/0/root ./././5/punct";
  private static final String TAIL = "Peña/NNP/PERSON/2/compound Nieto/NNP/PERSON/3/nsubj left/VBD/O/0/root ./././3/punct";

  @Test
  void theLastTwoWordsOfAFullNameAreThatPerson() {
    var r = resolve(Texts.of(FULL, TAIL, "Nieto/NNP/PERSON/2/nsubj smiled/VBD/O/0/root ./././2/punct").build());
    assertThat(people(r)).containsExactly("Enrique Peña Nieto");
    String id = id(r, "Enrique Peña Nieto");
    assertThat(Resolutions.entitiesOf(r, "Peña Nieto", false)).containsExactly(Optional.of(id));
    assertThat(Resolutions.entitiesOf(r, "Nieto", false)).containsExactly(Optional.of(id));
  }

  @Test
  void theDoubleSurnameWrittenFirstAndMoreOftenStillJoinsAndTheFullNameStaysTheName() {
    var r = resolve(Texts.of(TAIL, TAIL, FULL).build());
    assertThat(people(r)).containsExactly("Enrique Peña Nieto");
    assertThat(r.entities().get(0).aliases()).contains("Peña Nieto");
  }

  @Test
  void aHeadlineRunIntoTheFullNameJoinsButDoesNotBecomeItsName() {
    var r = resolve(Texts.of(
        "Smith/NNP/PERSON/2/compound Challenger/NNP/PERSON/4/compound Ann/NNP/PERSON/4/compound Lee/NNP/PERSON/5/nsubj "
            + "speaks/VBZ/O/0/root ./././5/punct",
        "Ann/NNP/PERSON/2/compound Lee/NNP/PERSON/3/nsubj spoke/VBD/O/0/root ./././3/punct").build());
    assertThat(people(r)).containsExactly("Ann Lee");
  }

  @Test
  void anotherGivenNameBeforeTheSameSurnameIsAnotherPerson() {
    var r = resolve(Texts.of(FULL, "Ana/NNP/PERSON/2/compound Nieto/NNP/PERSON/3/nsubj left/VBD/O/0/root ./././3/punct").build());
    assertThat(people(r)).containsExactlyInAnyOrder("Enrique Peña Nieto", "Ana Nieto");
  }
}
