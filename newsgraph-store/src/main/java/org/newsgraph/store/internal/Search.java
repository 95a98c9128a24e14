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

  /**
   * The best hits, ranked. The snippet (FTS5's snippet, PostgreSQL's ts_headline) is the costly part,
   * so it is made for the page of hits only: an inner query ranks every match and keeps the page, the
   * outer one adds the snippets (issue 9: a common word matches hundreds of articles).
   */
  List<SearchHit> search(SearchQuery q) throws SQLException {
    boolean sqlite = dialect == Dialect.SQLITE;
    String match = sqlite ? ftsQuery(q.text()) : q.text();
    StringBuilder top = new StringBuilder(sqlite
        ? "SELECT a.seq, a.published, -bm25(article_fts, 2.0, 1.0) AS score FROM article_fts "
            + "JOIN article a ON a.seq = article_fts.rowid WHERE article_fts MATCH ?"
        : "SELECT a.seq, a.published, ts_rank(a.search, q) AS score FROM article a, websearch_to_tsquery('english', ?) q "
            + "WHERE a.search @@ q");
    List<String> params = new ArrayList<>();
    params.add(match);
    q.since().ifPresent(d -> {
      top.append(" AND a.published >= ?");
      params.add(d.toString());
    });
    q.until().ifPresent(d -> {
      top.append(" AND a.published <= ?");
      params.add(d.toString());
    });
    top.append(q.entity().map(id -> " AND a.id IN (SELECT article_id FROM article_entity WHERE global_id = " + id + ")").orElse(""));
    top.append(" ORDER BY score DESC, a.published DESC LIMIT ").append(q.limit());
    params.add(match);
    // CROSS JOIN keeps the page as the outer loop, so FTS5 looks each hit up by rowid
    String sql = sqlite
        ? "SELECT a.id, a.title, a.published, a.source, snippet(article_fts, 1, '[', ']', '…', 16), top.score FROM ("
            + top + ") top CROSS JOIN article_fts CROSS JOIN article a WHERE article_fts.rowid = top.seq "
            + "AND article_fts MATCH ? AND a.seq = top.seq ORDER BY top.score DESC, a.published DESC"
        : "SELECT a.id, a.title, a.published, a.source, ts_headline('english', a.text, q, "
            + "'StartSel=[, StopSel=], MaxWords=24, MinWords=8'), top.score FROM (" + top + ") top "
            + "JOIN article a ON a.seq = top.seq CROSS JOIN websearch_to_tsquery('english', ?) q "
            + "ORDER BY top.score DESC, a.published DESC";
    return hits(sql, params);
  }

  private List<SearchHit> hits(String sql, List<String> params) throws SQLException {
    List<SearchHit> hits = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement(sql)) {
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
