package org.newsgraph.resolve.internal;

import java.util.Objects;

/**
 * A resolved mention as later pronouns and descriptions see it.
 *
 * @param from its first token
 * @param to the token after its last
 * @param head its syntactic head token
 * @param cluster the referent
 */
public record Anchor(int from, int to, int head, Cluster cluster) {

  public Anchor {
    Objects.requireNonNull(cluster, "cluster");
  }
}
