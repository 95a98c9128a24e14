package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;

/**
 * What analysing one raw article gave: its article JSON line (the contract, byte for byte what
 * extract writes) with its names for linking, or a failure.
 *
 * @param id the article id, or null for a failure
 * @param published the publication date YYYY-MM-DD, or null
 * @param json the article JSON, one line, or null for a failure
 * @param names the article's entities for the linking stage
 * @param failure why the article could not be analysed, or null
 */
public record Analysed(String id, String published, String json, List<NameRow> names, Failure failure)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public Analysed {
    names = List.copyOf(names);
    if ((json == null) == (failure == null)) {
      throw new IllegalArgumentException("An analysed record is an article or a failure, exactly one");
    }
  }

  public static Analysed failed(Failure failure) {
    return new Analysed(null, null, null, List.of(), failure);
  }

  public boolean isArticle() {
    return json != null;
  }

  public Optional<Failure> failed() {
    return Optional.ofNullable(failure);
  }

  /** The published month, YYYY-MM, or {@code unknown}: the Parquet partition. */
  public String month() {
    return published == null ? "unknown" : published.substring(0, 7);
  }
}
