package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.store.ArticleCount;
import org.newsgraph.store.Candidate;
import org.newsgraph.store.NameLookup;
import org.newsgraph.store.internal.link.NameKeys;

/** Name lookups and counts: the queries the other query classes build on. */
final class Queries {

  private final Connection connection;

  Queries(Connection connection, Dialect dialect) {
    this.connection = connection;
  }

  long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(sql)) {
      return r.next() ? r.getLong(1) : 0;
    }
  }

  /**
   * The entities a name may mean: by alias key, or by a KB id. One is chosen when it is the only one,
   * the only one whose own name it is, or the one that at least 90% of the articles using the name meant.
   */
  NameLookup lookup(String name) throws SQLException {
    String key = NameKeys.key(name);
    Map<Long, Long> exact = aliasUses(List.of(key));
    // "Bob Corker" finds "Robert Corker": the nickname and given-name variants of the name asked
    Map<Long, Long> uses = exact.isEmpty() ? aliasUses(List.copyOf(NameKeys.personVariants(NameKeys.tokens(name)))) : exact;
    try (PreparedStatement s = connection.prepareStatement("SELECT entity_id FROM entity_kb WHERE value = ?")) {
      s.setString(1, name.strip());
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          uses.putIfAbsent(r.getLong(1), 0L);
        }
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    Map<Long, Boolean> ownName = new HashMap<>();
    for (long id : uses.keySet()) {
      Optional<Candidate> c = candidate(id);
      c.ifPresent(candidates::add);
      c.ifPresent(x -> ownName.put(id, isOwnName(x, key)));
    }
    candidates.sort(Comparator.comparingLong(Candidate::articles).reversed()
        .thenComparing(c -> -uses.get(c.id())).thenComparingLong(Candidate::id));
    return new NameLookup(name, candidates, choose(candidates, uses, ownName));
  }

  private Map<Long, Long> aliasUses(List<String> keys) throws SQLException {
    Map<Long, Long> uses = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT entity_id, articles FROM entity_alias WHERE alias_key = ?")) {
      for (String key : keys) {
        s.setString(1, key);
        try (ResultSet r = s.executeQuery()) {
          while (r.next()) {
            uses.merge(r.getLong(1), Math.max(0, r.getLong(2)), Long::sum);
          }
        }
      }
    }
    return uses;
  }

  private static boolean isOwnName(Candidate c, String key) {
    return NameKeys.key(c.name()).equals(key) && NameKeys.tokens(c.name()).size() > 1
        || c.fullName().map(f -> NameKeys.key(f).equals(key)).orElse(false)
        || c.kb().containsValue(key.toUpperCase(java.util.Locale.ROOT));
  }

  private static Optional<Candidate> choose(List<Candidate> candidates, Map<Long, Long> uses, Map<Long, Boolean> ownName) {
    if (candidates.size() == 1) {
      return Optional.of(candidates.get(0));
    }
    List<Candidate> own = candidates.stream().filter(c -> ownName.get(c.id())).toList();
    if (own.size() == 1) {
      return Optional.of(own.get(0));
    }
    long total = uses.values().stream().mapToLong(Long::longValue).sum();
    Optional<Candidate> top = candidates.stream().max(Comparator.comparingLong(c -> uses.get(c.id())));
    return top.filter(c -> total > 0 && uses.get(c.id()) >= 0.9 * total);
  }

  Optional<Candidate> candidate(long id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT type, name, full_name FROM global_entity WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        return Optional.of(new Candidate(id, r.getString(1), r.getString(2), Optional.ofNullable(r.getString(3)),
            kb(id), articles(id)));
      }
    }
  }

  Map<String, String> kb(long id) throws SQLException {
    Map<String, String> kb = new LinkedHashMap<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT scheme, value FROM entity_kb WHERE entity_id = ? ORDER BY scheme")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          kb.put(r.getString(1), r.getString(2));
        }
      }
    }
    return kb;
  }

  long articles(long id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT count(DISTINCT article_id) FROM article_entity WHERE global_id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }

  /** The entities of one type mentioned most often: the home page's lists. */
  List<Candidate> mostMentioned(String type, int limit) throws SQLException {
    String sql = "SELECT g.id, g.type, g.name, g.full_name, count(*) AS n FROM mention m "
        + "JOIN global_entity g ON g.id = m.global_id WHERE g.type = ? GROUP BY g.id, g.type, g.name, g.full_name "
        + "ORDER BY n DESC, g.name LIMIT ?";
    List<Candidate> out = new ArrayList<>();
    try (PreparedStatement st = connection.prepareStatement(sql)) {
      st.setString(1, type);
      st.setInt(2, limit);
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), Optional.ofNullable(rs.getString(4)),
              Map.of(), rs.getLong(5)));
        }
      }
    }
    return out;
  }

  List<ArticleCount> mentionsPerArticle(long id) throws SQLException {
    List<ArticleCount> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.source, count(m.ord) FROM article a "
        + "LEFT JOIN mention m ON m.article_id = a.id AND m.global_id = ? GROUP BY a.id, a.source ORDER BY a.source")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new ArticleCount(r.getString(1), r.getString(2), r.getLong(3)));
        }
      }
    }
    return out;
  }
}
