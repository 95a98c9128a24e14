package org.newsgraph.store;

import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Article;
import org.newsgraph.store.internal.JdbcStore;

/**
 * The knowledge base: analysed articles linked into global entities, and the questions asked of them
 * (issue 8). One interface for SQLite and PostgreSQL.
 *
 * <p>Writes are serialised: {@link #put} stores one article in one transaction, so a crash loses at
 * most the article being written, and the store stays consistent. Reads may run at any time.
 * Not meant for two writing processes at once.
 */
public interface Store extends AutoCloseable {

  /** Opens (creating and migrating when needed) the store at {@code location}. */
  static Store open(StoreLocation location) {
    return JdbcStore.open(location);
  }

  /** Loads what linking needs (the link index) now rather than on the first {@link #put}; a writer's setup. */
  void prepareForWrites();

  /** Whether an article with this id is stored. */
  boolean contains(String articleId);

  /** Links and stores one article, in one transaction; with an id already stored, as {@code mode} says. */
  PutOutcome put(Article article, Provenance provenance, WriteMode mode);

  /**
   * Links and stores articles in one transaction, in order, skipping those already stored (an id
   * stored before or earlier in the batch); the outcomes in the same order. All or nothing: when it
   * throws, none of the batch is stored, and each article may be put again alone. Batching is what
   * lets ingest keep up with the analysis (issue 8); a crash loses at most the batch being written.
   */
  List<PutOutcome> putAll(List<Article> articles, Provenance provenance);

  /** Records why an input could not be stored. */
  void problem(String source, String code, String message);

  StoreStats stats();

  /**
   * The stored article as the article JSON of the contract, each entity, mention, speaker and fact
   * also carrying the id of its global entity ({@code globalId}, {@code subjectGlobalId}, ...).
   */
  Optional<String> articleJson(String articleId);

  /** The entities of {@code type} mentioned most often, with their mention counts in {@code articles}. */
  List<Candidate> mostMentioned(String type, int limit);

  /** The global entities a name (any alias, or a KB id such as a bioguide id) may mean. */
  NameLookup lookup(String name);

  Optional<EntityCard> card(long entityId);

  List<QuoteRow> quotes(QuoteQuery query);

  List<FactRow> facts(FactQuery query);

  List<SearchHit> search(SearchQuery query);

  /** Writes the chosen rows in the chosen format; every row carries its article and evidence. */
  void export(ExportFormat format, ExportWhat what, Writer out);

  /** Mentions per article of one global entity: article id, source and count (for evaluations). */
  List<ArticleCount> mentionsPerArticle(long entityId);

  @Override
  void close();
}
