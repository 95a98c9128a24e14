package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchQuery;

/** Ranked full-text search: FTS5 with BM25 on SQLite, tsvector with ts_rank on PostgreSQL (issue 8). */
final class Search {

  private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"|(\\S+)");

  private final Connection connection;
  private final Dialect dialect;

  Search(Connection connection, Dialect dialect) {
    this.connection = connection;
    this.dialect = dialect;
  }

  List<SearchHit> search(SearchQuery q) throws SQLException {
    boolean sqlite = dialect == Dialect.SQLITE;
    StringBuilder sql = new StringBuilder(sqlite
        ? "SELECT a.id, a.title, a.published, a.source, snippet(article_fts, 1, '[', ']', '…', 16), -bm25(article_fts, 2.0, 1.0) "
            + "FROM article_fts JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ?"
        : "SELECT a.id, a.title, a.published, a.source, ts_headline('english', a.text, q, "
            + "'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), ts_rank(a.search, q) "
            + "FROM article a, websearch_to_tsquery('english', ?) q WHERE a.search @@ q");
    List<String> params = new ArrayList<>();
    params.add(sqlite ? ftsQuery(q.text()) : q.text());
    q.since().ifPresent(d -> {
      sql.append(" AND a.published >= ?");
      params.add(d.toString());
    });
    q.until().ifPresent(d -> {
      sql.append(" AND a.published <= ?");
      params.add(d.toString());
    });
    sql.append(q.entity().map(id -> " AND a.id IN (SELECT article_id FROM article_entity WHERE global_id = " + id + ")").orElse(""));
    sql.append(" ORDER BY 6 DESC, a.published DESC LIMIT ").append(q.limit());
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql.toString())) {
      for (int i = 0; i < params.size(); i++) {
        s.setString(i + 1, params.get(i));
      }
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          hits.add(new SearchHit(r.getString(1), Optional.ofNullable(r.getString(2)), Optional.ofNullable(r.getString(3)),
              r.getString(4), r.getString(5).replaceAll("\\s+", " ").strip(), r.getDouble(6)));
        }
      }
    }
    return hits;
  }

  /** The user's words as an FTS5 query: every word or "quoted phrase" as a string, all required. */
  static String ftsQuery(String text) {
    List<String> terms = new ArrayList<>();
    Matcher m = TERM.matcher(text);
    while (m.find()) {
      String term = (m.group(1) != null ? m.group(1) : m.group(2)).replace("\"", "").strip();
      if (!term.isEmpty()) {
        terms.add('"' + term + '"');
      }
    }
    return String.join(" ", terms);
  }
}
