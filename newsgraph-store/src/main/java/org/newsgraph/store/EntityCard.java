package org.newsgraph.store;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the store knows about one global entity: the answer of {@code newsgraph who}.
 *
 * @param offices offices and parties over time, from knowledge packs and from article facts, each with its evidence
 * @param facts the entity's facts by type and role: the latest first, with the history
 * @param headlines headlines of articles that mention it and of person cards about it, newest first
 * @param coMentioned the entities most often mentioned in the same articles (among its latest 200)
 */
public record EntityCard(long id, String type, String name, Optional<String> fullName, Optional<String> nickname,
    Optional<String> birthday, List<String> aliases, Map<String, String> kb, List<Office> offices,
    List<FactHistory> facts, List<Headline> headlines, long articles, long mentions, long quotes,
    List<Related> coMentioned, Optional<String> firstSeen, Optional<String> lastSeen) {

  public EntityCard {
    aliases = List.copyOf(aliases);
    kb = Map.copyOf(kb);
    offices = List.copyOf(offices);
    facts = List.copyOf(facts);
    headlines = List.copyOf(headlines);
    coMentioned = List.copyOf(coMentioned);
  }

  /**
   * An office or party membership: a term of a knowledge pack, over its period, or the latest an
   * article reported of it, with the status it gave ({@code current}, {@code former}, ...) as of the
   * article's date, and a period only where the article gave one. {@code evidence} says where it
   * comes from.
   */
  public record Office(String office, Optional<String> state, Optional<String> party, Optional<String> start,
      Optional<String> end, Optional<String> status, Optional<String> asOf, String evidence) {}

  /** A headline: of an article that mentions the entity ({@code from} "article") or of a person card ("person card"). */
  public record Headline(String title, Optional<String> published, String articleId, String from) {}

  /** Another entity and the number of articles that mention both. */
  public record Related(long id, String name, String type, long articles) {}

  /**
   * The facts of one type and role in which the entity takes one side: the latest (by date reported)
   * and all of them, newest first. {@code side} is {@code subject} for what the entity is, holds or
   * does (its offices, its endorsements of others), {@code object} for what others are or do towards it
   * (its aides, the endorsements it received).
   */
  public record FactHistory(String type, Optional<String> role, String side, FactRow latest, List<FactRow> history) {
    /** The entity's side of its own facts. */
    public static final String SUBJECT = "subject";
    /** The entity's side of what others are or do towards it. */
    public static final String OBJECT = "object";

    public FactHistory {
      history = List.copyOf(history);
    }

    /** Whether these are others' facts towards the entity (its aides, the endorsements it received). */
    public boolean byOthers() {
      return side.equals(OBJECT);
    }
  }
}
