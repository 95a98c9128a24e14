package org.newsgraph.resolve.internal;

import java.util.Objects;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.DescriptorKind;

/**
 * A descriptor found for a referent whose id is not known yet.
 *
 * @param cluster the referent
 * @param kind what it tells
 * @param span the words that tell it
 * @param value its normalised value
 * @param head the syntactic head token of an appositive or title, for linking descriptions
 */
public record Found(Cluster cluster, DescriptorKind kind, Span span, String value, int head) {

  public Found {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(value, "value");
  }
}
