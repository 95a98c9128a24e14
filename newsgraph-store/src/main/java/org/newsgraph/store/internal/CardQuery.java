package org.newsgraph.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.FactRow;

/** Builds an entity's card: the answer of {@code who} (issue 8). */
final class CardQuery {

  private static final int HEADLINES = 10;
  private static final int RELATED = 10;
  /** Co-mentions are counted over the entity's latest articles only, so that who stays fast for the most
   * mentioned people (issue 8: under 50 ms). */
  private static final int RELATED_SAMPLE = 200;

  private final Connection connection;

  CardQuery(Connection connection) {
    this.connection = connection;
  }

  Optional<EntityCard> card(long id, Queries queries) throws SQLException {
    String type;
    String name;
    Optional<String> fullName;
    Optional<String> nickname;
    Optional<String> birthday;
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT type, name, full_name, nickname, birthday FROM global_entity WHERE id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        if (!r.next()) {
          return Optional.empty();
        }
        type = r.getString(1);
        name = r.getString(2);
        fullName = Optional.ofNullable(r.getString(3));
        nickname = Optional.ofNullable(r.getString(4));
        birthday = Optional.ofNullable(r.getString(5));
      }
    }
    if (fullName.isEmpty()) {
      fullName = longestArticleFullName(id);
    }
    List<FactRow> facts = new RowQueries(connection).facts(new FactQuery(Optional.of(id), Optional.empty(), Optional.empty(), 500));
    String[] seen = seen(id);
    return Optional.of(new EntityCard(id, type, name, fullName, nickname, birthday, aliases(id), queries.kb(id),
        offices(id, facts), histories(id, facts), headlines(id), queries.articles(id),
        count("SELECT count(*) FROM mention WHERE global_id = ?", id),
        count("SELECT count(*) FROM quote WHERE speaker_global = ?", id), related(id),
        Optional.ofNullable(seen[0]), Optional.ofNullable(seen[1])));
  }

  /** For an entity the articles made, the fullest name an article knew (from a person card or the text). */
  private Optional<String> longestArticleFullName(long id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT full_name FROM article_entity "
        + "WHERE global_id = ? AND full_name IS NOT NULL ORDER BY length(full_name) DESC, full_name LIMIT 1")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
      }
    }
  }

  private List<String> aliases(long id) throws SQLException {
    List<String> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (PreparedStatement s = connection.prepareStatement(
        "SELECT alias FROM entity_alias WHERE entity_id = ? ORDER BY articles DESC, alias LIMIT 40")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          if (seen.add(r.getString(1))) {
            out.add(r.getString(1));
          }
        }
      }
    }
    return out;
  }

  /**
   * The pack's terms, consecutive terms of one office, state and party as one, then the latest report
   * of each office and party the articles give the entity (the whole history is in the facts).
   */
  private List<EntityCard.Office> offices(long id, List<FactRow> facts) throws SQLException {
    List<EntityCard.Office> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT kind, state, party, term_start, term_end, source "
        + "FROM entity_term WHERE entity_id = ? ORDER BY ord")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          EntityCard.Office term = new EntityCard.Office(office(r.getString(1)), Optional.ofNullable(r.getString(2)),
              Optional.ofNullable(r.getString(3)), Optional.ofNullable(r.getString(4)), Optional.ofNullable(r.getString(5)),
              Optional.empty(), Optional.empty(), r.getString(6));
          int last = out.size() - 1;
          if (last >= 0 && continues(out.get(last), term)) {
            EntityCard.Office before = out.get(last);
            out.set(last, new EntityCard.Office(before.office(), before.state(), before.party(), before.start(), term.end(),
                Optional.empty(), Optional.empty(), before.evidence()));
          } else {
            out.add(term);
          }
        }
      }
    }
    Map<String, FactRow> latest = new LinkedHashMap<>();
    facts.stream().sorted(RowQueries.NEWEST_FIRST)
        .filter(f -> (f.type().equals("OFFICE") || f.type().equals("PARTY"))
            && side(id, f).equals(EntityCard.FactHistory.SUBJECT))
        .forEach(f -> latest.putIfAbsent(f.type() + "\t" + label(f), f));
    for (FactRow f : latest.values()) {
      out.add(new EntityCard.Office(label(f), Optional.empty(), Optional.empty(), f.start(), f.end(), f.status(), f.asOf(),
          "article " + f.articleId() + ": \"" + f.evidence().text() + "\""));
    }
    return out;
  }

  private static String label(FactRow f) {
    return f.role().or(f::value).orElse(f.type());
  }

  /** Whether {@code next} is the term after {@code term} in the same office, state and party, within a month. */
  static boolean continues(EntityCard.Office term, EntityCard.Office next) {
    if (!term.office().equals(next.office()) || !term.state().equals(next.state()) || !term.party().equals(next.party())
        || term.end().isEmpty() || next.start().isEmpty()) {
      return false;
    }
    try {
      return !LocalDate.parse(next.start().get()).isAfter(LocalDate.parse(term.end().get()).plusDays(31));
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static String office(String kind) {
    return switch (kind) {
      case "sen" -> "U.S. Senator";
      case "rep" -> "U.S. Representative";
      case "prez" -> "President of the United States";
      case "viceprez" -> "Vice President of the United States";
      default -> kind;
    };
  }

  /** The entity's side of a fact: subject when it is the fact's subject, else object. */
  private static String side(long id, FactRow f) {
    boolean own = f.subject().map(s -> s.id() == id).orElse(false);
    return own ? EntityCard.FactHistory.SUBJECT : EntityCard.FactHistory.OBJECT;
  }

  /**
   * Facts grouped by type, role and the entity's side, newest first: the latest of each group and its
   * whole history. An aide of the entity's is not the entity's own role.
   */
  static List<EntityCard.FactHistory> histories(long id, List<FactRow> facts) {
    Map<String, List<FactRow>> groups = new LinkedHashMap<>();
    facts.stream().sorted(RowQueries.NEWEST_FIRST).forEach(f -> groups.computeIfAbsent(
        side(id, f) + "\t" + f.type() + "\t" + f.role().orElse(""), k -> new ArrayList<>()).add(f));
    List<EntityCard.FactHistory> out = new ArrayList<>();
    for (List<FactRow> g : groups.values()) {
      out.add(new EntityCard.FactHistory(g.get(0).type(), g.get(0).role(), side(id, g.get(0)), g.get(0), g));
    }
    return out;
  }

  private List<EntityCard.Headline> headlines(long id) throws SQLException {
    List<EntityCard.Headline> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("SELECT a.id, a.title, a.published, a.removed, ae.local_id "
        + "FROM article_entity ae JOIN article a ON a.id = ae.article_id WHERE ae.global_id = ? "
        + "ORDER BY a.published DESC, a.id LIMIT 200")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        Set<String> seen = new HashSet<>();
        while (r.next()) {
          String articleId = r.getString(1);
          Optional<String> published = Optional.ofNullable(r.getString(3));
          if (r.getString(2) != null && seen.add(r.getString(1)) && out.size() < HEADLINES) {
            out.add(new EntityCard.Headline(r.getString(2), published, r.getString(1), "article"));
          }
          String removed = r.getString(4);
          if (removed.length() > 2) {
            for (Columns.Card card : Columns.cards(removed)) {
              if (card.entity().equals(Optional.of(r.getString(5)))) {
                card.headlines().forEach(h -> out.add(new EntityCard.Headline(h, published, articleId, "person card")));
              }
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * The entities most often in the same articles, among the entity's latest {@value #RELATED_SAMPLE}.
   * Counted from the other entities' rows of those articles alone, and named for the top ones only
   * (issue 9: the self-join on the entity's rows and the names of every co-mentioned entity cost more
   * than the count).
   */
  private List<EntityCard.Related> related(long id) throws SQLException {
    List<EntityCard.Related> out = new ArrayList<>();
    try (PreparedStatement s = connection.prepareStatement("WITH latest AS (SELECT DISTINCT ae.article_id, a.published "
        + "FROM article_entity ae JOIN article a ON a.id = ae.article_id WHERE ae.global_id = ? "
        + "ORDER BY a.published DESC, ae.article_id LIMIT " + RELATED_SAMPLE + "), "
        + "top AS (SELECT o.global_id AS gid, count(DISTINCT o.article_id) AS n FROM article_entity o "
        + "WHERE o.article_id IN (SELECT article_id FROM latest) AND o.global_id <> ? "
        + "GROUP BY o.global_id ORDER BY n DESC, o.global_id LIMIT " + RELATED + ") "
        + "SELECT top.gid, g.name, g.type, top.n FROM top JOIN global_entity g ON g.id = top.gid ORDER BY top.n DESC, top.gid")) {
      s.setLong(1, id);
      s.setLong(2, id);
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          out.add(new EntityCard.Related(r.getLong(1), r.getString(2), r.getString(3), r.getLong(4)));
        }
      }
    }
    return out;
  }

  private String[] seen(long id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement("SELECT min(a.published), max(a.published) FROM article_entity ae "
        + "JOIN article a ON a.id = ae.article_id WHERE ae.global_id = ?")) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return new String[] {r.getString(1), r.getString(2)};
      }
    }
  }

  private long count(String sql, long id) throws SQLException {
    try (PreparedStatement s = connection.prepareStatement(sql)) {
      s.setLong(1, id);
      try (ResultSet r = s.executeQuery()) {
        return r.next() ? r.getLong(1) : 0;
      }
    }
  }
}
