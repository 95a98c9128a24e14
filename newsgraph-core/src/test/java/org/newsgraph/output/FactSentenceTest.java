package org.newsgraph.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Span;

/** Facts read as sentences a person can check (issue 7). */
class FactSentenceTest {

  private static final String TEXT = "Sessions resigned as attorney general last November. Barr replaced him.";

  private static Article article(Fact... facts) {
    RawArticle raw = new RawArticle("a", "a.txt", Optional.of(LocalDate.of(2019, 10, 29)), Optional.empty(), TEXT,
        List.of(), Optional.empty());
    List<Entity> people = List.of(
        new Entity("e1", "PERSON", "Jeff Sessions", Optional.empty(), List.of(), Map.of()),
        new Entity("e2", "PERSON", "William Barr", Optional.empty(), List.of(), Map.of()));
    return new Article(raw, List.of(), people, List.of(), List.of(), List.of(), List.of(facts));
  }

  private static Fact fact(FactType type, String subject, String object, String role, String start, String status,
      int from, int to) {
    return new Fact(type, Optional.of(subject), Optional.ofNullable(object), Optional.empty(), Optional.ofNullable(role),
        Optional.ofNullable(start), Optional.empty(), Optional.of("2019-10-29"), Optional.ofNullable(status),
        Span.of(TEXT, from, to), 0.8);
  }

  @Test
  void resignationReadsAsASentenceWithItsDateAndEvidence() {
    Fact f = fact(FactType.RESIGNATION, "e1", null, "Attorney General", "2018-11", null, 0, 51);
    assertThat(ArticleSummary.describe(f, article(f))).isEqualTo(
        "RESIGNATION: Jeff Sessions resigned as Attorney General (2018-11).  [stated, confidence 0.80]  "
            + "«Sessions resigned as attorney general last November»");
  }

  @Test
  void statusShapesTheSentence() {
    Fact considering = fact(FactType.CANDIDACY, "e1", null, "U.S. Senator, Alabama", null, "considering", 0, 8);
    Fact succession = fact(FactType.SUCCESSION, "e2", "e1", "Attorney General", null, null, 53, 70);
    assertThat(FactSentence.of(considering, article(considering)))
        .startsWith("CANDIDACY: Jeff Sessions is considering running for U.S. Senator, Alabama.");
    assertThat(FactSentence.of(succession, article(succession)))
        .startsWith("SUCCESSION: William Barr succeeded Jeff Sessions as Attorney General.");
  }
}
