package org.newsgraph.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.FactRow;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.QuoteRow;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;

/** The server-rendered pages: home, entity, article, search and quotes. */
public final class Pages {

  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);
  private static final int LIST = 20;

  private final Store store;
  private final PageCache cache;

  public Pages(Store store, PageCache cache) {
    this.store = store;
    this.cache = cache;
  }

  public void register(Javalin app) {
    app.get("/", cache.cached(ctx -> render(ctx, "home.jte", new Views.Home(store.stats(), store.mostMentioned("PERSON", LIST),
        store.mostMentioned("ORGANIZATION", 10)))));
    app.get("/entity/{id}", cache.cached(this::entity));
    app.get("/article/{id}", cache.cached(this::article));
    app.get("/search", cache.cached(this::search));
    app.get("/quotes", cache.cached(this::quotes));
  }

  static String errorPage(int status, String message) {
    StringOutput out = new StringOutput();
    TEMPLATES.render("error.jte", Map.of("status", status, "message", message), out);
    return out.toString();
  }

  private static void render(Context ctx, String template, Object view) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(template, view, out);
    ctx.html(out.toString());
  }

  private void entity(Context ctx) {
    long id = Params.entityId(ctx);
    EntityCard card = store.card(id).orElseThrow(() -> BadRequest.notFound("no entity " + id));
    List<QuoteRow> by = store.quotes(new QuoteQuery(Optional.of(id), Optional.empty(), Optional.empty(), Optional.empty(), LIST));
    List<QuoteRow> about = store.quotes(new QuoteQuery(Optional.empty(), Optional.of(id), Optional.empty(), Optional.empty(), LIST));
    render(ctx, "entity.jte", new Views.Entity(card, by, about, graph(card), timeline(card)));
  }

  /** Nodes and edges for the relation graph: co-mentions and the relations facts state. */
  private static String graph(EntityCard card) {
    ObjectNode g = JsonOut.mapper().createObjectNode();
    ArrayNode nodes = g.putArray("nodes");
    ArrayNode links = g.putArray("links");
    Set<Long> seen = new HashSet<>();
    node(nodes, seen, card.id(), card.name(), true);
    for (EntityCard.FactHistory h : card.facts()) {
      for (FactRow f : h.history()) {
        f.object().ifPresent(o -> {
          node(nodes, seen, o.id(), o.name(), false);
          link(links, card.id(), o.id(), f.type().toLowerCase(Locale.ROOT));
        });
        f.subject().filter(s -> s.id() != card.id()).ifPresent(s -> {
          node(nodes, seen, s.id(), s.name(), false);
          link(links, s.id(), card.id(), f.type().toLowerCase(Locale.ROOT));
        });
      }
    }
    for (EntityCard.Related r : card.coMentioned()) {
      node(nodes, seen, r.id(), r.name(), false);
      link(links, card.id(), r.id(), "co-mentioned in " + r.articles());
    }
    return g.toString();
  }

  private static void node(ArrayNode nodes, Set<Long> seen, long id, String name, boolean centre) {
    if (seen.add(id)) {
      nodes.addObject().put("id", Long.toString(id)).put("name", name).put("centre", centre);
    }
  }

  private static void link(ArrayNode links, long from, long to, String label) {
    links.addObject().put("source", Long.toString(from)).put("target", Long.toString(to)).put("label", label);
  }

  /** Offices and dated facts as bars on a time axis. */
  private static String timeline(EntityCard card) {
    ArrayNode rows = JsonOut.mapper().createArrayNode();
    for (EntityCard.Office o : card.offices()) {
      // an article's "current" report without a period is a point at its date; a "former" one has no place
      Optional<String> start = o.start().or(() -> o.status().filter("current"::equals).flatMap(x -> o.asOf()));
      Optional<String> end = o.start().isPresent() ? o.end() : o.end().or(() -> start);
      if (start.isPresent()) {
        rows.addObject().put("label", o.office() + o.state().map(s -> ", " + s).orElse(""))
            .put("start", start.get()).put("end", end.orElse("")).put("party", o.party().orElse(""));
      }
    }
    for (EntityCard.FactHistory h : card.facts()) {
      FactRow f = h.latest();
      boolean own = !h.byOthers() && !f.type().equals("OFFICE") && !f.type().equals("PARTY");
      if (own && (f.start().isPresent() || f.end().isPresent())) {
        rows.addObject().put("label", f.type() + f.role().map(r -> ": " + r).orElse(""))
            .put("start", f.start().orElse(f.end().orElse(""))).put("end", f.end().orElse(f.start().orElse("")))
            .put("party", "");
      }
    }
    return rows.toString();
  }

  private void article(Context ctx) throws Exception {
    String id = ctx.pathParam("id");
    JsonNode a = JsonOut.mapper().readTree(store.articleJson(id).orElseThrow(() -> BadRequest.notFound("no article " + id)));
    List<Views.FactLine> facts = new ArrayList<>();
    Map<String, String> names = new java.util.HashMap<>();
    List<Views.Link> entities = new ArrayList<>();
    for (JsonNode e : a.path("entities")) {
      names.put(e.path("id").asText(), e.path("name").asText());
      entities.add(new Views.Link(e.path("globalId").asLong(), e.path("name").asText(), e.path("type").asText()));
    }
    for (JsonNode f : a.path("facts")) {
      facts.add(new Views.FactLine(f.path("type").asText(), sentence(f, names),
          f.path("evidence").path("start").asInt(), f.path("evidence").path("end").asInt()));
    }
    String title = a.path("title").isTextual() ? a.get("title").asText() : a.path("source").asText();
    Optional<String> published = a.path("published").isTextual() ? Optional.of(a.get("published").asText()) : Optional.empty();
    render(ctx, "article.jte", new Views.Article(id, title, published, a.path("source").asText(),
        ArticleHtml.segments(a), facts, entities, a.path("removed").size()));
  }

  private static String sentence(JsonNode f, Map<String, String> names) {
    StringBuilder s = new StringBuilder(f.path("type").asText()).append(": ");
    s.append(names.getOrDefault(f.path("subject").asText(), "(someone)"));
    if (f.path("role").isTextual()) {
      s.append(" — ").append(f.get("role").asText());
    }
    if (f.path("object").isTextual()) {
      s.append(" → ").append(names.getOrDefault(f.get("object").asText(), "?"));
    }
    if (f.path("value").isTextual()) {
      s.append(" = ").append(f.get("value").asText());
    }
    if (f.path("status").isTextual()) {
      s.append(" [").append(f.get("status").asText()).append(']');
    }
    if (f.path("start").isTextual() || f.path("end").isTextual()) {
      s.append(" (").append(f.path("start").asText("?")).append(" – ").append(f.path("end").asText("")).append(')');
    }
    return s.toString();
  }

  private void search(Context ctx) {
    Optional<String> q = Params.text(ctx, "q");
    List<org.newsgraph.store.SearchHit> hits = q.map(text -> store.search(new SearchQuery(text, Params.date(ctx, "since"),
        Params.date(ctx, "until"), Optional.empty(), 50))).orElse(List.of());
    render(ctx, "search.jte", new Views.Search(q.orElse(""), Params.text(ctx, "since").orElse(""),
        Params.text(ctx, "until").orElse(""), hits));
  }

  private void quotes(Context ctx) {
    Optional<String> speaker = Params.text(ctx, "speaker");
    Optional<String> words = Params.text(ctx, "words");
    Optional<String> problem = Optional.empty();
    Optional<Long> by = Optional.empty();
    if (speaker.isPresent()) {
      var lookup = store.lookup(speaker.get());
      by = lookup.chosen().or(() -> lookup.candidates().stream().findFirst()).map(c -> c.id());
      if (by.isEmpty()) {
        problem = Optional.of("No one named " + speaker.get() + " is in the archive.");
      } else if (lookup.ambiguous()) {
        problem = Optional.of("“" + speaker.get() + "” may be several people; showing " + lookup.candidates().get(0).name() + ".");
      }
    }
    List<QuoteRow> quotes = problem.isPresent() && by.isEmpty() ? List.of()
        : store.quotes(new QuoteQuery(by, Optional.empty(), Params.date(ctx, "since"), Params.date(ctx, "until"), 200));
    String needle = words.map(w -> w.toLowerCase(Locale.ROOT)).orElse("");
    List<QuoteRow> shown = quotes.stream().filter(q -> q.text().toLowerCase(Locale.ROOT).contains(needle)).limit(50).toList();
    render(ctx, "quotes.jte", new Views.Quotes(speaker.orElse(""), words.orElse(""), Params.text(ctx, "since").orElse(""),
        Params.text(ctx, "until").orElse(""), shown, problem));
  }
}
