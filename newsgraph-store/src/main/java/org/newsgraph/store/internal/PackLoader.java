package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.store.internal.link.NameKeys;
import org.newsgraph.store.internal.pack.PackPerson;
import org.newsgraph.store.internal.pack.PackReader;

/**
 * Loads the US Congress knowledge pack into a store once: every person becomes a global entity with
 * KB ids, name keys (with 0 article uses) and terms. Runs in one transaction (issue 8).
 */
final class PackLoader {

  private PackLoader() {}

  /** Loads the pack unless this version of it is in the store already; returns the persons loaded. */
  static int loadIfMissing(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM knowledge_pack WHERE name = ?")) {
      s.setString(1, PackReader.VERSION);
      try (ResultSet r = s.executeQuery()) {
        if (r.next()) {
          return 0;
        }
      }
    }
    List<PackPerson> people = new PackReader().read();
    boolean auto = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      long id = nextId(c);
      try (Batch b = new Batch(c)) {
        for (PackPerson p : people) {
          b.add(id++, p);
        }
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO knowledge_pack (name, entities, loaded_at) VALUES (?,?,?)")) {
        s.setString(1, PackReader.VERSION);
        s.setInt(2, people.size());
        s.setString(3, Instant.now().toString());
        s.executeUpdate();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(auto);
    }
    return people.size();
  }

  static long nextId(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT coalesce(max(id), 0) + 1 FROM global_entity");
        ResultSet r = s.executeQuery()) {
      r.next();
      return r.getLong(1);
    }
  }

  /** The batched inserts of pack persons. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement entity;
    private final PreparedStatement kb;
    private final PreparedStatement alias;
    private final PreparedStatement term;

    Batch(Connection c) throws SQLException {
      entity = c.prepareStatement("INSERT INTO global_entity (id, type, name, full_name, nickname, birthday, origin, partial) "
          + "VALUES (?, 'PERSON', ?, ?, ?, ?, ?, 0)");
      kb = c.prepareStatement("INSERT INTO entity_kb (entity_id, scheme, value) VALUES (?,?,?)");
      alias = c.prepareStatement("INSERT INTO entity_alias (entity_id, alias_key, alias, articles) VALUES (?,?,?,0) "
          + "ON CONFLICT (entity_id, alias_key) DO NOTHING");
      term = c.prepareStatement("INSERT INTO entity_term (entity_id, ord, kind, term_start, term_end, state, district, "
          + "party, source) VALUES (?,?,?,?,?,?,?,?,?)");
    }

    void add(long id, PackPerson p) throws SQLException {
      entity.setLong(1, id);
      entity.setString(2, p.name());
      entity.setString(3, p.fullName());
      entity.setString(4, p.nickname().orElse(null));
      entity.setString(5, p.birthday().map(Object::toString).orElse(null));
      entity.setString(6, "pack:" + PackReader.VERSION);
      entity.addBatch();
      for (Map.Entry<String, String> e : p.kb().entrySet()) {
        kb.setLong(1, id);
        kb.setString(2, e.getKey());
        kb.setString(3, e.getValue());
        kb.addBatch();
      }
      for (String form : p.aliases()) {
        for (String key : NameKeys.personVariants(NameKeys.tokens(form))) {
          alias.setLong(1, id);
          alias.setString(2, key);
          alias.setString(3, form);
          alias.addBatch();
        }
      }
      int ord = 0;
      for (PackPerson.Term t : p.terms()) {
        term.setLong(1, id);
        term.setInt(2, ord++);
        term.setString(3, t.kind());
        term.setString(4, t.start().map(Object::toString).orElse(null));
        term.setString(5, t.end().map(Object::toString).orElse(null));
        term.setString(6, t.state().orElse(null));
        term.setString(7, t.district().orElse(null));
        term.setString(8, t.party().orElse(null));
        term.setString(9, "knowledge pack " + PackReader.VERSION + (t.start().isEmpty() ? " (last office)" : ""));
        term.addBatch();
      }
      if (id % 1000 == 0) {
        flush();
      }
    }

    private void flush() throws SQLException {
      entity.executeBatch();
      kb.executeBatch();
      alias.executeBatch();
      term.executeBatch();
    }

    @Override
    public void close() throws SQLException {
      flush();
      for (PreparedStatement s : List.of(entity, kb, alias, term)) {
        s.close();
      }
    }
  }

  /** A pack term as the index loader reads it back. */
  static PackPerson.Term term(String kind, Optional<String> start, Optional<String> end, Optional<String> state,
      Optional<String> district, Optional<String> party) {
    return new PackPerson.Term(kind, start.map(java.time.LocalDate::parse), end.map(java.time.LocalDate::parse),
        state, district, party);
  }
}
