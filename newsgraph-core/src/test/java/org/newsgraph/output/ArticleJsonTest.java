package org.newsgraph.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.TimeExpression;

class ArticleJsonTest {

  private static final String TEXT = "“We won,” Smith said on Tuesday. 😀 Ad MORE";

  private static Article article() {
    RawArticle raw = new RawArticle("abc", "x.txt", Optional.of(LocalDate.of(2019, 10, 29)), Optional.empty(), TEXT,
        List.of(), Optional.empty());
    Span smith = Span.of(TEXT, 10, 15);
    Span quote = Span.of(TEXT, 0, 9);
    Span tuesday = Span.of(TEXT, 24, 31);
    Span ad = Span.of(TEXT, TEXT.indexOf("Ad"), TEXT.length());
    return new Article(raw,
        List.of(new Removed(ad, ResidueKind.INLINE_WIDGET, "person card: Ad", Optional.empty(), List.of("h"))),
        List.of(new Entity("e1", "PERSON", "Smith", Optional.empty(), List.of(), Map.of("wikidata", "Q1"))),
        List.of(new Mention(smith, "PERSON", Optional.of("e1"))),
        List.of(new Quote(quote, QuoteKind.DIRECT, Optional.of(Span.of(TEXT, 16, 20)),
            Optional.of(new Speaker(Optional.of("e1"), "Smith", Optional.of(smith))))),
        List.of(new TimeExpression(tuesday, "2019-10-29")),
        List.of(new Fact(FactType.PARTY, Optional.of("e1"), Optional.empty(), Optional.of("Republican"),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("2019-10-29"), Optional.of("current"),
            smith, 0.8)));
  }

  @Test
  void writesEveryContractFieldWithNullsForAbsentValues() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new ArticleJson().toJson(article()));
    assertThat(json.fieldNames()).toIterable().startsWith(
        "id", "source", "published", "title", "text", "removed", "entities", "mentions", "quotes", "times", "facts");
    assertThat(json.get("title").isNull()).isTrue();
    assertThat(json.get("published").asText()).isEqualTo("2019-10-29");
    assertThat(json.at("/entities/0/fullName").isNull()).isTrue();
    assertThat(json.at("/entities/0/kb/wikidata").asText()).isEqualTo("Q1");
    assertThat(json.at("/quotes/0/speaker/mention/text").asText()).isEqualTo("Smith");
    assertThat(json.at("/quotes/0/kind").asText()).isEqualTo("direct");
    assertThat(json.at("/removed/0/kind").asText()).isEqualTo("inline-widget");
    assertThat(json.at("/removed/0/entity").isNull()).isTrue();
    assertThat(json.at("/facts/0/object").isNull()).isTrue();
    assertThat(json.at("/facts/0/evidence/text").asText()).isEqualTo("Smith");
  }

  @Test
  void countsOffsetsInUtf16UnitsAsTheContractSays() throws Exception {
    JsonNode json = new ObjectMapper().readTree(new ArticleJson().toJson(article()));
    String text = json.get("text").asText();
    JsonNode removed = json.at("/removed/0");
    assertThat(text.substring(removed.get("start").asInt(), removed.get("end").asInt()))
        .isEqualTo(removed.get("text").asText());
  }

  @Test
  void writesOneLine() {
    assertThat(new ArticleJson().toJson(article())).doesNotContain("\n");
  }
}
