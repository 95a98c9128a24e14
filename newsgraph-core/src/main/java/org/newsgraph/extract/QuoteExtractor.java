package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.model.Quote;
import org.newsgraph.resolve.ResolvedArticle;

/** Finds quotations and their speakers. Implementations are stateless and thread-safe. */
public interface QuoteExtractor {

  List<Quote> extract(ResolvedArticle article);

  /** An extractor that finds nothing, for runs that do not need quotes. */
  static QuoteExtractor none() {
    return article -> List.of();
  }
}
