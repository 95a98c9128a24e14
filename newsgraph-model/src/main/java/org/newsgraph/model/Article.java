package org.newsgraph.model;

import java.util.List;
import java.util.Objects;

/**
 * An analysed article: what was read, what was cut as residue, and what the analysis found.
 *
 * <p>This is the article JSON contract ({@code shared/contracts/article-json.md}) as a record.
 * Every span points into {@code raw.text()}; the constructor checks that it does.
 */
public record Article(
    RawArticle raw,
    List<Removed> removed,
    List<Entity> entities,
    List<Mention> mentions,
    List<Quote> quotes,
    List<TimeExpression> times,
    List<Fact> facts) {

  public Article {
    Objects.requireNonNull(raw, "raw");
    removed = List.copyOf(removed);
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    quotes = List.copyOf(quotes);
    times = List.copyOf(times);
    facts = List.copyOf(facts);
    SpanCheck check = new SpanCheck(raw.text());
    removed.forEach(r -> check.require(r.span(), "removed"));
    mentions.forEach(m -> check.require(m.span(), "mention"));
    times.forEach(t -> check.require(t.span(), "time"));
    facts.forEach(f -> check.require(f.evidence(), "fact evidence"));
    for (Quote q : quotes) {
      check.require(q.span(), "quote");
      q.cue().ifPresent(c -> check.require(c, "quote cue"));
      q.speaker().flatMap(Speaker::mention).ifPresent(s -> check.require(s, "speaker mention"));
    }
  }

  public String id() {
    return raw.id();
  }

  public String text() {
    return raw.text();
  }

  /** Checks that spans lie inside a text and carry its characters. */
  private record SpanCheck(String text) {
    void require(Span span, String what) {
      if (span.end() > text.length() || !text.regionMatches(span.start(), span.text(), 0, span.length())) {
        throw new IllegalArgumentException(
            "The " + what + " span " + span.start() + ".." + span.end() + " does not match the article text");
      }
    }
  }
}
