package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.Entity;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/** What a person card knew reaches the entity its mention names (issue 3), with no language engine. */
class CardFullNameTest {

  @Test
  void givesTheCardsFullNameToTheEntityOfItsMention() {
    String text = "Sen. Margaret Holloway Margaret Anne HollowayHolloway pushes farm bill vote MORE (D-Ore.) spoke.";
    RawArticle raw = new RawArticle("a", "test", Optional.empty(), Optional.empty(), text, List.of(), Optional.empty());
    CleanArticle clean = new ResidueCleaner().clean(raw);
    int start = text.indexOf("Margaret Holloway");
    NamedSpan person = new NamedSpan(start, start + "Margaret Holloway".length(), "PERSON", 1, 3);
    Analysis analysis = new Analysis(List.of(), List.of(), List.of(person), List.of());

    EntityResolver.Resolution resolution = new NameEntityResolver().resolve(new AnnotatedArticle(clean, analysis));

    Entity entity = resolution.entities().get(0);
    assertThat(entity.name()).isEqualTo("Margaret Holloway");
    assertThat(entity.fullName()).contains("Margaret Anne Holloway");
    Removed card = resolution.removed().get(0);
    assertThat(card.entity()).contains(entity.id());
    assertThat(card.note()).isEqualTo("person card: Margaret Anne Holloway");
  }
}
