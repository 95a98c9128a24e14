package org.newsgraph.store.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Rebuilds a stored article as the article JSON of the contract, each entity also carrying the id
 * of the global entity it was linked to ({@code globalId}, an addition the contract allows).
 */
final class ArticleQuery {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection connection;

  ArticleQuery(Connection connection) {
    this.connection = connection;
  }

  Optional<String> json(String articleId) throws SQLException {
    ObjectNode a = JSON.createObjectNode();
    try (PreparedStatement st = connection.prepareStatement(
        "SELECT id, source, published, title, text, removed, times, url, authors, pipeline_version FROM article WHERE id = ?")) {
      st.setString(1, articleId);
      try (ResultSet rs = st.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        a.put("id", rs.getString(1));
        a.put("source", rs.getString(2));
        a.put("published", rs.getString(3));
        a.put("title", rs.getString(4));
        a.put("text", rs.getString(5));
        a.set("removed", tree(rs.getString(6)));
        a.set("entities", entities(articleId));
        a.set("mentions", mentions(articleId));
        a.set("quotes", quotes(articleId));
        a.set("times", tree(rs.getString(7)));
        a.set("facts", facts(articleId));
        a.put("url", rs.getString(8));
        a.set("authors", tree(rs.getString(9)));
        a.put("pipelineVersion", rs.getString(10));
      }
    }
    return Optional.of(a.toString());
  }

  private ArrayNode entities(String articleId) throws SQLException {
    ArrayNode out = JSON.createArrayNode();
    try (ResultSet rs = select("SELECT local_id, type, name, full_name, aliases, kb, global_id FROM article_entity "
        + "WHERE article_id = ? ORDER BY mentions DESC, local_id", articleId)) {
      while (rs.next()) {
        ObjectNode e = out.addObject();
        e.put("id", rs.getString(1));
        e.put("type", rs.getString(2));
        e.put("name", rs.getString(3));
        e.put("fullName", rs.getString(4));
        e.set("aliases", tree(rs.getString(5)));
        e.set("kb", tree(rs.getString(6)));
        e.put("globalId", rs.getLong(7));
      }
    }
    return out;
  }

  private ArrayNode mentions(String articleId) throws SQLException {
    ArrayNode out = JSON.createArrayNode();
    try (ResultSet rs = select("SELECT start_offset, end_offset, text, type, local_entity, global_id FROM mention "
        + "WHERE article_id = ? ORDER BY ord", articleId)) {
      while (rs.next()) {
        ObjectNode m = span(out.addObject(), rs.getInt(1), rs.getInt(2), rs.getString(3));
        m.put("type", rs.getString(4));
        m.put("entity", rs.getString(5));
        long global = rs.getLong(6);
        if (!rs.wasNull()) {
          m.put("globalId", global);
        }
      }
    }
    return out;
  }

  private ArrayNode quotes(String articleId) throws SQLException {
    ArrayNode out = JSON.createArrayNode();
    try (ResultSet rs = select("SELECT start_offset, end_offset, text, kind, cue_start, cue_end, cue_text, speaker_name, "
        + "speaker_local, speaker_global, speaker_start, speaker_end, speaker_text FROM quote WHERE article_id = ? ORDER BY ord",
        articleId)) {
      while (rs.next()) {
        ObjectNode q = span(out.addObject(), rs.getInt(1), rs.getInt(2), rs.getString(3));
        q.put("kind", rs.getString(4));
        int cueStart = rs.getInt(5);
        q.set("cue", rs.wasNull() ? null : span(JSON.createObjectNode(), cueStart, rs.getInt(6), rs.getString(7)));
        String speakerName = rs.getString(8);
        if (speakerName == null) {
          q.putNull("speaker");
          continue;
        }
        ObjectNode s = q.putObject("speaker");
        s.put("entity", rs.getString(9));
        s.put("name", speakerName);
        long global = rs.getLong(10);
        if (!rs.wasNull()) {
          s.put("globalId", global);
        }
        int speakerStart = rs.getInt(11);
        s.set("mention", rs.wasNull() ? null : span(JSON.createObjectNode(), speakerStart, rs.getInt(12), rs.getString(13)));
      }
    }
    return out;
  }

  private ArrayNode facts(String articleId) throws SQLException {
    ArrayNode out = JSON.createArrayNode();
    try (ResultSet rs = select("SELECT type, subject_local, object_local, value, role, start_date, end_date, as_of, status, "
        + "evidence_start, evidence_end, evidence_text, confidence, subject_global, object_global FROM fact "
        + "WHERE article_id = ? ORDER BY ord", articleId)) {
      while (rs.next()) {
        ObjectNode f = out.addObject();
        String[] names = {"type", "subject", "object", "value", "role", "start", "end", "asOf", "status"};
        for (int i = 0; i < names.length; i++) {
          f.put(names[i], rs.getString(i + 1));
        }
        f.set("evidence", span(JSON.createObjectNode(), rs.getInt(10), rs.getInt(11), rs.getString(12)));
        f.put("confidence", rs.getDouble(13));
        long subject = rs.getLong(14);
        if (!rs.wasNull()) {
          f.put("subjectGlobalId", subject);
        }
        long object = rs.getLong(15);
        if (!rs.wasNull()) {
          f.put("objectGlobalId", object);
        }
      }
    }
    return out;
  }

  private ResultSet select(String sql, String articleId) throws SQLException {
    PreparedStatement st = connection.prepareStatement(sql);
    st.closeOnCompletion();
    st.setString(1, articleId);
    return st.executeQuery();
  }

  private static ObjectNode span(ObjectNode node, int start, int end, String text) {
    node.put("start", start);
    node.put("end", end);
    node.put("text", text);
    return node;
  }

  private static JsonNode tree(String json) {
    try {
      return json == null ? JSON.nullNode() : JSON.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("A stored JSON column is damaged: " + e.getOriginalMessage(), e);
    }
  }
}
