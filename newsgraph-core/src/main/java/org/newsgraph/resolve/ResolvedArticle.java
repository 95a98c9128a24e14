package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.TimeExpression;

/**
 * An annotated article with its entities resolved and its times normalised.
 *
 * @param annotated the annotated article
 * @param entities the article's entities
 * @param mentions the mentions of them, in text order
 * @param times the temporal expressions, in text order
 */
public record ResolvedArticle(
    AnnotatedArticle annotated, List<Entity> entities, List<Mention> mentions, List<TimeExpression> times) {

  public ResolvedArticle {
    Objects.requireNonNull(annotated, "annotated");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
  }

  public String text() {
    return annotated.text();
  }
}
