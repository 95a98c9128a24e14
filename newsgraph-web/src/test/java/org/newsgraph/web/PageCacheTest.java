package org.newsgraph.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawArticle;
import org.newsgraph.store.ArticleCount;
import org.newsgraph.store.Candidate;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.ExportWhat;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.FactRow;
import org.newsgraph.store.NameLookup;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.PutOutcome;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.QuoteRow;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreLocation;
import org.newsgraph.store.StoreStats;
import org.newsgraph.store.WriteMode;

/** Pages are rendered once per store version, carry it as their ETag, and change when the store does (issue 9). */
class PageCacheTest {

  @TempDir Path dir;
  private CountingStore store;
  private WebServer server;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    store = new CountingStore(Store.open(StoreLocation.parse(dir.resolve("cache.db").toString())));
    store.put(WebServerTest.article(), new Provenance("test", "test"), WriteMode.REPLACE);
    server = WebServer.start(store, WebOptions.defaults().withPort(0), raw -> {
      throw new AssertionError("read-only");
    });
  }

  @AfterEach
  void stop() {
    server.close();
    store.close();
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
    if (headers.length > 0) {
      b.headers(headers);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private long marshId() {
    return store.lookup("Ann Marsh").chosen().orElseThrow().id();
  }

  @Test
  void rendersAPageOnceAndServesItFromMemoryUntilTheStoreChanges() throws Exception {
    String path = "/entity/" + marshId();
    String first = get(path).body();
    int cards = store.cards.get();
    for (int i = 0; i < 5; i++) {
      assertThat(get(path).body()).isEqualTo(first);
    }
    assertThat(store.cards.get()).isEqualTo(cards);
    assertThat(get(path + "?x=1").statusCode()).isEqualTo(200);
    assertThat(store.cards.get()).as("another URL is another page").isEqualTo(cards + 1);
    store.put(second(), new Provenance("test", "test"), WriteMode.REPLACE);
    assertThat(get(path).body()).contains("Marsh wins again");
    assertThat(store.cards.get()).isEqualTo(cards + 2);
  }

  @Test
  void answersAnUnchangedPageWith304AndAChangedOneWithItsNewBody() throws Exception {
    HttpResponse<String> first = get("/api/v1/search?q=endorsed");
    String etag = first.headers().firstValue("ETag").orElseThrow();
    assertThat(first.headers().firstValue("Cache-Control")).contains("no-cache");
    HttpResponse<String> again = get("/api/v1/search?q=endorsed", "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    store.put(second(), new Provenance("test", "test"), WriteMode.REPLACE);
    HttpResponse<String> changed = get("/api/v1/search?q=endorsed", "If-None-Match", etag);
    assertThat(changed.statusCode()).isEqualTo(200);
    assertThat(changed.body()).contains("a2");
    assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
  }

  @Test
  void keepsNoErrorAnswer() throws Exception {
    assertThat(get("/entity/424242").statusCode()).isEqualTo(404);
    int cards = store.cards.get();
    assertThat(get("/entity/424242").statusCode()).isEqualTo(404);
    assertThat(store.cards.get()).isEqualTo(cards + 1);
    assertThat(get("/api/v1/search?q=x&limit=5000").statusCode()).isEqualTo(400);
  }

  @Test
  void withNoMemoryRendersEveryRequestButStillAnswers304() throws Exception {
    server.close();
    server = WebServer.start(store, WebOptions.defaults().withPort(0).withPageCacheBytes(0), raw -> {
      throw new AssertionError("read-only");
    });
    String path = "/entity/" + marshId();
    HttpResponse<String> first = get(path);
    int cards = store.cards.get();
    assertThat(get(path).body()).isEqualTo(first.body());
    assertThat(store.cards.get()).isEqualTo(cards + 1);
    assertThat(get(path, "If-None-Match", first.headers().firstValue("ETag").orElseThrow()).statusCode()).isEqualTo(304);
  }

  private static Article second() {
    String t = "Ann Marsh endorsed Bo Reyes again. Marsh wins again.";
    Article a = WebServerTest.article();
    RawArticle raw = new RawArticle("a2", "second.txt", a.raw().published(), Optional.of("Marsh wins again"), t, List.of(),
        Optional.empty());
    return new Article(raw, List.of(), List.of(a.entities().get(0)),
        List.of(new org.newsgraph.model.Mention(org.newsgraph.model.Span.of(t, 0, 9), "PERSON", Optional.of("e1"))),
        List.of(), List.of(), List.of());
  }

  /** A store that counts the cards it builds: each one is a page rendered rather than served from memory. */
  private static final class CountingStore implements Store {
    final AtomicInteger cards = new AtomicInteger();
    private final Store store;

    CountingStore(Store store) {
      this.store = store;
    }

    @Override
    public Optional<EntityCard> card(long entityId) {
      cards.incrementAndGet();
      return store.card(entityId);
    }

    @Override public void prepareForWrites() { store.prepareForWrites(); }
    @Override public boolean contains(String articleId) { return store.contains(articleId); }
    @Override public PutOutcome put(Article a, Provenance p, WriteMode m) { return store.put(a, p, m); }
    @Override public List<PutOutcome> putAll(List<Article> a, Provenance p) { return store.putAll(a, p); }
    @Override public void problem(String source, String code, String message) { store.problem(source, code, message); }
    @Override public StoreStats stats() { return store.stats(); }
    @Override public long version() { return store.version(); }
    @Override public Optional<String> articleJson(String articleId) { return store.articleJson(articleId); }
    @Override public List<Candidate> mostMentioned(String type, int limit) { return store.mostMentioned(type, limit); }
    @Override public NameLookup lookup(String name) { return store.lookup(name); }
    @Override public List<QuoteRow> quotes(QuoteQuery query) { return store.quotes(query); }
    @Override public List<FactRow> facts(FactQuery query) { return store.facts(query); }
    @Override public List<SearchHit> search(SearchQuery query) { return store.search(query); }
    @Override public void export(ExportFormat f, ExportWhat w, Writer out) { store.export(f, w, out); }
    @Override public List<ArticleCount> mentionsPerArticle(long entityId) { return store.mentionsPerArticle(entityId); }
    @Override public void close() { store.close(); }
  }
}
