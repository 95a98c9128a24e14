package org.newsgraph.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The store contract on PostgreSQL; runs when NEWSGRAPH_PG_URL names a server where the user may
 * create databases, e.g. {@code postgresql://localhost:5432/postgres?user=postgres&password=...}.
 * Each test gets a database copied from a template that holds the knowledge pack (issue 8).
 */
@EnabledIfEnvironmentVariable(named = "NEWSGRAPH_PG_URL", matches = ".+")
class PostgresStoreTest extends StoreContract {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static final String TEMPLATE = "newsgraph_test_template";
  private static boolean templateReady;

  private String database;

  static String url(String database) {
    String base = StoreLocation.parse(System.getenv("NEWSGRAPH_PG_URL")).target();
    return base.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
  }

  private static void execute(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection(StoreLocation.parse(System.getenv("NEWSGRAPH_PG_URL")).target());
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static synchronized void template() throws Exception {
    if (!templateReady) {
      execute("DROP DATABASE IF EXISTS " + TEMPLATE);
      execute("CREATE DATABASE " + TEMPLATE);
      Store.open(StoreLocation.parse(url(TEMPLATE))).close();
      templateReady = true;
    }
  }

  @Override
  StoreLocation freshLocation() throws Exception {
    if (database == null) {
      template();
      database = "newsgraph_test_" + ProcessHandle.current().pid() + "_" + NEXT.incrementAndGet();
      execute("DROP DATABASE IF EXISTS " + database);
      execute("CREATE DATABASE " + database + " TEMPLATE " + TEMPLATE);
    }
    return StoreLocation.parse(url(database));
  }

  @AfterEach
  void dropDatabase() throws Exception {
    store.close();
    execute("DROP DATABASE IF EXISTS " + database);
  }
}
