package org.newsgraph.store.internal;

import java.util.List;

/** What differs between the databases: the article key's type, the full-text search and the version triggers. */
enum Dialect {
  SQLITE("INTEGER PRIMARY KEY"),
  POSTGRESQL("BIGINT PRIMARY KEY");

  private final String sequenceColumn;

  Dialect(String sequenceColumn) {
    this.sequenceColumn = sequenceColumn;
  }

  /** The migrations in order: version, name and resource; V1 is shared with the sequence type filled in. */
  List<Migrations.Step> migrations() {
    String folder = "/org/newsgraph/store/migrations/";
    return List.of(
        new Migrations.Step(1, "schema", folder + "common.sql", sequenceColumn),
        new Migrations.Step(2, "search", folder + name().toLowerCase(java.util.Locale.ROOT) + "/V2__search.sql", ""),
        new Migrations.Step(3, "reads", folder + name().toLowerCase(java.util.Locale.ROOT) + "/V3__reads.sql", ""));
  }
}
