package org.newsgraph.web.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.model.Article;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.NameLookup;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;
import org.newsgraph.web.WebOptions;

/** The JSON API under {@code /api/v1}; lists are paginated with {@code limit} and {@code offset}. */
public final class Api {

  private final Store store;
  private final WebOptions options;
  private final Function<String, Article> ingest;
  private final PageCache cache;

  public Api(Store store, WebOptions options, Function<String, Article> ingest, PageCache cache) {
    this.store = store;
    this.options = options;
    this.ingest = ingest;
    this.cache = cache;
  }

  public void register(Javalin app) {
    app.get("/api/v1/openapi.json", this::openApi);
    app.get("/api/v1/stats", cache.cached(ctx -> ctx.json(store.stats())));
    app.get("/api/v1/entities", cache.cached(this::entities));
    app.get("/api/v1/entities/{id}", cache.cached(ctx -> ctx.json(store.card(Params.entityId(ctx))
        .orElseThrow(() -> BadRequest.notFound("no entity " + ctx.pathParam("id"))))));
    app.get("/api/v1/entities/{id}/facts", cache.cached(this::facts));
    app.get("/api/v1/quotes", cache.cached(this::quotes));
    app.get("/api/v1/articles/{id}", cache.cached(ctx -> ctx.contentType("application/json").result(store.articleJson(ctx.pathParam("id"))
        .orElseThrow(() -> BadRequest.notFound("no article " + ctx.pathParam("id"))))));
    app.get("/api/v1/search", cache.cached(this::search));
    app.post("/api/v1/articles", this::post);
  }

  private void entities(Context ctx) {
    String name = Params.text(ctx, "name").orElseThrow(() -> BadRequest.badParameter("'name' is required"));
    ctx.json(store.lookup(name));
  }

  private void facts(Context ctx) {
    long id = Params.entityId(ctx);
    if (store.card(id).isEmpty()) {
      throw BadRequest.notFound("no entity " + id);
    }
    Optional<String> type = Params.text(ctx, "type").map(t -> t.toUpperCase(java.util.Locale.ROOT));
    type.filter(t -> !t.matches("[A-Z_]{2,20}")).ifPresent(t -> {
      throw BadRequest.badParameter("'type' must be a fact type such as OFFICE or CANDIDACY, got '" + t + "'");
    });
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx);
    ctx.json(page(store.facts(new FactQuery(Optional.of(id), type, Params.date(ctx, "as_of"), offset + limit + 1)), limit, offset));
  }

  private void quotes(Context ctx) {
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx);
    QuoteQuery q = new QuoteQuery(entity(ctx, "speaker"), entity(ctx, "about"), Params.date(ctx, "since"),
        Params.date(ctx, "until"), offset + limit + 1);
    ctx.json(page(store.quotes(q), limit, offset));
  }

  private void search(Context ctx) {
    String q = Params.text(ctx, "q").orElseThrow(() -> BadRequest.badParameter("'q' is required"));
    int limit = Params.limit(ctx);
    int offset = Params.offset(ctx);
    SearchQuery query = new SearchQuery(q, Params.date(ctx, "since"), Params.date(ctx, "until"), entity(ctx, "entity"),
        offset + limit + 1);
    ctx.json(page(store.search(query), limit, offset));
  }

  private void post(Context ctx) throws IOException {
    String token = options.writeToken().orElseThrow(() -> new BadRequest(403, "this server is read-only"));
    String given = Optional.ofNullable(ctx.header("Authorization")).orElse("").replaceFirst("^Bearer ", "");
    if (!java.security.MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8))) {
      throw new BadRequest(401, "a valid write token is required (Authorization: Bearer TOKEN)");
    }
    String body;
    try (InputStream in = ctx.bodyInputStream()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (body.isBlank()) {
      throw BadRequest.badParameter("the body must hold an article: raw text with an optional 'date YYYY-MM-DD' header");
    }
    Article article = ingest.apply(body);
    ctx.status(201).json(Map.of("id", article.id(), "entities", article.entities().size(),
        "quotes", article.quotes().size(), "facts", article.facts().size()));
  }

  /** An entity named by a parameter: a number is an id, anything else a name that must be unambiguous. */
  private Optional<Long> entity(Context ctx, String name) {
    Optional<String> v = Params.text(ctx, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    if (v.get().matches("\\d{1,18}")) {
      return Optional.of(Long.parseLong(v.get()));
    }
    NameLookup lookup = store.lookup(v.get());
    if (lookup.ambiguous()) {
      throw BadRequest.badParameter("'" + name + "' is ambiguous: " + lookup.candidates().stream()
          .map(c -> c.name() + " (" + c.id() + ")").limit(10).toList() + "; give an id");
    }
    return Optional.of(lookup.chosen().or(() -> lookup.candidates().stream().findFirst())
        .orElseThrow(() -> BadRequest.notFound("no entity named '" + v.get() + "'")).id());
  }

  private static <T> Map<String, Object> page(List<T> all, int limit, int offset) {
    List<T> items = offset >= all.size() ? List.of() : all.subList(offset, Math.min(all.size(), offset + limit));
    return Map.of("items", items, "limit", limit, "offset", offset, "more", all.size() > offset + limit);
  }

  private void openApi(Context ctx) throws IOException {
    try (InputStream in = Api.class.getResourceAsStream("/org/newsgraph/web/openapi.json")) {
      if (in == null) {
        throw new IllegalStateException("openapi.json is missing from the jar");
      }
      ctx.contentType("application/json").result(in.readAllBytes());
    }
  }
}
