package org.newsgraph.store.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The read-only connections readers share (issue 9): a HikariCP pool, on SQLite (WAL lets readers
 * run beside each other and beside the one writer) or PostgreSQL. Each {@link #read} runs in one
 * read-only transaction, so the several queries of an entity card see one snapshot of the store.
 *
 * <p>Thread-safe. The pool opens its first connection on the first read, so commands that only
 * write (ingest) never pay for it.
 */
final class ReadPool implements AutoCloseable {

  /** One unit of reading work on a connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection c) throws SQLException;
  }

  /** Readers are CPU-bound: twice the cores keeps them busy while some wait on I/O, and bounds memory. */
  static final int SIZE = Math.min(16, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));

  private final HikariConfig config;
  private volatile HikariDataSource pool;

  private ReadPool(HikariConfig config) {
    this.config = config;
  }

  static ReadPool sqlite(String file) {
    SQLiteConfig sqlite = new SQLiteConfig();
    sqlite.setReadOnly(true);
    sqlite.setBusyTimeout(10_000);
    // a smaller page cache than the writer's: there are several readers, and the OS caches the file for all
    sqlite.setCacheSize(-16_384);
    SQLiteDataSource source = new SQLiteDataSource(sqlite);
    source.setUrl("jdbc:sqlite:" + file);
    HikariConfig c = base();
    c.setDataSource(source);
    return new ReadPool(c);
  }

  static ReadPool postgres(String url, Properties credentials) {
    HikariConfig c = base();
    c.setJdbcUrl(url);
    c.setDataSourceProperties(credentials);
    return new ReadPool(c);
  }

  private static HikariConfig base() {
    HikariConfig c = new HikariConfig();
    c.setPoolName("newsgraph-readers");
    c.setReadOnly(true);
    c.setAutoCommit(false);
    c.setMaximumPoolSize(SIZE);
    c.setMinimumIdle(1);
    c.setConnectionTimeout(30_000);
    // no connection on start: a store that is never read (ingest) opens none, and a bad URL fails at the first read
    c.setInitializationFailTimeout(-1);
    return c;
  }

  /** Runs {@code work} in a read-only transaction on a pooled connection. */
  <T> T read(Work<T> work) throws SQLException {
    try (Connection c = pool().getConnection()) {
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  private HikariDataSource pool() {
    HikariDataSource p = pool;
    if (p == null) {
      synchronized (this) {
        if (pool == null) {
          pool = new HikariDataSource(config);
        }
        p = pool;
      }
    }
    return p;
  }

  @Override
  public synchronized void close() {
    if (pool != null) {
      pool.close();
    }
  }
}
