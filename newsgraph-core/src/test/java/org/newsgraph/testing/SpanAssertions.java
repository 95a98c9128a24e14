package org.newsgraph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/** The span checks every stage test runs: each span's text is the article text at its offsets. */
public final class SpanAssertions {

  private SpanAssertions() {}

  /** Asserts that every span of {@code article} carries the characters of its text. */
  public static void assertSpansConsistent(Article article) {
    String text = article.text();
    article.removed().forEach(r -> assertSpan(text, r.span()));
    article.mentions().forEach(m -> assertSpan(text, m.span()));
    article.times().forEach(t -> assertSpan(text, t.span()));
    article.facts().forEach(f -> assertSpan(text, f.evidence()));
    article.quotes().forEach(q -> {
      assertSpan(text, q.span());
      q.cue().ifPresent(c -> assertSpan(text, c));
      q.speaker().flatMap(s -> s.mention()).ifPresent(s -> assertSpan(text, s));
    });
  }

  public static void assertSpan(String text, Span span) {
    assertThat(span.end()).as("end of %s", span).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(span.start(), span.end())).as("text of %s", span).isEqualTo(span.text());
  }
}
