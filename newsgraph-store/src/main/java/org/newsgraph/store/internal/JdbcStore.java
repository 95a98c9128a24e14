package org.newsgraph.store.internal;

import java.io.File;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
 * The {@link Store} on JDBC, SQLite (WAL, FTS5) or PostgreSQL. Writes go through one connection,
 * synchronised, each article one transaction; the link index is built on the first write. Reads run
 * at the same time on a pool of read-only connections ({@link ReadPool}, issue 9), each in one
 * transaction, so they never wait for each other nor for a writer.
 */
public final class JdbcStore implements Store {

  private final Connection connection;
  private final ReadPool reads;
  private final Dialect dialect;
  private final StoreLocation location;
  private final ArticleWriter writer;
  private final Linker linker = new Linker();
  private LinkIndex index;
  private long nextSeq = -1;

  private JdbcStore(Connection connection, ReadPool reads, Dialect dialect, StoreLocation location) {
    this.connection = connection;
    this.reads = reads;
    this.dialect = dialect;
    this.location = location;
    this.writer = new ArticleWriter(dialect);
  }

  /** Opens the store, creating it, applying migrations and loading the knowledge pack as needed. */
  public static JdbcStore open(StoreLocation location) {
    Dialect dialect = Connections.dialectOf(location);
    try {
      Connection c = Connections.writer(location);
      Migrations.apply(c, dialect);
      PackLoader.loadIfMissing(c);
      return new JdbcStore(c, Connections.reads(location), dialect, location);
    } catch (SQLException e) {
      throw new StoreException("Cannot open the store " + location.describe() + ": " + e.getMessage()
          + (dialect == Dialect.POSTGRESQL ? " (is PostgreSQL running, and are user and password right?)" : ""), e);
    } catch (java.io.IOException e) {
      throw new StoreException("Cannot create the folder of the store " + location.describe() + ": " + e.getMessage(), e);
    }
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
  public StoreStats stats() {
    return read("count", c -> {
      Queries q = new Queries(c, dialect);
      long bytes = dialect == Dialect.SQLITE ? sqliteBytes() : q.count("SELECT pg_database_size(current_database())");
      return new StoreStats(q.count("SELECT count(*) FROM article"),
          q.count("SELECT count(DISTINCT global_id) FROM article_entity"),
          q.count("SELECT count(*) FROM global_entity WHERE origin LIKE 'pack:%'"),
          q.count("SELECT count(*) FROM mention"), q.count("SELECT count(*) FROM quote"),
          q.count("SELECT count(*) FROM fact"), q.count("SELECT count(*) FROM problem"), bytes,
          location.describe());
    });
  }

  private long sqliteBytes() {
    File db = new File(location.target());
    return db.length() + new File(location.target() + "-wal").length();
  }

  @Override
  public long version() {
    return read("read the version", c -> new Queries(c, dialect).count("SELECT version FROM store_version WHERE id = 1"));
  }

  @Override
  public List<org.newsgraph.store.Candidate> mostMentioned(String type, int limit) {
    return read("count mentions", c -> new Queries(c, dialect).mostMentioned(type, limit));
  }

  @Override
  public Optional<String> articleJson(String articleId) {
    return read("read article " + articleId, c -> new ArticleQuery(c).json(articleId));
  }

  @Override
  public NameLookup lookup(String name) {
    return read("look up '" + name + "'", c -> new Queries(c, dialect).lookup(name));
  }

  @Override
  public Optional<EntityCard> card(long entityId) {
    return read("read entity " + entityId, c -> new CardQuery(c).card(entityId, new Queries(c, dialect)));
  }

  @Override
  public List<QuoteRow> quotes(QuoteQuery query) {
    return read("list quotes", c -> new RowQueries(c).quotes(query));
  }

  @Override
  public List<FactRow> facts(FactQuery query) {
    return read("list facts", c -> new RowQueries(c).facts(query));
  }

  @Override
  public List<SearchHit> search(SearchQuery query) {
    return read("search", c -> new Search(c, dialect).search(query));
  }

  @Override
  public void export(ExportFormat format, ExportWhat what, Writer out) {
    read("export", c -> {
      new Exporter(c, new RowQueries(c)).export(format, what, out);
      return null;
    });
  }

  @Override
  public List<ArticleCount> mentionsPerArticle(long entityId) {
    return read("count mentions", c -> new Queries(c, dialect).mentionsPerArticle(entityId));
  }

  @Override
  public void close() {
    reads.close();
    synchronized (this) {
      try {
        connection.close();
      } catch (SQLException e) {
        throw failed("close", e);
      }
    }
  }

  private <T> T read(String what, ReadPool.Work<T> work) {
    try {
      return reads.read(work);
    } catch (SQLException e) {
      throw failed(what, e);
    }
  }

  private StoreException failed(String what, SQLException e) {
    return new StoreException("Cannot " + what + " in the store " + location.describe() + ": " + e.getMessage(), e);
  }
}
