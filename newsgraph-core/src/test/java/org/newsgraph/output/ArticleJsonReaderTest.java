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
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.read.Problem;

/** Reading the article JSON back (issue 12): the inverse of {@link ArticleJson}, bad lines as problems. */
class ArticleJsonReaderTest {

  private static final String TEXT = "“We won,” Smith said on Tuesday. 😀 Gov. Ana Ruiz MORE\nHe left.";

  private final ArticleJson writer = new ArticleJson();
  private final ArticleJsonReader reader = new ArticleJsonReader();

  /** Every field filled, and every optional both present and absent somewhere. */
  private static Article article() {
    RawArticle raw = new RawArticle("abc", "feed.jsonl#3", Optional.of(LocalDate.of(2019, 10, 29)),
        Optional.of("Smith wins"), TEXT, List.of("A. Writer", "B. Writer"), Optional.of("https://example.com/a"));
    Span smith = Span.of(TEXT, 10, 15);
    Span card = Span.of(TEXT, TEXT.indexOf("Ana"), TEXT.indexOf("MORE") + 4);
    Span he = Span.of(TEXT, TEXT.indexOf("He"), TEXT.indexOf("He") + 2);
    return new Article(raw,
        List.of(new Removed(card, ResidueKind.INLINE_WIDGET, "person card: Ana Ruiz", Optional.of("e2"), List.of("h1")),
            new Removed(Span.of(TEXT, 33, 35), ResidueKind.OTHER, "emoji", Optional.empty(), List.of())),
        List.of(new Entity("e1", "PERSON", "Smith", Optional.empty(), List.of(), Map.of()),
            new Entity("e2", "PERSON", "Ana Ruiz", Optional.of("Ana María Ruiz"), List.of("Ruiz", "Gov. Ruiz"),
                Map.of("wikidata", "Q1", "bioguide", "R000001"))),
        List.of(new Mention(smith, "PERSON", Optional.of("e1")), new Mention(he, "PRONOUN", Optional.empty())),
        List.of(new Quote(Span.of(TEXT, 0, 9), QuoteKind.DIRECT, Optional.of(Span.of(TEXT, 16, 20)),
                Optional.of(new Speaker(Optional.of("e1"), "Smith", Optional.of(smith)))),
            new Quote(Span.of(TEXT, 1, 8), QuoteKind.PARTIAL, Optional.empty(), Optional.empty()),
            new Quote(he, QuoteKind.INDIRECT, Optional.empty(),
                Optional.of(new Speaker(Optional.empty(), "the strategist", Optional.empty())))),
        List.of(new TimeExpression(Span.of(TEXT, 24, 31), "2019-10-29")),
        List.of(new Fact(FactType.PARTY, Optional.of("e1"), Optional.empty(), Optional.of("Republican"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("2019-10-29"), Optional.of("current"),
                smith, 0.8),
            new Fact(FactType.SUCCESSION, Optional.of("e1"), Optional.of("e2"), Optional.empty(), Optional.of("Senator"),
                Optional.of("2019-01"), Optional.of("2020"), Optional.empty(), Optional.empty(), he, 0.125)));
  }

  private ParsedArticle read(String line) {
    return reader.read(line, "out.jsonl:7");
  }

  @Test
  void readsBackTheArticleItWasWrittenFrom() {
    Article a = article();
    ParsedArticle parsed = read(writer.toJson(a));
    assertThat(parsed.problem()).isEmpty();
    assertThat(parsed.article()).contains(a);
    assertThat(writer.toJson(parsed.article().orElseThrow())).isEqualTo(writer.toJson(a));
  }

  @Test
  void readsAnArticleWithNothingFoundAndNoExtras() {
    String line = "{\"id\":\"x\",\"source\":\"a.txt\",\"published\":null,\"title\":null,\"text\":\"Hi.\",\"removed\":[],"
        + "\"entities\":[],\"mentions\":[],\"quotes\":[],\"times\":[],\"facts\":[]}";
    Article a = read(line).article().orElseThrow();
    assertThat(a.raw()).isEqualTo(new RawArticle("x", "a.txt", Optional.empty(), Optional.empty(), "Hi.", List.of(),
        Optional.empty()));
    assertThat(a.entities()).isEmpty();
  }

  @Test
  void ignoresFieldsBeyondTheContractAndKeepsTheDateOfATimestamp() {
    String line = writer.toJson(article()).replace("\"published\":\"2019-10-29\"", "\"published\":\"2019-10-29T09:00:00Z\"")
        .replace("\"id\":\"e1\",", "\"id\":\"e1\",\"globalId\":42,");
    Article a = read(line).article().orElseThrow();
    assertThat(a.raw().published()).contains(LocalDate.of(2019, 10, 29));
    assertThat(a.entities().get(0).id()).isEqualTo("e1");
  }

  @Test
  void reportsBrokenJson() {
    assertThat(read("{\"id\": broken").problem()).hasValueSatisfying(p -> {
      assertThat(p.input()).isEqualTo("out.jsonl:7");
      assertThat(p.code()).isEqualTo("invalid-json");
    });
    assertThat(read("{\"id\":\"x\"} {}").problem().map(Problem::code)).contains("invalid-json");
    assertThat(read("[1, 2]").problem().map(Problem::message)).hasValueSatisfying(m -> assertThat(m).contains("not a JSON object"));
  }

  @Test
  void namesTheMissingFieldByItsPath() {
    String line = writer.toJson(article()).replace("\"name\":\"the strategist\",", "");
    assertThat(read(line).problem()).hasValueSatisfying(p -> {
      assertThat(p.code()).isEqualTo("invalid-article");
      assertThat(p.message()).contains("quotes[2].speaker.name: missing");
    });
  }

  @Test
  void rejectsASpanThatIsNotTheTextAtItsOffsets() {
    String line = writer.toJson(article()).replace("\"start\":24,\"end\":31,\"text\":\"Tuesday\"",
        "\"start\":23,\"end\":30,\"text\":\"Tuesday\"");
    assertThat(read(line).problem().map(Problem::message)).hasValueSatisfying(m ->
        assertThat(m).contains("time span 23..30 does not match the article text"));
  }

  @Test
  void rejectsValuesTheContractDoesNotKnow() {
    String json = writer.toJson(article());
    assertThat(read(json.replace("\"kind\":\"partial\"", "\"kind\":\"rumour\"")).problem().map(Problem::message))
        .hasValueSatisfying(m -> assertThat(m).contains("quotes[1].kind: unknown quote kind 'rumour'"));
    assertThat(read(json.replace("\"type\":\"PARTY\"", "\"type\":\"HOBBY\"")).problem().map(Problem::message))
        .hasValueSatisfying(m -> assertThat(m).contains("facts[0].type: unknown value 'HOBBY'"));
    assertThat(read(json.replace("\"published\":\"2019-10-29\"", "\"published\":\"yesterday\"")).problem()
        .map(Problem::message)).hasValueSatisfying(m -> assertThat(m).contains("published: expected an ISO date"));
    assertThat(read(json.replace("\"confidence\":0.8", "\"confidence\":\"high\"")).problem().map(Problem::message))
        .hasValueSatisfying(m -> assertThat(m).contains("facts[0].confidence: expected a number"));
  }
}
