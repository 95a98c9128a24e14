package org.newsgraph.store;

import java.util.Optional;

/**
 * A stored fact with its provenance: the article, its date, and the evidence span in its text.
 *
 * @param subject the subject's global entity and name, when the fact has one
 * @param object the object's global entity and name, when the fact relates two
 */
public record FactRow(String type, Optional<EntityRef> subject, Optional<EntityRef> object, Optional<String> value,
    Optional<String> role, Optional<String> start, Optional<String> end, Optional<String> asOf,
    Optional<String> status, double confidence, String articleId, Optional<String> published, Evidence evidence) {

  /** A global entity as a row refers to it. */
  public record EntityRef(long id, String name) {}

  /** The words a row rests on: offsets into the article's text, and the words. */
  public record Evidence(int start, int end, String text) {}
}
