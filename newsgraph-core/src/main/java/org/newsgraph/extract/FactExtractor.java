package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Quote;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Finds the facts an article states. Implementations are stateless and thread-safe.
 *
 * <p>It sees the article's quotes, so that a fact stated only inside a quotation keeps that provenance.
 */
public interface FactExtractor {

  List<Fact> extract(ResolvedArticle article, List<Quote> quotes);

  /** An extractor that finds nothing, for runs that do not need facts. */
  static FactExtractor none() {
    return (article, quotes) -> List.of();
  }
}
