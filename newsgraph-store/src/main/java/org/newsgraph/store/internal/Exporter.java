package org.newsgraph.store.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.ExportWhat;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.FactRow;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.QuoteRow;

/**
 * Writes entities, quotes, facts or the co-mention graph as JSON Lines, CSV or GraphML; every row
 * names an article and its evidence span (issue 8).
 */
final class Exporter {

  /** An exported global entity, with the first article that mentions it and the words of that mention. */
  record EntityRow(long id, String type, String name, Optional<String> fullName, Map<String, String> kb, long articles,
      long mentions, String articleId, FactRow.Evidence evidence) {}

  /** An exported co-mention: two entities, the number of articles naming both, and one of them. */
  record EdgeRow(long source, long target, long articles, String articleId) {}

  private final Connection connection;
  private final RowQueries rows;

  Exporter(Connection connection, RowQueries rows) {
    this.connection = connection;
    this.rows = rows;
  }

  void export(ExportFormat format, ExportWhat what, Writer out) throws SQLException {
    try {
      switch (what) {
        case ENTITIES -> write(format, entities(), out, Exporter::entityCsv, "id,type,name,full_name,kb,articles,mentions,article,start,end,text");
        case QUOTES -> write(format, rows.quotes(new QuoteQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Integer.MAX_VALUE)), out, Exporter::quoteCsv, "text,kind,speaker,speaker_id,cue,article,published,start,end");
        case FACTS -> write(format, rows.facts(new FactQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            Integer.MAX_VALUE)), out, Exporter::factCsv,
            "type,subject_id,subject,object_id,object,value,role,start,end,as_of,status,confidence,article,evidence_start,evidence_end,evidence");
        case GRAPH -> graph(format, out);
        default -> throw new IllegalArgumentException("Unknown export: " + what);
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the export: " + e.getMessage(), e);
    }
  }

  private <T> void write(ExportFormat format, List<T> items, Writer out, java.util.function.Function<T, List<Object>> csv,
      String header) throws IOException {
    if (format == ExportFormat.GRAPHML) {
      throw new IllegalArgumentException("GraphML exports the graph only: use --what graph, or --format jsonl|csv");
    }
    if (format == ExportFormat.CSV) {
      out.write(header + "\n");
    }
    for (T item : items) {
      out.write(format == ExportFormat.JSONL ? AnswerJson.toJson(item) : csvLine(csv.apply(item)));
      out.write('\n');
    }
  }

  private List<EntityRow> entities() throws SQLException {
    Map<Long, Map<String, String>> kb = new HashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT entity_id, scheme, value FROM entity_kb WHERE entity_id IN "
        + "(SELECT global_id FROM article_entity)"); ResultSet r = s.executeQuery()) {
      while (r.next()) {
        kb.computeIfAbsent(r.getLong(1), k -> new java.util.TreeMap<>()).put(r.getString(2), r.getString(3));
      }
    }
    List<EntityRow> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT g.id, g.type, g.name, g.full_name, "
        + "count(DISTINCT ae.article_id), sum(ae.mentions), min(ae.article_id), "
        + "(SELECT min(m.ord) FROM mention m WHERE m.article_id = min(ae.article_id) AND m.global_id = g.id) "
        + "FROM global_entity g JOIN article_entity ae ON ae.global_id = g.id GROUP BY g.id, g.type, g.name, g.full_name ORDER BY g.id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        out.add(new EntityRow(r.getLong(1), r.getString(2), r.getString(3), Optional.ofNullable(r.getString(4)),
            kb.getOrDefault(r.getLong(1), Map.of()), r.getLong(5), r.getLong(6), r.getString(7),
            evidence(r.getString(7), r.getInt(8))));
      }
    }
    return out;
  }

  private FactRow.Evidence evidence(String articleId, int ord) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT start_offset, end_offset, text FROM mention WHERE article_id = ? AND ord = ?")) {
      s.setString(1, articleId);
      s.setInt(2, ord);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? new FactRow.Evidence(r.getInt(1), r.getInt(2), r.getString(3)) : new FactRow.Evidence(0, 0, "");
      }
    }
  }

  private void graph(ExportFormat format, Writer out) throws SQLException, IOException {
    List<EntityRow> nodes = entities();
    List<EdgeRow> edges = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT s.global_id, o.global_id, count(DISTINCT s.article_id), "
        + "min(s.article_id) FROM article_entity s JOIN article_entity o ON o.article_id = s.article_id "
        + "AND s.global_id < o.global_id GROUP BY s.global_id, o.global_id ORDER BY s.global_id, o.global_id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        edges.add(new EdgeRow(r.getLong(1), r.getLong(2), r.getLong(3), r.getString(4)));
      }
    }
    if (format != ExportFormat.GRAPHML) {
      write(format, edges, out, e -> List.of(e.source(), e.target(), e.articles(), e.articleId()), "source,target,articles,article");
      return;
    }
    GraphMl.write(nodes, edges, out);
  }

  private static List<Object> entityCsv(EntityRow e) {
    String kb = e.kb().entrySet().stream().map(x -> x.getKey() + ":" + x.getValue()).collect(Collectors.joining(" "));
    return List.of(e.id(), e.type(), e.name(), e.fullName().orElse(""), kb, e.articles(), e.mentions(), e.articleId(),
        e.evidence().start(), e.evidence().end(), e.evidence().text());
  }

  private static List<Object> quoteCsv(QuoteRow q) {
    return List.of(q.text(), q.kind(), q.speakerName().orElse(""), q.speaker().map(s -> (Object) s.id()).orElse(""),
        q.cue().orElse(""), q.articleId(), q.published().orElse(""), q.span().start(), q.span().end());
  }

  private static List<Object> factCsv(FactRow f) {
    return List.of(f.type(), f.subject().map(s -> (Object) s.id()).orElse(""), f.subject().map(s -> s.name()).orElse(""),
        f.object().map(s -> (Object) s.id()).orElse(""), f.object().map(s -> s.name()).orElse(""), f.value().orElse(""),
        f.role().orElse(""), f.start().orElse(""), f.end().orElse(""), f.asOf().orElse(""), f.status().orElse(""),
        f.confidence(), f.articleId(), f.evidence().start(), f.evidence().end(), f.evidence().text());
  }

  static String csvLine(List<Object> values) {
    return values.stream().map(v -> {
      String s = String.valueOf(v);
      return s.matches("(?s).*[\",\\n\\r].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }).collect(Collectors.joining(","));
  }
}
