package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.clean.PersonCard;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.testing.FakeEngine;
import org.newsgraph.testing.SpanAssertions;

class ArticlePipelineTest {

  private static RawArticle raw(String text) {
    return new RawArticle("id1", "test.txt", Optional.of(LocalDate.of(2019, 10, 29)), Optional.empty(), text,
        List.of(), Optional.empty());
  }

  private static ArticlePipeline pipeline(Cleaner cleaner) {
    return new ArticlePipeline(cleaner, new FakeEngine(), new NameEntityResolver(), new EngineTimeResolver(),
        QuoteExtractor.none(), FactExtractor.none());
  }

  @Test
  void makesOneEntityPerDistinctNameWithConsistentSpans() {
    Article a = pipeline(Cleaner.none()).analyse(raw("Then Smith met Jones. Later Smith left in 2017."));
    assertThat(a.entities()).extracting(Entity::name).containsExactly("Smith", "Jones");
    assertThat(a.mentions()).hasSize(3);
    assertThat(a.times()).singleElement().satisfies(t -> assertThat(t.value()).isEqualTo("2017"));
    SpanAssertions.assertSpansConsistent(a);
  }

  @Test
  void analysesNothingInsideRemovedResidueAndKeepsWhatACardKnew() {
    String text = "Then Rep Brooks Morris Brooks Headline About Chicago in 1999 MORE spoke.";
    int cardStart = text.indexOf("Morris");
    int cardEnd = text.indexOf("MORE") + 4;
    Span card = Span.of(text, cardStart, cardEnd);
    Span mention = Span.of(text, text.indexOf("Brooks"), text.indexOf("Brooks") + 6);
    Cleaner cleaner = raw -> new CleanArticle(raw,
        List.of(new Removed(card, ResidueKind.INLINE_WIDGET, "person card: Morris Brooks", Optional.empty(),
            List.of("Headline About Chicago in 1999"))),
        List.of(new PersonCard(card, mention, "Morris Brooks", List.of("Headline About Chicago in 1999"))));
    Article a = pipeline(cleaner).analyse(raw(text));
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.entities()).extracting(Entity::name).containsExactly("Rep", "Brooks");
    assertThat(a.entities()).filteredOn(e -> e.name().equals("Brooks")).singleElement()
        .satisfies(e -> assertThat(e.fullName()).contains("Morris Brooks"));
    assertThat(a.times()).isEmpty();
    assertThat(a.removed()).singleElement().satisfies(r -> assertThat(r.entity()).isPresent());
    SpanAssertions.assertSpansConsistent(a);
  }

  @Test
  void blanksResidueWithoutMovingAnyOffset() {
    String text = "Keep this.\nADVERTISEMENT\nAnd this.";
    Span ad = Span.of(text, 11, 24);
    CleanArticle clean = new CleanArticle(raw(text),
        List.of(new Removed(ad, ResidueKind.BOILERPLATE, "advertisement", Optional.empty(), List.of())), List.of());
    assertThat(clean.analysisText()).isEqualTo("Keep this.\n             \nAnd this.").hasSameSizeAs(text);
  }
}
