package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/** Builds articles for cleaner tests and checks the invariants every cleaning must keep. */
final class CleanerFixtures {

  private CleanerFixtures() {}

  static RawArticle article(String text) {
    return new RawArticle("t1", "test", Optional.empty(), Optional.empty(), text, List.of(), Optional.empty());
  }

  /** Cleans {@code text} and checks spans, order and the analysis text before handing the result back. */
  static CleanArticle clean(String text) {
    CleanArticle clean = new ResidueCleaner().clean(article(text));
    int previousEnd = 0;
    for (Removed r : clean.removed()) {
      assertThat(text.substring(r.span().start(), r.span().end())).isEqualTo(r.span().text());
      assertThat(r.span().start()).isGreaterThanOrEqualTo(previousEnd);
      previousEnd = r.span().end();
    }
    assertThat(clean.analysisText()).hasSameSizeAs(text);
    for (PersonCard card : clean.cards()) {
      assertThat(clean.removed()).anyMatch(r -> r.span().equals(card.card()));
      assertThat(card.mention().end()).isLessThanOrEqualTo(card.card().start());
    }
    return clean;
  }

  static List<String> removedTexts(CleanArticle clean) {
    return clean.removed().stream().map(r -> r.span().text()).toList();
  }
}
