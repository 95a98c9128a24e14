package org.newsgraph.store;

/** What {@code newsgraph export} writes. */
public enum ExportWhat {
  ENTITIES, QUOTES, FACTS, GRAPH
}
