package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.store.internal.link.GlobalEntry;
import org.newsgraph.store.internal.link.LinkIndex;
import org.newsgraph.store.internal.pack.PackPerson;

/** Builds the linker's {@link LinkIndex} from the store's tables, once per writing run. */
final class IndexLoader {

  private IndexLoader() {}

  static LinkIndex load(Connection c) throws SQLException {
    Map<Long, List<PackPerson.Term>> terms = terms(c);
    Map<Long, String> types = new HashMap<>();
    LinkIndex index = new LinkIndex();
    try (PreparedStatement s = c.prepareStatement("SELECT id, type, name, birthday, origin, partial FROM global_entity");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long id = r.getLong(1);
        types.put(id, r.getString(2));
        index.add(new GlobalEntry(id, r.getString(2), r.getString(3), r.getInt(6) == 1,
            r.getString(5).startsWith("pack:"), Optional.ofNullable(r.getString(4)).map(LocalDate::parse),
            terms.getOrDefault(id, List.of())));
      }
    }
    try (PreparedStatement s = c.prepareStatement("SELECT entity_id, alias_key, articles FROM entity_alias");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        long id = r.getLong(1);
        index.addAlias(id, LinkIndex.aliasKey(types.get(id), r.getString(2)), r.getInt(3));
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "SELECT global_id, count(DISTINCT article_id) FROM article_entity GROUP BY global_id");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        index.addArticles(r.getLong(1), r.getInt(2));
      }
    }
    return index;
  }

  private static Map<Long, List<PackPerson.Term>> terms(Connection c) throws SQLException {
    Map<Long, List<PackPerson.Term>> terms = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(
        "SELECT entity_id, kind, term_start, term_end, state, district, party FROM entity_term ORDER BY entity_id, ord");
        ResultSet r = s.executeQuery()) {
      while (r.next()) {
        terms.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(PackLoader.term(r.getString(2),
            Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)), Optional.ofNullable(r.getString(5)),
            Optional.ofNullable(r.getString(6)), Optional.ofNullable(r.getString(7))));
      }
    }
    return terms;
  }
}
