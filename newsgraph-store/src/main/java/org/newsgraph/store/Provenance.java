package org.newsgraph.store;

import java.util.Objects;

/**
 * What produced a stored article: newsgraph's version and the language engine's, kept on every
 * article row so that a later run can tell which articles an upgrade should reprocess (issue 8).
 */
public record Provenance(String pipelineVersion, String engineVersion) {

  public Provenance {
    Objects.requireNonNull(pipelineVersion, "pipelineVersion");
    Objects.requireNonNull(engineVersion, "engineVersion");
  }
}
