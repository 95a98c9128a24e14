package org.newsgraph.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a store lives: one SQLite file, or a PostgreSQL database.
 *
 * @param kind which database
 * @param target the SQLite file path, or the PostgreSQL JDBC URL
 */
public record StoreLocation(Kind kind, String target) {

  /** The databases newsgraph stores into. */
  public enum Kind { SQLITE, POSTGRESQL }

  /** The default store: {@code ./newsgraph-data/newsgraph.db}. */
  public static final String DEFAULT = "newsgraph-data/newsgraph.db";

  public StoreLocation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
  }

  /**
   * Parses what a user wrote after {@code --store}: a {@code postgresql://} or
   * {@code jdbc:postgresql://} URL for PostgreSQL (user and password as URL parameters or from
   * PGUSER/PGPASSWORD), a folder (the store is {@code newsgraph.db} inside it) or a file path for SQLite.
   */
  public static StoreLocation parse(String location) {
    Objects.requireNonNull(location, "location");
    String s = location.strip();
    if (s.startsWith("postgresql://") || s.startsWith("postgres://")) {
      return new StoreLocation(Kind.POSTGRESQL, "jdbc:postgresql://" + s.substring(s.indexOf("://") + 3));
    }
    if (s.startsWith("jdbc:postgresql:")) {
      return new StoreLocation(Kind.POSTGRESQL, s);
    }
    if (s.matches("(?i)[a-z][a-z0-9+.-]*://.*|jdbc:.*")) {
      throw new IllegalArgumentException("'" + s + "' is a URL of a database newsgraph does not store into; give a "
          + "SQLite file or folder, or a postgresql:// URL");
    }
    if (s.isEmpty()) {
      throw new IllegalArgumentException("The store location must not be empty; give a file, a folder or a postgresql:// URL");
    }
    Path path = Path.of(s);
    boolean folder = s.endsWith("/") || path.toFile().isDirectory();
    return new StoreLocation(Kind.SQLITE, (folder ? path.resolve("newsgraph.db") : path).toString());
  }

  /** For a person: the file or the URL without its password. */
  public String describe() {
    return kind == Kind.SQLITE ? target : target.replaceAll("password=[^&]*", "password=***");
  }
}
