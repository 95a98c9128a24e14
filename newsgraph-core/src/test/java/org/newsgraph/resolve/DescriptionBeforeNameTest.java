package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsgraph.resolve.Resolutions.id;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.Mention;

/**
 * A description right before a name is that person: the parse hangs the name on the description
 * ("said Clinton's top foreign policy aide Jake Sullivan") or the description on the name, and the
 * description is the mention a quote's speaker falls on. The parses are CoreNLP's (tools/ParseDump.java).
 */
class DescriptionBeforeNameTest {

  private final RuleEntityResolver resolver = new RuleEntityResolver();

  private EntityResolver.Resolution resolve(AnnotatedArticle article) {
    return Resolutions.checked(resolver.resolve(article), article.text());
  }

  private static List<Optional<String>> entitiesOf(EntityResolver.Resolution r, String text) {
    return Resolutions.entitiesOf(r, text, false);
  }

  @Test
  void aRoleTheNameHangsOnAsItsDependentIsThatPerson() {
    var r = resolve(Texts.of(
        "Clinton/NNP/PERSON/5/nmod:poss ’s/POS/O/1/case top/JJ/O/5/amod policy/NN/O/5/compound aide/NN/TITLE/8/nsubj "
            + "Jake/NNP/PERSON/7/compound Sullivan/NNP/PERSON/5/dep said/VBD/O/0/root ./././8/punct").build());
    assertThat(entitiesOf(r, "Clinton’s top policy aide")).containsExactly(Optional.of(id(r, "Jake Sullivan")));
  }

  @Test
  void aKinshipNounTheNameStandsInAppositionToIsThatPerson() {
    var r = resolve(Texts.of("John/NNP/PERSON/2/compound Smith/NNP/PERSON/3/nsubj spoke/VBD/O/0/root ./././3/punct",
        "his/PRP$/O/2/nmod:poss wife/NN/O/7/nsubj ,/,/O/2/punct Gabriela/NNP/PERSON/5/compound Lazar/NNP/PERSON/2/appos "
            + ",/,/O/7/punct wrote/VBD/O/0/root ./././7/punct").build());
    assertThat(entitiesOf(r, "his wife")).containsExactly(Optional.of(id(r, "Gabriela Lazar")));
  }

  @Test
  void aRoleHungOnANameTheTaggerTookForAVerbIsThatPerson() {
    var r = resolve(Texts.of(
        "Trump/NNP/PERSON/3/compound campaign/NN/O/3/compound spokeswoman/NN/TITLE/4/nsubj Hope/VBP/PERSON/0/root "
            + "Hicks/NNP/PERSON/6/nsubj said/VBD/O/4/ccomp ./././4/punct").build());
    assertThat(entitiesOf(r, "Trump campaign spokeswoman")).containsExactly(Optional.of(id(r, "Hope Hicks")));
  }

  @Test
  void aDocumentAGroupOrATitleCompoundOfTheNameIsNoSeparatePerson() {
    var r = resolve(Texts.of(
        "According/VBG/O/6/case to/IN/O/1/fixed White/NNP/ORGANIZATION/4/compound House/NNP/ORGANIZATION/6/compound "
            + "pool/NN/O/6/compound reports/NNS/O/9/obl ,/,/O/9/punct Obama/NNP/PERSON/9/nsubj said/VBD/O/0/root ./././9/punct",
        "Former/JJ/O/2/amod presidents/NNS/TITLE/6/nsubj George/NNP/PERSON/4/compound Bush/NNP/PERSON/2/dep "
            + "also/RB/O/6/advmod spoke/VBD/O/0/root ./././6/punct",
        "Press/NNP/TITLE/2/compound Secretary/NNP/TITLE/4/compound Sean/NNP/PERSON/4/compound Spicer/NNP/PERSON/5/nsubj "
            + "said/VBD/O/0/root ./././5/punct").build());
    assertThat(r.mentions()).extracting(m -> m.span().text())
        .doesNotContain("White House pool reports", "pool reports", "Former presidents", "Press Secretary");
    assertThat(r.mentions()).filteredOn(m -> m.entity().equals(Optional.of(id(r, "George Bush"))))
        .extracting(Mention::span).extracting(s -> s.text()).containsExactly("George Bush");
  }
}
