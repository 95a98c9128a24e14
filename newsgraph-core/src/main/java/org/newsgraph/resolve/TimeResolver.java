package org.newsgraph.resolve;

import java.util.List;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.TimeExpression;

/** Finds an article's temporal expressions and their values. Implementations are thread-safe. */
public interface TimeResolver {

  List<TimeExpression> resolve(AnnotatedArticle article);
}
