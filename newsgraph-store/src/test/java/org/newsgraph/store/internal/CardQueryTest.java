package org.newsgraph.store.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.store.EntityCard;

/** A card shows a career of consecutive terms in one office as one period. */
class CardQueryTest {

  private static EntityCard.Office term(String office, String state, String start, String end) {
    return new EntityCard.Office(office, Optional.of(state), Optional.of("Democrat"), Optional.of(start), Optional.of(end),
        Optional.empty(), Optional.empty(), "pack");
  }

  @Test
  void aTermThatStartsWhereTheLastEndedContinuesIt() {
    assertThat(CardQuery.continues(term("U.S. Representative", "AL", "2011-01-05", "2013-01-03"),
        term("U.S. Representative", "AL", "2013-01-03", "2015-01-03"))).isTrue();
  }

  @Test
  void anotherOfficeStateOrAGapIsANewPeriod() {
    EntityCard.Office house = term("U.S. Representative", "AL", "2011-01-05", "2013-01-03");
    assertThat(CardQuery.continues(house, term("U.S. Senator", "AL", "2013-01-03", "2019-01-03"))).isFalse();
    assertThat(CardQuery.continues(house, term("U.S. Representative", "GA", "2013-01-03", "2015-01-03"))).isFalse();
    assertThat(CardQuery.continues(house, term("U.S. Representative", "AL", "2017-01-03", "2019-01-03"))).isFalse();
  }
}
