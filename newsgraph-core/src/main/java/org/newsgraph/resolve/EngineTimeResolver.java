package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;

/**
 * Times as the language engine normalised them (SUTime under CoreNLP), without those that fall in
 * removed residue. Issue 6 layers newsgraph's own corrections over this.
 */
public final class EngineTimeResolver implements TimeResolver {

  @Override
  public List<TimeExpression> resolve(AnnotatedArticle article) {
    String text = article.text();
    List<Removed> removed = article.clean().removed();
    return article.analysis().times().stream()
        .filter(t -> t.value() != null && !t.value().isBlank())
        .map(t -> new TimeExpression(Span.of(text, t.start(), t.end()), t.value()))
        .filter(t -> removed.stream().noneMatch(r -> r.span().overlaps(t.span())))
        .toList();
  }
}
