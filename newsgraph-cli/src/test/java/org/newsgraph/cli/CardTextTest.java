package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.FactRow;

/** The text of an entity card: whose role a fact states, and histories that stay readable. */
class CardTextTest {

  private static FactRow fact(String type, String subject, String object, String status, String asOf) {
    return new FactRow(type, Optional.of(new FactRow.EntityRef(1, subject)),
        Optional.ofNullable(object).map(o -> new FactRow.EntityRef(2, o)), Optional.empty(), Optional.of("Aide"),
        Optional.empty(), Optional.empty(), Optional.of(asOf), Optional.ofNullable(status), 0.9, "a" + asOf,
        Optional.of(asOf), new FactRow.Evidence(0, 4, "aide"));
  }

  @Test
  void anotherPersonsRoleTowardsTheEntityNamesThatPerson() {
    FactRow aide = fact("AFFILIATION", "Huma Abedin", "Hillary Clinton", "current", "2016-08-29");
    EntityCard card = new EntityCard(2, "PERSON", "Hillary Clinton", Optional.empty(), Optional.empty(), Optional.empty(),
        List.of(), Map.of(), List.of(), List.of(new EntityCard.FactHistory("AFFILIATION", Optional.of("Aide"), "object",
            aide, List.of(aide))), List.of(), 1, 1, 0, List.of(), Optional.empty(), Optional.empty());
    assertThat(CardText.render(card)).contains("AFFILIATION Aide, by others: Huma Abedin current (as of 2016-08-29");
  }

  @Test
  void aRunOfReportsThatSayTheSameIsOneEntry() {
    List<FactRow> earlier = List.of(fact("PARTY", "X", null, "current", "2016-09-30"),
        fact("PARTY", "X", null, "current", "2016-05-01"), fact("PARTY", "X", null, "current", "2015-11-09"),
        fact("PARTY", "X", null, "former", "2015-01-02"));
    assertThat(CardText.history(earlier, false))
        .isEqualTo("current 2015-11-09 to 2016-09-30 (3 reports); former 2015-01-02");
  }
}
