package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.RawArticle;

/**
 * A {@link RawArticle} that can travel from the readers to the analysing executors. Absent values
 * are null here only, because {@link Optional} is not serializable; {@link #toRaw()} restores them.
 */
public record RawRecord(String id, String source, String published, String title, String text,
    List<String> authors, String url) implements Serializable {

  private static final long serialVersionUID = 1L;

  public RawRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
  }

  public static RawRecord of(RawArticle raw) {
    return new RawRecord(raw.id(), raw.source(), raw.published().map(LocalDate::toString).orElse(null),
        raw.title().orElse(null), raw.text(), raw.authors(), raw.url().orElse(null));
  }

  public RawArticle toRaw() {
    return new RawArticle(id, source, Optional.ofNullable(published).map(LocalDate::parse),
        Optional.ofNullable(title), text, authors, Optional.ofNullable(url));
  }
}
