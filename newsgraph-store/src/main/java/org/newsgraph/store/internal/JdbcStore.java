package org.newsgraph.store.internal;

import java.io.File;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.model.Article;
import org.newsgraph.store.ArticleCount;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.ExportWhat;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.FactRow;
import org.newsgraph.store.NameLookup;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.PutOutcome;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.QuoteRow;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreLocation;
import org.newsgraph.store.StoreStats;
import org.newsgraph.store.WriteMode;
import org.newsgraph.store.internal.link.LinkIndex;
import org.newsgraph.store.internal.link.LinkPlan;
import org.newsgraph.store.internal.link.Linker;

/**
 * The {@link Store} on JDBC: one connection, SQLite (WAL, FTS5) or PostgreSQL. Writes are
 * synchronised and each article is one transaction; the link index is built on the first write.
 */
public final class JdbcStore implements Store {

  private final Connection connection;
  private final Dialect dialect;
  private final StoreLocation location;
  private final ArticleWriter writer;
  private final Queries queries;
  private final Linker linker = new Linker();
  private LinkIndex index;
  private long nextSeq = -1;

  private JdbcStore(Connection connection, Dialect dialect, StoreLocation location) {
    this.connection = connection;
    this.dialect = dialect;
    this.location = location;
    this.writer = new ArticleWriter(dialect);
    this.queries = new Queries(connection, dialect);
  }

  /** Opens the store, creating it, applying migrations and loading the knowledge pack as needed. */
  public static JdbcStore open(StoreLocation location) {
    Dialect dialect = location.kind() == StoreLocation.Kind.SQLITE ? Dialect.SQLITE : Dialect.POSTGRESQL;
    try {
      Connection c = dialect == Dialect.SQLITE ? sqlite(location.target()) : postgres(location.target());
      Migrations.apply(c, dialect);
      PackLoader.loadIfMissing(c);
      return new JdbcStore(c, dialect, location);
    } catch (SQLException e) {
      throw new StoreException("Cannot open the store " + location.describe() + ": " + e.getMessage()
          + (dialect == Dialect.POSTGRESQL ? " (is PostgreSQL running, and are user and password right?)" : ""), e);
    } catch (java.io.IOException e) {
      throw new StoreException("Cannot create the folder of the store " + location.describe() + ": " + e.getMessage(), e);
    }
  }

  private static Connection sqlite(String file) throws SQLException, java.io.IOException {
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

  private static Connection postgres(String url) throws SQLException {
    Properties props = new Properties();
    if (!url.contains("user=") && System.getenv("PGUSER") != null) {
      props.setProperty("user", System.getenv("PGUSER"));
    }
    if (!url.contains("password=") && System.getenv("PGPASSWORD") != null) {
      props.setProperty("password", System.getenv("PGPASSWORD"));
    }
    return DriverManager.getConnection(url, props);
  }

  @Override
  public synchronized void prepareForWrites() {
    try {
      index();
    } catch (SQLException e) {
      throw failed("load the link index", e);
    }
  }

  @Override
  public synchronized boolean contains(String articleId) {
    return seqOf(articleId).isPresent();
  }

  private Optional<Long> seqOf(String articleId) {
    try (PreparedStatement s = connection.prepareStatement("SELECT seq FROM article WHERE id = ?")) {
      s.setString(1, articleId);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failed("look up article " + articleId, e);
    }
  }

  @Override
  public synchronized PutOutcome put(Article article, Provenance provenance, WriteMode mode) {
    Optional<Long> old = seqOf(article.id());
    if (old.isPresent() && mode == WriteMode.SKIP_EXISTING) {
      return PutOutcome.SKIPPED;
    }
    try {
      LinkIndex links = index();
      LinkPlan plan = linker.link(article, links);
      connection.setAutoCommit(false);
      ArticleWriter.Retracted retracted = null;
      try {
        if (old.isPresent()) {
          retracted = writer.delete(connection, article.id(), old.get());
        }
        writer.insert(connection, nextSeq, article, provenance, plan);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
      nextSeq++;
      if (retracted != null) {
        links.retract(retracted.aliasUses(), retracted.mentioned());
      }
      links.apply(plan);
      return old.isPresent() ? PutOutcome.REPLACED : PutOutcome.STORED;
    } catch (SQLException e) {
      throw failed("store article " + article.id() + " (" + article.raw().source() + ")", e);
    }
  }

  @Override
  public synchronized List<PutOutcome> putAll(List<Article> articles, Provenance provenance) {
    List<PutOutcome> outcomes = new java.util.ArrayList<>();
    long seq = -1;
    try {
      LinkIndex links = index();
      seq = nextSeq;
      java.util.Set<String> batchIds = new java.util.HashSet<>();
      connection.setAutoCommit(false);
      try (ArticleRows rows = writer.batch(connection)) {
        for (Article a : articles) {
          if (!batchIds.add(a.id()) || seqOf(a.id()).isPresent()) {
            outcomes.add(PutOutcome.SKIPPED);
            continue;
          }
          // applied before the commit so that later articles of the batch link against this one;
          // a failed batch reloads the index from the store (below)
          LinkPlan plan = linker.link(a, links);
          links.apply(plan);
          rows.add(seq++, a, provenance, plan);
          outcomes.add(PutOutcome.STORED);
        }
        rows.flush();
      }
      connection.commit();
      nextSeq = seq;
      return outcomes;
    } catch (SQLException | RuntimeException e) {
      rollbackAfter(e);
      index = null; // the index saw plans that were not committed: load it again on the next write
      throw e instanceof StoreException se ? se : failed("store " + articles.size() + " articles",
          e instanceof SQLException sql ? sql : new SQLException(e.getMessage(), e));
    } finally {
      try {
        connection.setAutoCommit(true);
      } catch (SQLException e) {
        index = null;
      }
    }
  }

  private void rollbackAfter(Exception cause) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  private LinkIndex index() throws SQLException {
    if (index == null) {
      index = IndexLoader.load(connection);
      try (Statement s = connection.createStatement();
          ResultSet r = s.executeQuery("SELECT coalesce(max(seq), 0) + 1 FROM article")) {
        r.next();
        nextSeq = r.getLong(1);
      }
    }
    return index;
  }

  @Override
  public synchronized void problem(String source, String code, String message) {
    try (PreparedStatement s = connection.prepareStatement("INSERT INTO problem (source, code, message, at) VALUES (?,?,?,?)")) {
      s.setString(1, source);
      s.setString(2, code);
      s.setString(3, message);
      s.setString(4, Instant.now().toString());
      s.executeUpdate();
    } catch (SQLException e) {
      throw failed("record a problem", e);
    }
  }

  @Override
  public synchronized StoreStats stats() {
    try {
      long bytes = dialect == Dialect.SQLITE ? sqliteBytes() : queries.count("SELECT pg_database_size(current_database())");
      return new StoreStats(queries.count("SELECT count(*) FROM article"),
          queries.count("SELECT count(DISTINCT global_id) FROM article_entity"),
          queries.count("SELECT count(*) FROM global_entity WHERE origin LIKE 'pack:%'"),
          queries.count("SELECT count(*) FROM mention"), queries.count("SELECT count(*) FROM quote"),
          queries.count("SELECT count(*) FROM fact"), queries.count("SELECT count(*) FROM problem"), bytes,
          location.describe());
    } catch (SQLException e) {
      throw failed("count", e);
    }
  }

  private long sqliteBytes() {
    File db = new File(location.target());
    return db.length() + new File(location.target() + "-wal").length();
  }

  @Override
  public synchronized List<org.newsgraph.store.Candidate> mostMentioned(String type, int limit) {
    String sql = "SELECT g.id, g.type, g.name, g.full_name, count(*) AS n FROM mention m "
        + "JOIN global_entity g ON g.id = m.global_id WHERE g.type = ? GROUP BY g.id, g.type, g.name, g.full_name "
        + "ORDER BY n DESC, g.name LIMIT ?";
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, type);
      st.setInt(2, limit);
      List<org.newsgraph.store.Candidate> out = new java.util.ArrayList<>();
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new org.newsgraph.store.Candidate(rs.getLong(1), rs.getString(2), rs.getString(3),
              Optional.ofNullable(rs.getString(4)), java.util.Map.of(), rs.getLong(5)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("Cannot count mentions in the store: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized Optional<String> articleJson(String articleId) {
    try {
      return new ArticleQuery(connection).json(articleId);
    } catch (SQLException e) {
      throw new StoreException("Cannot read article " + articleId + " from the store: " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized NameLookup lookup(String name) {
    try {
      return queries.lookup(name);
    } catch (SQLException e) {
      throw failed("look up '" + name + "'", e);
    }
  }

  @Override
  public synchronized Optional<EntityCard> card(long entityId) {
    try {
      return new CardQuery(connection).card(entityId, queries);
    } catch (SQLException e) {
      throw failed("read entity " + entityId, e);
    }
  }

  @Override
  public synchronized List<QuoteRow> quotes(QuoteQuery query) {
    try {
      return new RowQueries(connection).quotes(query);
    } catch (SQLException e) {
      throw failed("list quotes", e);
    }
  }

  @Override
  public synchronized List<FactRow> facts(FactQuery query) {
    try {
      return new RowQueries(connection).facts(query);
    } catch (SQLException e) {
      throw failed("list facts", e);
    }
  }

  @Override
  public synchronized List<SearchHit> search(SearchQuery query) {
    try {
      return new Search(connection, dialect).search(query);
    } catch (SQLException e) {
      throw failed("search", e);
    }
  }

  @Override
  public synchronized void export(ExportFormat format, ExportWhat what, Writer out) {
    try {
      new Exporter(connection, new RowQueries(connection)).export(format, what, out);
    } catch (SQLException e) {
      throw failed("export", e);
    }
  }

  @Override
  public synchronized List<ArticleCount> mentionsPerArticle(long entityId) {
    try {
      return queries.mentionsPerArticle(entityId);
    } catch (SQLException e) {
      throw failed("count mentions", e);
    }
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw failed("close", e);
    }
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("Cannot " + what + " in the store " + location.describe() + ": " + e.getMessage(), e);
  }
}
