package org.newsgraph.analyse;

import java.util.Objects;
import org.newsgraph.clean.CleanArticle;

/**
 * A cleaned article and what language analysis found in it.
 *
 * @param clean the cleaned article
 * @param analysis the analysis of {@link CleanArticle#analysisText()}, whose offsets are offsets into the text
 */
public record AnnotatedArticle(CleanArticle clean, Analysis analysis) {

  public AnnotatedArticle {
    Objects.requireNonNull(clean, "clean");
    Objects.requireNonNull(analysis, "analysis");
  }

  public String text() {
    return clean.raw().text();
  }
}
