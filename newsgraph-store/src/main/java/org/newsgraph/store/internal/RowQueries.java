package org.newsgraph.store.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.FactRow;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.QuoteRow;

/** Quotes and facts with their provenance, filtered as the query says (issue 8). */
final class RowQueries {

  /** Newest reported first; among equals, article and position order. */
  static final Comparator<FactRow> NEWEST_FIRST = Comparator
      .comparing((FactRow f) -> f.asOf().or(f::published).orElse("")).reversed();

  private static final int CONTEXT = 160;

  private final Connection connection;

  RowQueries(Connection connection) {
    this.connection = connection;
  }

  List<FactRow> facts(FactQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT f.type, f.subject_global, sg.name, f.object_global, og.name, f.value, "
        + "f.role, f.start_date, f.end_date, f.as_of, f.status, f.confidence, f.article_id, a.published, "
        + "f.evidence_start, f.evidence_end, f.evidence_text FROM fact f JOIN article a ON a.id = f.article_id "
        + "LEFT JOIN global_entity sg ON sg.id = f.subject_global LEFT JOIN global_entity og ON og.id = f.object_global WHERE 1=1");
    List<Object> params = new ArrayList<>();
    q.entity().ifPresent(id -> {
      sql.append(" AND (f.subject_global = ? OR f.object_global = ?)");
      params.add(id);
      params.add(id);
    });
    q.type().ifPresent(t -> {
      sql.append(" AND f.type = ?");
      params.add(t.toUpperCase(java.util.Locale.ROOT));
    });
    sql.append(" ORDER BY f.as_of DESC, f.article_id, f.ord");
    List<FactRow> rows = new ArrayList<>();
    try (PreparedStatement s = prepare(sql.toString(), params); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        rows.add(fact(r));
      }
    }
    if (q.asOf().isPresent()) {
      rows = heldOn(rows, q.asOf().get());
    }
    return rows.stream().sorted(NEWEST_FIRST).limit(q.limit()).toList();
  }

  private static FactRow fact(ResultSet r) throws SQLException {
    return new FactRow(r.getString(1), ref(r, 2, 3), ref(r, 4, 5), opt(r, 6), opt(r, 7), opt(r, 8), opt(r, 9),
        opt(r, 10), opt(r, 11), r.getDouble(12), r.getString(13), opt(r, 14),
        new FactRow.Evidence(r.getInt(15), r.getInt(16), r.getString(17)));
  }

  /**
   * What held on {@code date}: facts reported by then whose period covers it; of the facts about one
   * subject, type and role, only the latest reported (a later "withdrew" replaces "running").
   */
  static List<FactRow> heldOn(List<FactRow> rows, LocalDate date) {
    String day = date.toString();
    Map<String, FactRow> latest = new LinkedHashMap<>();
    for (FactRow f : rows) {
      if (reported(f).isEmpty() || reported(f).compareTo(day) <= 0) {
        String key = f.subject().map(s -> "" + s.id()).orElse("?") + "\t" + f.type() + "\t" + f.role().orElse("")
            + "\t" + f.object().map(o -> "" + o.id()).orElse(f.subject().isEmpty() ? f.evidence().text() : "");
        latest.merge(key, f, (a, b) -> reported(b).compareTo(reported(a)) > 0 ? b : a);
      }
    }
    return latest.values().stream()
        .filter(f -> f.start().map(s -> pad(s, "-01-01").compareTo(day) <= 0).orElse(true))
        .filter(f -> f.end().map(e -> pad(e, "-12-31").compareTo(day) >= 0).orElse(true))
        .toList();
  }

  private static String reported(FactRow f) {
    return f.asOf().or(f::published).orElse("");
  }

  /** A partial ISO date padded to a day: "2019" with "-12-31" gives 2019-12-31, "2019-10" gives 2019-10-31. */
  private static String pad(String date, String tail) {
    if (date.length() >= 10) {
      return date.substring(0, 10);
    }
    if (date.length() == 7) {
      return date + (tail.startsWith("-01") ? "-01" : "-31");
    }
    return date.length() == 4 ? date + tail : date;
  }

  /**
   * Quotes, newest first. The inner query chooses the page from the keys alone; only the page's rows
   * then read their article's text for the context (issue 9: sorting every matching quote together
   * with its article's text made an entity page slow).
   */
  List<QuoteRow> quotes(QuoteQuery q) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT qu.article_id, qu.ord, a.published FROM quote qu "
        + "JOIN article a ON a.id = qu.article_id WHERE 1=1");
    List<Object> params = new ArrayList<>();
    q.by().ifPresent(id -> {
      sql.append(" AND qu.speaker_global = ?");
      params.add(id);
    });
    q.about().ifPresent(id -> {
      sql.append(" AND qu.article_id IN (SELECT article_id FROM article_entity WHERE global_id = ?)"
          + " AND (qu.speaker_global IS NULL OR qu.speaker_global <> ?)");
      params.add(id);
      params.add(id);
    });
    q.since().ifPresent(d -> {
      sql.append(" AND a.published >= ?");
      params.add(d.toString());
    });
    q.until().ifPresent(d -> {
      sql.append(" AND a.published <= ?");
      params.add(d.toString());
    });
    sql.append(" ORDER BY a.published DESC, qu.article_id, qu.ord LIMIT ").append(q.limit());
    String page = "SELECT qu.text, qu.kind, qu.speaker_name, qu.speaker_global, g.name, qu.cue_text, "
        + "qu.article_id, a.title, a.published, qu.start_offset, qu.end_offset, substr(a.text, 1, qu.end_offset + " + CONTEXT + ") "
        + "FROM (" + sql + ") top "
        + "JOIN quote qu ON qu.article_id = top.article_id AND qu.ord = top.ord JOIN article a ON a.id = qu.article_id "
        + "LEFT JOIN global_entity g ON g.id = qu.speaker_global ORDER BY top.published DESC, top.article_id, top.ord";
    List<QuoteRow> rows = new ArrayList<>();
    try (PreparedStatement s = prepare(page, params); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        int start = r.getInt(10);
        int end = r.getInt(11);
        // the text up to the context's end only (an article can be long): substr counts code points, each one
        // or two Java chars, so the prefix holds at least end + CONTEXT chars and the offsets stay Java's.
        // Read as UTF-8 bytes: sqlite-jdbc's own decoding of long strings was a tenth of an entity page's time
        String text = new String(r.getBytes(12), StandardCharsets.UTF_8);
        String context = text.substring(Math.max(0, start - CONTEXT), Math.min(text.length(), end + CONTEXT)).strip();
        rows.add(new QuoteRow(r.getString(1), r.getString(2), opt(r, 3), ref(r, 4, 5), opt(r, 6), r.getString(7),
            opt(r, 8), opt(r, 9), new FactRow.Evidence(start, end, r.getString(1)), context));
      }
    }
    return rows;
  }

  private PreparedStatement prepare(String sql, List<Object> params) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof Long l) {
        s.setLong(i + 1, l);
      } else {
        s.setString(i + 1, (String) p);
      }
    }
    return s;
  }

  static Optional<String> opt(ResultSet r, int column) throws SQLException {
    return Optional.ofNullable(r.getString(column));
  }

  static Optional<FactRow.EntityRef> ref(ResultSet r, int idColumn, int nameColumn) throws SQLException {
    long id = r.getLong(idColumn);
    return r.wasNull() ? Optional.empty() : Optional.of(new FactRow.EntityRef(id, r.getString(nameColumn)));
  }
}
