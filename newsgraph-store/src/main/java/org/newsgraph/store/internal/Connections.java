package org.newsgraph.store.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.newsgraph.store.StoreLocation;

/** Opens the store's write connection and its read pool for a location: SQLite in WAL mode, or PostgreSQL. */
final class Connections {

  private Connections() {}

  static Dialect dialectOf(StoreLocation location) {
    return location.kind() == StoreLocation.Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL;
  }

  /** The one connection writes go through; a SQLite file's folder is created. */
  static Connection writer(StoreLocation location) throws SQLException, IOException {
    return dialectOf(location) == Dialect.SQLITE ? sqlite(location.target())
        : DriverManager.getConnection(location.target(), credentials(location.target()));
  }

  static ReadPool reads(StoreLocation location) {
    return dialectOf(location) == Dialect.SQLITE ? ReadPool.sqlite(location.target())
        : ReadPool.postgres(location.target(), credentials(location.target()));
  }

  private static Connection sqlite(String file) throws SQLException, IOException {
    Path parent = Path.of(file).toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
    try (Statement s = c.createStatement()) {
      // WAL with synchronous=NORMAL: a killed process loses nothing committed; readers never block the writer
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute("PRAGMA busy_timeout=10000");
      s.execute("PRAGMA cache_size=-65536");
    }
    return c;
  }

  /** User and password from PGUSER/PGPASSWORD when the URL gives none. */
  private static Properties credentials(String url) {
    Properties props = new Properties();
    if (!url.contains("user=") && System.getenv("PGUSER") != null) {
      props.setProperty("user", System.getenv("PGUSER"));
    }
    if (!url.contains("password=") && System.getenv("PGPASSWORD") != null) {
      props.setProperty("password", System.getenv("PGPASSWORD"));
    }
    return props;
  }
}
