package org.newsgraph.read.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a page says about its article besides the body.
 *
 * @param title the headline, without the site name that {@code <title>} often appends
 * @param published the publication date
 * @param authors the authors' names, possibly none
 * @param url the canonical URL, else the URL the page was fetched from, when known
 * @param language the page's language tag ({@code en}, {@code en-US}), when it declares one
 */
public record PageMetadata(Optional<String> title, Optional<LocalDate> published, List<String> authors,
    Optional<String> url, Optional<String> language) {

  public PageMetadata {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
    authors = List.copyOf(authors);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(language, "language");
  }

  /** Metadata that says nothing. */
  public static PageMetadata none() {
    return new PageMetadata(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());
  }
}
