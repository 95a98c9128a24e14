package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
import org.newsgraph.store.Provenance;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreLocation;
import org.newsgraph.store.WriteMode;

/** The API and pages over a store holding two hand-made articles: every endpoint, its errors, and escaping. */
class WebServerTest {

  @TempDir static Path dir;
  private static Store store;
  private static WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String TEXT = "Sen. Ann Marsh endorsed Bo Reyes on Tuesday. “We will win,” Marsh told reporters. "
      + "Marsh Annabel Marsh Headline One Headline Two MORE spoke again. <script>alert(1)</script><img src=x onerror=alert(2)>";

  static Article article() {
    String t = TEXT;
    RawArticle raw = new RawArticle("a1", "test.txt", Optional.of(LocalDate.of(2019, 10, 29)), Optional.of("Marsh backs Reyes"),
        t, List.of(), Optional.empty());
    Span marsh = span(t, "Ann Marsh");
    Span reyes = span(t, "Bo Reyes");
    Span marsh2 = Span.of(t, t.indexOf("Marsh told"), t.indexOf("Marsh told") + 5);
    Span quote = span(t, "“We will win,”");
    Span card = span(t, "Annabel Marsh Headline One Headline Two MORE");
    Entity e1 = new Entity("e1", "PERSON", "Ann Marsh", Optional.of("Annabel Marsh"), List.of("Marsh"), Map.of());
    Entity e2 = new Entity("e2", "PERSON", "Bo Reyes", Optional.empty(), List.of(), Map.of());
    return new Article(raw,
        List.of(new Removed(card, ResidueKind.INLINE_WIDGET, "person card: Annabel Marsh", Optional.of("e1"),
            List.of("Headline One", "Headline Two"))),
        List.of(e1, e2),
        List.of(new Mention(marsh, "PERSON", Optional.of("e1")), new Mention(reyes, "PERSON", Optional.of("e2")),
            new Mention(marsh2, "PERSON", Optional.of("e1"))),
        List.of(new Quote(quote, QuoteKind.DIRECT, Optional.of(span(t, "told")),
            Optional.of(new Speaker(Optional.of("e1"), "Ann Marsh", Optional.of(marsh2))))),
        List.of(new TimeExpression(span(t, "Tuesday"), "2019-10-29")),
        List.of(new Fact(FactType.ENDORSEMENT, Optional.of("e1"), Optional.of("e2"), Optional.empty(), Optional.empty(),
            Optional.of("2019-10-29"), Optional.empty(), Optional.of("2019-10-29"), Optional.of("current"),
            span(t, "Sen. Ann Marsh endorsed Bo Reyes on Tuesday."), 0.9)));
  }

  private static Span span(String text, String words) {
    int i = text.indexOf(words);
    return Span.of(text, i, i + words.length());
  }

  @BeforeAll
  static void start() {
    store = Store.open(StoreLocation.parse(dir.resolve("web.db").toString()));
    store.put(article(), new Provenance("test", "test"), WriteMode.REPLACE);
    server = WebServer.start(store, WebOptions.defaults().withPort(0), raw -> {
      throw new AssertionError("read-only");
    });
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode json(String path, int status) throws Exception {
    HttpResponse<String> r = get(path);
    assertThat(r.statusCode()).as(path + " " + r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("content-type").orElse("")).contains("application/json");
    return JSON.readTree(r.body());
  }

  private static long marshId() throws Exception {
    return json("/api/v1/entities?name=Ann%20Marsh", 200).at("/candidates/0/id").asLong();
  }

  @Test
  void looksUpEntitiesByAnyAliasAndServesTheirCards() throws Exception {
    long id = marshId();
    assertThat(json("/api/v1/entities?name=Marsh", 200).at("/candidates/0/id").asLong()).isEqualTo(id);
    JsonNode card = json("/api/v1/entities/" + id, 200);
    assertThat(card.get("name").asText()).isEqualTo("Ann Marsh");
    assertThat(card.get("fullName").asText()).isEqualTo("Annabel Marsh");
    assertThat(json("/api/v1/entities/" + id + "/facts?type=ENDORSEMENT&as_of=2019-11-01", 200).at("/items/0/type").asText())
        .isEqualTo("ENDORSEMENT");
  }

  @Test
  void servesQuotesArticlesSearchStatsAndTheApiDescription() throws Exception {
    assertThat(json("/api/v1/quotes?speaker=" + marshId(), 200).at("/items/0/text").asText()).contains("We will win");
    JsonNode a = json("/api/v1/articles/a1", 200);
    assertThat(a.get("text").asText()).isEqualTo(TEXT);
    assertThat(a.get("removed").get(0).get("kind").asText()).isEqualTo("inline-widget");
    assertThat(json("/api/v1/search?q=endorsed", 200).at("/items/0/articleId").asText()).isEqualTo("a1");
    assertThat(json("/api/v1/stats", 200).get("articles").asLong()).isEqualTo(1);
    assertThat(json("/api/v1/openapi.json", 200).get("paths").has("/api/v1/quotes")).isTrue();
  }

  @Test
  void answersBadParametersWith400AndUnknownIdsWith404AsJson() throws Exception {
    assertThat(json("/api/v1/entities", 400).get("error").asText()).contains("name");
    assertThat(json("/api/v1/entities/abc", 400).get("error").asText()).contains("number");
    assertThat(json("/api/v1/entities/999999", 404).get("error").asText()).contains("999999");
    assertThat(json("/api/v1/quotes?since=yesterday", 400).get("error").asText()).contains("YYYY-MM-DD");
    assertThat(json("/api/v1/search?q=x&limit=5000", 400).get("error").asText()).contains("limit");
    assertThat(json("/api/v1/articles/nope", 404).get("status").asInt()).isEqualTo(404);
    assertThat(json("/api/v1/nothing-here", 404).get("error").asText()).isNotBlank();
    HttpResponse<String> post = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/v1/articles")).POST(HttpRequest.BodyPublishers.ofString("date 2019-01-01 Text.")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(403);
  }

  @Test
  void rendersArticleTextAsTextNeverAsMarkup() throws Exception {
    HttpResponse<String> page = get("/article/a1");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&lt;img src=x onerror=alert(2)&gt;");
    assertThat(page.body()).contains("data-entity=\"" + marshId() + "\"").contains("class=\"removed\"");
  }

  @Test
  void rendersHomeEntitySearchAndQuotesPages() throws Exception {
    long id = marshId();
    assertThat(get("/").body()).contains("Ann Marsh").contains("1</b> articles");
    String entity = get("/entity/" + id).body();
    assertThat(entity).contains("Annabel Marsh").contains("We will win").contains("Headline One").contains("id=\"graph\"");
    assertThat(get("/search?q=endorsed").body()).contains("/article/a1");
    assertThat(get("/quotes?speaker=Marsh").body()).contains("We will win");
    assertThat(get("/entity/424242").statusCode()).isEqualTo(404);
  }
}
