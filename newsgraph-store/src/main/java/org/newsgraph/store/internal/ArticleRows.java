package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
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
import org.newsgraph.store.Provenance;
import org.newsgraph.store.internal.link.GlobalEntry;
import org.newsgraph.store.internal.link.LinkPlan;

/**
 * The insert statements of one transaction, each prepared once and executed as one JDBC batch by
 * {@link #flush}: storing a run of articles costs a few round trips, not a dozen per article
 * (ingest throughput, issue 8). Not thread-safe; close it before the transaction ends.
 */
final class ArticleRows implements AutoCloseable {
  private final PreparedStatement article;
  private final Optional<PreparedStatement> fts;
  private final PreparedStatement created;
  private final PreparedStatement entities;
  private final PreparedStatement mentions;
  private final PreparedStatement quotes;
  private final PreparedStatement facts;
  private final PreparedStatement aliases;

  ArticleRows(Connection c, Dialect dialect) throws SQLException {
    article = c.prepareStatement("INSERT INTO article (seq, id, source, published, title, url, authors, "
        + "text, removed, times, pipeline_version, engine_version, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    fts = dialect == Dialect.SQLITE
        ? Optional.of(c.prepareStatement("INSERT INTO article_fts (rowid, title, text) VALUES (?, ?, ?)")) : Optional.empty();
    created = c.prepareStatement(
        "INSERT INTO global_entity (id, type, name, full_name, nickname, birthday, origin, partial) VALUES (?,?,?,?,?,?,?,?)");
    entities = c.prepareStatement("INSERT INTO article_entity (article_id, local_id, type, name, full_name, "
        + "aliases, kb, global_id, confidence, method, mentions) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    mentions = c.prepareStatement("INSERT INTO mention (article_id, ord, start_offset, end_offset, text, "
        + "type, local_entity, global_id) VALUES (?,?,?,?,?,?,?,?)");
    quotes = c.prepareStatement("INSERT INTO quote (article_id, ord, start_offset, end_offset, text, kind, "
        + "cue_start, cue_end, cue_text, speaker_name, speaker_local, speaker_global, speaker_start, speaker_end, speaker_text) "
        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    facts = c.prepareStatement("INSERT INTO fact (article_id, ord, type, subject_local, subject_global, "
        + "object_local, object_global, value, role, start_date, end_date, as_of, status, evidence_start, evidence_end, "
        + "evidence_text, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    aliases = c.prepareStatement(ArticleWriter.UPSERT_ALIAS);
  }

  /** Adds one article's rows; nothing reaches the database before {@link #flush}. */
  void add(long seq, Article a, Provenance p, LinkPlan plan) throws SQLException {
    addArticle(seq, a, p);
    addCreated(plan.created());
    Map<String, Long> global = new HashMap<>();
    plan.assignments().forEach((local, as) -> global.put(local, as.globalId()));
    addEntities(a, plan);
    addMentions(a, global);
    addQuotes(a, global);
    addFacts(a, plan.facts(), global);
    ArticleWriter.addAliases(aliases, plan.aliasUses());
  }

  /** Executes every statement's batch, in an order that keeps each row's references. */
  void flush() throws SQLException {
    article.executeBatch();
    if (fts.isPresent()) {
      fts.get().executeBatch();
    }
    for (PreparedStatement s : List.of(created, entities, mentions, quotes, facts, aliases)) {
      s.executeBatch();
    }
  }

  @Override
  public void close() throws SQLException {
    SQLException first = null;
    List<PreparedStatement> all = new ArrayList<>(List.of(article, created, entities, mentions, quotes, facts, aliases));
    fts.ifPresent(all::add);
    for (PreparedStatement s : all) {
      try {
        s.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }

  private void addArticle(long seq, Article a, Provenance p) throws SQLException {
    RawArticle raw = a.raw();
    PreparedStatement s = article;
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
    s.addBatch();
    if (fts.isPresent()) {
      fts.get().setLong(1, seq);
      fts.get().setString(2, raw.title().orElse(""));
      fts.get().setString(3, raw.text());
      fts.get().addBatch();
    }
  }

  private void addCreated(List<GlobalEntry> entries) throws SQLException {
    PreparedStatement s = created;
    for (GlobalEntry g : entries) {
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
  }

  private void addEntities(Article a, LinkPlan plan) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    a.mentions().forEach(m -> m.entity().ifPresent(id -> counts.merge(id, 1, Integer::sum)));
    PreparedStatement s = entities;
    for (Entity e : a.entities()) {
      LinkPlan.Assignment as = plan.assignments().get(e.id());
      s.setString(1, a.id());
      s.setString(2, e.id());
      s.setString(3, e.type());
      s.setString(4, e.name());
      s.setString(5, e.fullName().orElse(null));
      s.setString(6, Columns.strings(e.aliases()));
      s.setString(7, Columns.map(e.kb()));
      ArticleWriter.setLong(s, 8, Optional.ofNullable(as).map(LinkPlan.Assignment::globalId));
      s.setDouble(9, as == null ? 0 : as.confidence());
      s.setString(10, as == null ? "unlinked" : as.method());
      s.setInt(11, counts.getOrDefault(e.id(), 0));
      s.addBatch();
    }
  }

  private void addMentions(Article a, Map<String, Long> global) throws SQLException {
    PreparedStatement s = mentions;
    int ord = 0;
    for (Mention m : a.mentions()) {
      s.setString(1, a.id());
      s.setInt(2, ord++);
      s.setInt(3, m.span().start());
      s.setInt(4, m.span().end());
      s.setString(5, m.span().text());
      s.setString(6, m.type());
      s.setString(7, m.entity().orElse(null));
      ArticleWriter.setLong(s, 8, m.entity().map(global::get));
      s.addBatch();
    }
  }

  private void addQuotes(Article a, Map<String, Long> global) throws SQLException {
    PreparedStatement s = quotes;
    int ord = 0;
    for (Quote q : a.quotes()) {
      s.setString(1, a.id());
      s.setInt(2, ord++);
      s.setInt(3, q.span().start());
      s.setInt(4, q.span().end());
      s.setString(5, q.span().text());
      s.setString(6, q.kind().json());
      ArticleWriter.span(s, 7, q.cue());
      Optional<String> local = q.speaker().flatMap(sp -> sp.entity());
      s.setString(10, q.speaker().map(sp -> sp.name()).orElse(null));
      s.setString(11, local.orElse(null));
      ArticleWriter.setLong(s, 12, local.map(global::get));
      ArticleWriter.span(s, 13, q.speaker().flatMap(sp -> sp.mention()));
      s.addBatch();
    }
  }

  private void addFacts(Article a, List<Fact> stored, Map<String, Long> global) throws SQLException {
    PreparedStatement s = facts;
    int ord = 0;
    for (Fact f : stored) {
      s.setString(1, a.id());
      s.setInt(2, ord++);
      s.setString(3, f.type().name());
      s.setString(4, f.subject().orElse(null));
      ArticleWriter.setLong(s, 5, f.subject().map(global::get));
      s.setString(6, f.object().orElse(null));
      ArticleWriter.setLong(s, 7, f.object().map(global::get));
      s.setString(8, f.value().orElse(null));
      s.setString(9, f.role().orElse(null));
      s.setString(10, f.start().orElse(null));
      s.setString(11, f.end().orElse(null));
      s.setString(12, f.asOf().or(() -> a.raw().published().map(Object::toString)).orElse(null));
      s.setString(13, f.status().orElse(null));
      ArticleWriter.span(s, 14, Optional.of(f.evidence()));
      s.setDouble(17, f.confidence());
      s.addBatch();
    }
  }
}
