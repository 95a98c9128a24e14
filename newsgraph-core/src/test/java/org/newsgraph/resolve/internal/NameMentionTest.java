package org.newsgraph.resolve.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names in text order, whatever order a map keyed by identity gives them in (issue 12: runs must agree). */
class NameMentionTest {

  private static NameMention name(int first, int end, String surface) {
    return new NameMention(first, end, "PERSON", "PERSON", surface, surface.toLowerCase());
  }

  @Test
  void entriesOfAnIdentityMapComeOutInTextOrderWhateverTheInsertionOrder() {
    List<NameMention> names = new ArrayList<>(List.of(name(0, 2, "Ann Lee"), name(5, 6, "Lee"), name(9, 11, "Bo Diaz"),
        name(9, 11, "Bo Diaz"), name(9, 10, "Bo"), name(20, 21, "Diaz")));
    Random random = new Random(7);
    for (int round = 0; round < 20; round++) {
      Collections.shuffle(names, random);
      Map<NameMention, String> byName = new IdentityHashMap<>();
      names.forEach(n -> byName.put(n, n.surface()));
      assertThat(NameMention.inTextOrder(byName)).extracting(e -> e.getKey().firstToken() + "-" + e.getKey().endToken())
          .containsExactly("0-2", "5-6", "9-10", "9-11", "9-11", "20-21");
    }
  }
}
