package org.newsgraph.output;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.read.Problem;

/**
 * One line of article JSON read back: the article, or the problem that kept it from being one.
 * Exactly one of the two is present.
 */
public record ParsedArticle(Optional<Article> article, Optional<Problem> problem) {

  public ParsedArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(problem, "problem");
    if (article.isPresent() == problem.isPresent()) {
      throw new IllegalArgumentException("A parsed article is either an article or a problem, not "
          + (article.isPresent() ? "both" : "neither"));
    }
  }

  public static ParsedArticle of(Article article) {
    return new ParsedArticle(Optional.of(article), Optional.empty());
  }

  public static ParsedArticle failed(Problem problem) {
    return new ParsedArticle(Optional.empty(), Optional.of(problem));
  }
}
