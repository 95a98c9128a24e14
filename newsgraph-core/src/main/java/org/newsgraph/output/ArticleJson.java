package org.newsgraph.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;
import org.newsgraph.model.Speaker;
import org.newsgraph.model.TimeExpression;

/**
 * Writes an {@link Article} as the article JSON of {@code shared/contracts/article-json.md}: every
 * field present, in the contract's order, absent values as {@code null}, empty lists as {@code []}.
 *
 * <p>Fields beyond the contract (allowed by it): {@code url} and {@code authors}. Thread-safe.
 */
public final class ArticleJson {

  private final JsonFactory factory = new JsonFactory();

  /** The article as one line of JSON, without a line break. */
  public String toJson(Article article) {
    StringWriter out = new StringWriter(article.text().length() * 3);
    write(article, out);
    return out.toString();
  }

  /** Writes the article as one line of JSON to {@code out}, without a line break. */
  public void write(Article article, Writer out) {
    try (JsonGenerator g = factory.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      writeArticle(g, article);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write article " + article.id() + ": " + e.getMessage(), e);
    }
  }

  private static void writeArticle(JsonGenerator g, Article a) throws IOException {
    RawArticle raw = a.raw();
    g.writeStartObject();
    g.writeStringField("id", raw.id());
    g.writeStringField("source", raw.source());
    string(g, "published", raw.published().map(Object::toString));
    string(g, "title", raw.title());
    g.writeStringField("text", raw.text());
    g.writeArrayFieldStart("removed");
    for (Removed r : a.removed()) {
      g.writeStartObject();
      spanFields(g, r.span());
      g.writeStringField("kind", r.kind().json());
      g.writeStringField("note", r.note());
      string(g, "entity", r.entity());
      strings(g, "headlines", r.headlines());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("entities");
    for (Entity e : a.entities()) {
      writeEntity(g, e);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("mentions");
    for (Mention m : a.mentions()) {
      g.writeStartObject();
      spanFields(g, m.span());
      g.writeStringField("type", m.type());
      string(g, "entity", m.entity());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("quotes");
    for (Quote q : a.quotes()) {
      writeQuote(g, q);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("times");
    for (TimeExpression t : a.times()) {
      g.writeStartObject();
      spanFields(g, t.span());
      g.writeStringField("value", t.value());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("facts");
    for (Fact f : a.facts()) {
      writeFact(g, f);
    }
    g.writeEndArray();
    string(g, "url", raw.url());
    strings(g, "authors", raw.authors());
    g.writeEndObject();
  }

  private static void writeEntity(JsonGenerator g, Entity e) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", e.id());
    g.writeStringField("type", e.type());
    g.writeStringField("name", e.name());
    string(g, "fullName", e.fullName());
    strings(g, "aliases", e.aliases());
    g.writeObjectFieldStart("kb");
    for (Map.Entry<String, String> kb : new TreeMap<>(e.kb()).entrySet()) {
      g.writeStringField(kb.getKey(), kb.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
    g.writeStartObject();
    spanFields(g, q.span());
    g.writeStringField("kind", q.kind().json());
    span(g, "cue", q.cue());
    g.writeFieldName("speaker");
    if (q.speaker().isEmpty()) {
      g.writeNull();
    } else {
      Speaker s = q.speaker().get();
      g.writeStartObject();
      string(g, "entity", s.entity());
      g.writeStringField("name", s.name());
      span(g, "mention", s.mention());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeFact(JsonGenerator g, Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("type", f.type().name());
    string(g, "subject", f.subject());
    string(g, "object", f.object());
    string(g, "value", f.value());
    string(g, "role", f.role());
    string(g, "start", f.start());
    string(g, "end", f.end());
    string(g, "asOf", f.asOf());
    string(g, "status", f.status());
    g.writeFieldName("evidence");
    g.writeStartObject();
    spanFields(g, f.evidence());
    g.writeEndObject();
    g.writeNumberField("confidence", Math.round(f.confidence() * 1000) / 1000.0);
    g.writeEndObject();
  }

  private static void spanFields(JsonGenerator g, Span s) throws IOException {
    g.writeNumberField("start", s.start());
    g.writeNumberField("end", s.end());
    g.writeStringField("text", s.text());
  }

  private static void span(JsonGenerator g, String name, Optional<Span> span) throws IOException {
    g.writeFieldName(name);
    if (span.isEmpty()) {
      g.writeNull();
    } else {
      g.writeStartObject();
      spanFields(g, span.get());
      g.writeEndObject();
    }
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    } else {
      g.writeNullField(name);
    }
  }

  private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
