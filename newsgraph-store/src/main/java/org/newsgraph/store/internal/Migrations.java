package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.newsgraph.store.StoreException;

/**
 * Versioned schema migrations: each step runs once, in its own transaction, and is recorded in
 * {@code schema_version}; a store made by an older newsgraph is brought up to date when opened.
 */
final class Migrations {

  /** One migration: its version, a name, the SQL resource, and the text that fills {@code {{SEQ}}}. */
  record Step(int version, String name, String resource, String sequenceColumn) {}

  private Migrations() {}

  static void apply(Connection c, Dialect dialect) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    }
    Set<Integer> applied = new HashSet<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_version")) {
      while (r.next()) {
        applied.add(r.getInt(1));
      }
    }
    for (Step step : dialect.migrations()) {
      if (!applied.contains(step.version())) {
        run(c, step);
      }
    }
  }

  private static void run(Connection c, Step step) throws SQLException {
    String sql = read(step.resource()).replace("{{SEQ}}", step.sequenceColumn());
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (String statement : sql.split(";\\s*\\n")) {
        String body = statement.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!body.isEmpty()) {
          s.execute(body);
        }
      }
      try (PreparedStatement p = c.prepareStatement("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
        p.setInt(1, step.version());
        p.setString(2, step.name());
        p.setString(3, Instant.now().toString());
        p.executeUpdate();
      }
      c.commit();
    } catch (SQLException e) {
      c.rollback();
      throw new StoreException("Migration V" + step.version() + " (" + step.name() + ") failed: " + e.getMessage(), e);
    } finally {
      c.setAutoCommit(auto);
    }
  }

  private static String read(String resource) {
    try (InputStream in = Migrations.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new StoreException("The migration " + resource + " is missing from the jar; rebuild newsgraph-store");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new StoreException("Cannot read the migration " + resource + ": " + e.getMessage(), e);
    }
  }
}
