package org.newsgraph.read.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.read.html.PageMetadata;

/**
 * What the page's head says that helps to recognise the header material inside the body: every form
 * of the headline, the authors' names and the summary (issue 10).
 *
 * @param titles the headline as Open Graph, JSON-LD and {@code <title>} give it
 * @param authors the authors' names
 * @param description the page's summary ({@code og:description} or {@code description})
 */
public record PageHints(List<String> titles, List<String> authors, Optional<String> description) {

  public PageHints {
    titles = List.copyOf(titles);
    authors = List.copyOf(authors);
  }

  /** The hints of {@code doc}, whose head is still whole. */
  public static PageHints of(Document doc, JsonLd ld, PageMetadata metadata) {
    List<String> titles = new ArrayList<>();
    metadata.title().ifPresent(titles::add);
    ld.headline().ifPresent(titles::add);
    titles.add(doc.title());
    Optional<String> description = Optional.empty();
    for (Element m : doc.select("meta[property=og:description], meta[name=description]")) {
      description = description.or(() -> Optional.of(m.attr("content").strip()).filter(d -> !d.isEmpty()));
    }
    return new PageHints(titles, metadata.authors(), description);
  }
}
