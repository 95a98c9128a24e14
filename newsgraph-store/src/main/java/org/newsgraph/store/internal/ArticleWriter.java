package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Span;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.internal.link.GlobalEntry;
import org.newsgraph.store.internal.link.LinkPlan;
import org.newsgraph.store.internal.link.Linker;

/**
 * Writes one article's rows, and deletes them, inside the caller's transaction. Every mention, quote
 * and fact row keeps its article id and span (issue 8).
 */
final class ArticleWriter {

  private final Dialect dialect;

  ArticleWriter(Dialect dialect) {
    this.dialect = dialect;
  }

  /** What a deleted article had contributed to linking, for the index to take back. */
  record Retracted(List<LinkPlan.AliasUse> aliasUses, List<Long> mentioned) {}

  void insert(Connection c, long seq, Article a, Provenance p, LinkPlan plan) throws SQLException {
    insertArticle(c, seq, a, p);
    insertCreated(c, plan.created());
    Map<String, Long> global = new HashMap<>();
    plan.assignments().forEach((local, as) -> global.put(local, as.globalId()));
    insertEntities(c, a, plan);
    insertMentions(c, a, global);
    insertQuotes(c, a, global);
    insertFacts(c, a, global);
    upsertAliases(c, plan.aliasUses());
  }

  private void insertArticle(Connection c, long seq, Article a, Provenance p) throws SQLException {
    RawArticle raw = a.raw();
    try (PreparedStatement s = c.prepareStatement("INSERT INTO article (seq, id, source, published, title, url, authors, "
        + "text, removed, times, pipeline_version, engine_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      s.setLong(1, seq);
      s.setString(2, raw.id());
      s.setString(3, raw.source());
      s.setString(4, raw.published().map(Object::toString).orElse(null));
      s.setString(5, raw.title().orElse(null));
      s.setString(6, raw.url().orElse(null));
      s.setString(7, Columns.strings(raw.authors()));
      s.setString(8, raw.text());
      s.setString(9, Columns.removed(a.removed()));
      s.setString(10, Columns.times(a.times()));
      s.setString(11, p.pipelineVersion());
      s.setString(12, p.engineVersion());
      s.setString(13, Instant.now().toString());
      s.executeUpdate();
    }
    if (dialect == Dialect.SQLITE) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")) {
        s.setLong(1, seq);
        s.setString(2, raw.title().orElse(""));
        s.setString(3, raw.text());
        s.executeUpdate();
      }
    }
  }

  private static void insertCreated(Connection c, List<GlobalEntry> created) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO global_entity (id, type, name, full_name, nickname, birthday, origin, partial) VALUES (?,?,?,?,?,?,?,?)")) {
      for (GlobalEntry g : created) {
        s.setLong(1, g.id());
        s.setString(2, g.type());
        s.setString(3, g.name());
        s.setNull(4, Types.VARCHAR);
        s.setNull(5, Types.VARCHAR);
        s.setNull(6, Types.VARCHAR);
        s.setString(7, "articles");
        s.setInt(8, g.partial() ? 1 : 0);
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertEntities(Connection c, Article a, LinkPlan plan) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    a.mentions().forEach(m -> m.entity().ifPresent(id -> counts.merge(id, 1, Integer::sum)));
    try (PreparedStatement s = c.prepareStatement("INSERT INTO article_entity (article_id, local_id, type, name, full_name, "
        + "aliases, kb, global_id, confidence, method, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
      for (Entity e : a.entities()) {
        LinkPlan.Assignment as = plan.assignments().get(e.id());
        s.setString(1, a.id());
        s.setString(2, e.id());
        s.setString(3, e.type());
        s.setString(4, e.name());
        s.setString(5, e.fullName().orElse(null));
        s.setString(6, Columns.strings(e.aliases()));
        s.setString(7, Columns.map(e.kb()));
        s.setLong(8, as.globalId());
        s.setDouble(9, as.confidence());
        s.setString(10, as.method());
        s.setInt(11, counts.getOrDefault(e.id(), 0));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertMentions(Connection c, Article a, Map<String, Long> global) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO mention (article_id, ord, start_offset, end_offset, text, "
        + "type, local_entity, global_id) VALUES (?,?,?,?,?,?,?,?)")) {
      int ord = 0;
      for (Mention m : a.mentions()) {
        s.setString(1, a.id());
        s.setInt(2, ord++);
        s.setInt(3, m.span().start());
        s.setInt(4, m.span().end());
        s.setString(5, m.span().text());
        s.setString(6, m.type());
        s.setString(7, m.entity().orElse(null));
        setLong(s, 8, m.entity().map(global::get));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertQuotes(Connection c, Article a, Map<String, Long> global) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO quote (article_id, ord, start_offset, end_offset, text, kind, "
        + "cue_start, cue_end, cue_text, speaker_name, speaker_local, speaker_global, speaker_start, speaker_end, speaker_text) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int ord = 0;
      for (Quote q : a.quotes()) {
        s.setString(1, a.id());
        s.setInt(2, ord++);
        s.setInt(3, q.span().start());
        s.setInt(4, q.span().end());
        s.setString(5, q.span().text());
        s.setString(6, q.kind().json());
        span(s, 7, q.cue());
        Optional<String> local = q.speaker().flatMap(sp -> sp.entity());
        s.setString(10, q.speaker().map(sp -> sp.name()).orElse(null));
        s.setString(11, local.orElse(null));
        setLong(s, 12, local.map(global::get));
        span(s, 13, q.speaker().flatMap(sp -> sp.mention()));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void insertFacts(Connection c, Article a, Map<String, Long> global) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO fact (article_id, ord, type, subject_local, subject_global, "
        + "object_local, object_global, value, role, start_date, end_date, as_of, status, evidence_start, evidence_end, "
        + "evidence_text, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      int ord = 0;
      for (Fact f : a.facts()) {
        s.setString(1, a.id());
        s.setInt(2, ord++);
        s.setString(3, f.type().name());
        s.setString(4, f.subject().orElse(null));
        setLong(s, 5, f.subject().map(global::get));
        s.setString(6, f.object().orElse(null));
        setLong(s, 7, f.object().map(global::get));
        s.setString(8, f.value().orElse(null));
        s.setString(9, f.role().orElse(null));
        s.setString(10, f.start().orElse(null));
        s.setString(11, f.end().orElse(null));
        s.setString(12, f.asOf().or(() -> a.raw().published().map(Object::toString)).orElse(null));
        s.setString(13, f.status().orElse(null));
        span(s, 14, Optional.of(f.evidence()));
        s.setDouble(17, f.confidence());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static void upsertAliases(Connection c, List<LinkPlan.AliasUse> uses) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias_key, alias, articles) "
        + "VALUES (?,?,?,?) ON CONFLICT (entity_id, alias_key) DO UPDATE SET articles = entity_alias.articles + excluded.articles")) {
      for (LinkPlan.AliasUse u : uses) {
        s.setLong(1, u.entityId());
        s.setString(2, u.key());
        s.setString(3, u.alias());
        s.setInt(4, u.delta());
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  /** Deletes every row of the article, taking back its alias uses. */
  Retracted delete(Connection c, String articleId, long seq) throws SQLException {
    List<Entity> entities = new ArrayList<>();
    Map<String, Long> global = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT local_id, type, name, full_name, aliases, global_id FROM article_entity WHERE article_id = ?")) {
      s.setString(1, articleId);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          entities.add(new Entity(r.getString(1), r.getString(2), r.getString(3), Optional.ofNullable(r.getString(4)),
              Columns.strings(r.getString(5)), Map.of()));
          global.put(r.getString(1), r.getLong(6));
        }
      }
    }
    List<LinkPlan.AliasUse> uses = Linker.aliasUses(entities, global, -1);
    upsertAliases(c, uses);
    if (dialect == Dialect.SQLITE) {
      try (PreparedStatement s = c.prepareStatement("INSERT INTO article_fts (article_fts, rowid, title, text) "
          + "SELECT 'delete', seq, coalesce(title, ''), text FROM article WHERE seq = ?")) {
        s.setLong(1, seq);
        s.executeUpdate();
      }
    }
    for (String table : List.of("mention", "quote", "fact", "article_entity")) {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE article_id = ?")) {
        s.setString(1, articleId);
        s.executeUpdate();
      }
    }
    try (PreparedStatement s = c.prepareStatement("DELETE FROM article WHERE id = ?")) {
      s.setString(1, articleId);
      s.executeUpdate();
    }
    return new Retracted(uses, global.values().stream().distinct().toList());
  }

  private static void span(PreparedStatement s, int at, Optional<Span> span) throws SQLException {
    setInt(s, at, span.map(Span::start));
    setInt(s, at + 1, span.map(Span::end));
    s.setString(at + 2, span.map(Span::text).orElse(null));
  }

  private static void setLong(PreparedStatement s, int at, Optional<Long> value) throws SQLException {
    if (value.isPresent()) {
      s.setLong(at, value.get());
    } else {
      s.setNull(at, Types.BIGINT);
    }
  }

  private static void setInt(PreparedStatement s, int at, Optional<Integer> value) throws SQLException {
    if (value.isPresent()) {
      s.setInt(at, value.get());
    } else {
      s.setNull(at, Types.INTEGER);
    }
  }
}
