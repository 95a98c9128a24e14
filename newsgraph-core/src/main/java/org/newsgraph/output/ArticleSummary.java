package org.newsgraph.output;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Quote;

/** A short human summary of an article, for {@code extract --format text}. Thread-safe. */
public final class ArticleSummary {

  private static final int MAX_QUOTE_CHARS = 140;

  public String summarise(Article a) {
    StringBuilder out = new StringBuilder();
    out.append("== ").append(a.raw().source()).append("  [").append(a.id()).append("]\n");
    out.append("date:          ").append(a.raw().published().map(Object::toString).orElse("unknown")).append('\n');
    a.raw().title().ifPresent(t -> out.append("title:         ").append(t).append('\n'));
    Map<String, List<Entity>> byType = a.entities().stream().collect(Collectors.groupingBy(Entity::type));
    line(out, "people:", names(byType.get("PERSON")));
    line(out, "organisations:", names(byType.get("ORGANIZATION")));
    line(out, "places:", names(byType.get("LOCATION")));
    line(out, "times:", a.times().stream().map(t -> t.span().text() + " = " + t.value()).collect(Collectors.joining("; ")));
    if (!a.removed().isEmpty()) {
      line(out, "removed:", a.removed().stream().map(r -> r.note()).collect(Collectors.joining("; ")));
    }
    for (Quote q : a.quotes()) {
      String speaker = q.speaker().map(s -> s.name()).orElse("unknown");
      out.append("quote (").append(q.kind().json()).append(") ").append(speaker).append(": ")
          .append(shorten(q.span().text())).append('\n');
    }
    for (Fact f : a.facts()) {
      out.append("fact:          ").append(describe(f, a)).append('\n');
    }
    return out.toString();
  }

  /** A fact as a sentence a person can check against the article (issue 7). */
  public static String describe(Fact f, Article a) {
    return FactSentence.of(f, a);
  }

  private static Optional<String> nameOf(Optional<String> entityId, Article a) {
    return entityId.flatMap(id -> a.entities().stream().filter(e -> e.id().equals(id)).findFirst()).map(Entity::name);
  }

  private static String names(List<Entity> entities) {
    return entities == null ? "" : entities.stream().map(Entity::name).collect(Collectors.joining(", "));
  }

  private static void line(StringBuilder out, String label, String value) {
    if (!value.isEmpty()) {
      out.append(String.format("%-15s", label)).append(value).append('\n');
    }
  }

  private static String shorten(String s) {
    String oneLine = s.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= MAX_QUOTE_CHARS ? oneLine : oneLine.substring(0, MAX_QUOTE_CHARS - 1) + "…";
  }
}
