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
 * @param descriptors what the article says its entities are (titles, appositives, party-state tags), in text order
 */
public record ResolvedArticle(AnnotatedArticle annotated, List<Entity> entities, List<Mention> mentions,
    List<TimeExpression> times, List<Descriptor> descriptors) {

  public ResolvedArticle {
    Objects.requireNonNull(annotated, "annotated");
    entities = List.copyOf(entities);
    mentions = List.copyOf(mentions);
    times = List.copyOf(times);
    descriptors = List.copyOf(descriptors);
  }

  /** A resolved article without descriptors. */
  public ResolvedArticle(AnnotatedArticle annotated, List<Entity> entities, List<Mention> mentions,
      List<TimeExpression> times) {
    this(annotated, entities, mentions, times, List.of());
  }

  /** The descriptors of entity {@code entityId}, in text order. */
  public List<Descriptor> descriptorsOf(String entityId) {
    return descriptors.stream().filter(d -> d.entity().equals(entityId)).toList();
  }

  public String text() {
    return annotated.text();
  }
}
