package org.newsgraph.spark.internal;

import java.io.Serializable;
import java.util.Optional;

/** What reading one record gave: an article or a failure, exactly one of them. */
public record Read(RawRecord article, Failure failure) implements Serializable {

  private static final long serialVersionUID = 1L;

  public Read {
    if ((article == null) == (failure == null)) {
      throw new IllegalArgumentException("A read is an article or a failure, exactly one");
    }
  }

  public boolean isArticle() {
    return article != null;
  }

  public Optional<Failure> failed() {
    return Optional.ofNullable(failure);
  }
}
