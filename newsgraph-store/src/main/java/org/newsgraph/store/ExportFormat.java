package org.newsgraph.store;

/** The formats {@code newsgraph export} writes. */
public enum ExportFormat {
  /** One JSON object per line (pandas: {@code read_json(lines=True)}). */
  JSONL,
  /** Comma-separated values with a header row (spreadsheets). */
  CSV,
  /** GraphML: entities as nodes, co-mentions as weighted edges (Gephi). */
  GRAPHML
}
