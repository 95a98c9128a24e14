package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article as a reader found it, before any analysis.
 *
 * @param id stable id: the same source and text always give the same id
 * @param source where it came from: a path, {@code path#n} for the n-th record of a file, or a URL
 * @param published the publication date, when the input or its name gives one
 * @param title the title, when the input has one
 * @param text the body exactly as read (a format header such as {@code date YYYY-MM-DD} removed)
 * @param authors the authors the input names, possibly none
 * @param url the article's URL, when the input gives one
 */
public record RawArticle(
    String id, String source, Optional<LocalDate> published, Optional<String> title, String text,
    List<String> authors, Optional<String> url) {

  public RawArticle {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    Objects.requireNonNull(url, "url");
  }

  /** The number of whitespace-separated words in the text. */
  public int wordCount() {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Character.isWhitespace(text.charAt(i));
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }
}
