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
    try (ArticleRows batch = batch(c)) {
      batch.add(seq, a, p, plan);
      batch.flush();
    }
  }

  /** Rows of many articles written with one set of prepared statements, for one transaction. */
  ArticleRows batch(Connection c) throws SQLException {
    return new ArticleRows(c, dialect);
  }

  static final String UPSERT_ALIAS = "INSERT INTO entity_alias (entity_id, alias_key, alias, articles) "
      + "VALUES (?,?,?,?) ON CONFLICT (entity_id, alias_key) DO UPDATE SET articles = entity_alias.articles + excluded.articles";

  static void addAliases(PreparedStatement s, List<LinkPlan.AliasUse> uses) throws SQLException {
    for (LinkPlan.AliasUse u : uses) {
      s.setLong(1, u.entityId());
      s.setString(2, u.key());
      s.setString(3, u.alias());
      s.setInt(4, u.delta());
      s.addBatch();
    }
  }

  private static void upsertAliases(Connection c, List<LinkPlan.AliasUse> uses) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(UPSERT_ALIAS)) {
      addAliases(s, uses);
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
          long id = r.getLong(6);
          if (!r.wasNull()) {
            global.put(r.getString(1), id);
          }
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

  static void span(PreparedStatement s, int at, Optional<Span> span) throws SQLException {
    setInt(s, at, span.map(Span::start));
    setInt(s, at + 1, span.map(Span::end));
    s.setString(at + 2, span.map(Span::text).orElse(null));
  }

  static void setLong(PreparedStatement s, int at, Optional<Long> value) throws SQLException {
    if (value.isPresent()) {
      s.setLong(at, value.get());
    } else {
      s.setNull(at, Types.BIGINT);
    }
  }

  static void setInt(PreparedStatement s, int at, Optional<Integer> value) throws SQLException {
    if (value.isPresent()) {
      s.setInt(at, value.get());
    } else {
      s.setNull(at, Types.INTEGER);
    }
  }
}
