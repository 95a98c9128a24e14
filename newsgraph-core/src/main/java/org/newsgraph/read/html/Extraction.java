package org.newsgraph.read.html;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlExtractor} found in a page: the article body, with a blank line between
 * paragraphs, and the page's metadata; or why the page is not an article.
 *
 * @param body the article text; empty when the page is not an article
 * @param metadata title, date, authors, URL and language
 * @param notArticle why the page is not an article (an index page, an error page, no body), if it is not
 */
public record Extraction(String body, PageMetadata metadata, Optional<String> notArticle) {

  public Extraction {
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(notArticle, "notArticle");
  }

  /** True when the page holds an article. */
  public boolean isArticle() {
    return notArticle.isEmpty();
  }
}
