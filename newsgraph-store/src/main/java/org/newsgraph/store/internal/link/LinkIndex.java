package org.newsgraph.store.internal.link;

import java.time.LocalDate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The linker's in-memory view of the global entities: each one, the alias keys it is known by with
 * the number of articles that used each, and pack people by surname. Built from the store when a
 * writing run starts and updated after each committed article, so it always equals the store.
 * Not thread-safe: one writer at a time (the store serialises writes).
 */
public final class LinkIndex {

  private final Map<Long, GlobalEntry> entities = new HashMap<>();
  private final Map<String, Map<Long, Integer>> aliases = new HashMap<>();
  private final Map<String, List<Long>> packBySurname = new HashMap<>();
  /** Offices of which a pack lists every holder and every term. */
  static final Set<String> COMPLETE = Set.of("prez", "viceprez");
  private LocalDate completeUntil;
  private final Map<Long, Integer> articles = new HashMap<>();
  private long nextId = 1;

  /** The key under which an alias is indexed: the entity type and the name key. */
  public static String aliasKey(String type, String nameKey) {
    return type + '|' + nameKey;
  }

  public void add(GlobalEntry entry) {
    entities.put(entry.id(), entry);
    nextId = Math.max(nextId, entry.id() + 1);
    if (entry.pack()) {
      entry.terms().stream().filter(t -> COMPLETE.contains(t.kind())).flatMap(t -> t.end().stream())
          .max(LocalDate::compareTo).filter(end -> completeUntil == null || end.isAfter(completeUntil))
          .ifPresent(end -> completeUntil = end);
    }
    if (entry.pack() && entry.type().equals("PERSON")) {
      String surname = NameKeys.surname(NameKeys.tokens(entry.name()));
      packBySurname.computeIfAbsent(surname, k -> new java.util.ArrayList<>()).add(entry.id());
    }
  }

  /** Adds {@code articles} uses of an alias key (negative to retract); a pack alias is added with 0. */
  public void addAlias(long entityId, String aliasKey, int articles) {
    aliases.computeIfAbsent(aliasKey, k -> new HashMap<>()).merge(entityId, articles, Integer::sum);
  }

  /** Adds {@code delta} articles that mention the entity. */
  public void addArticles(long entityId, int delta) {
    articles.merge(entityId, delta, Integer::sum);
  }

  /** How many stored articles mention the entity. */
  public int articles(long entityId) {
    return articles.getOrDefault(entityId, 0);
  }

  public Optional<GlobalEntry> get(long id) {
    return Optional.ofNullable(entities.get(id));
  }

  /** The entities known by an alias key, with the number of articles that used it for each. */
  public Map<Long, Integer> byAlias(String aliasKey) {
    return aliases.getOrDefault(aliasKey, Map.of());
  }

  /**
   * The day up to which the packs name every president and vice president: the end of the last
   * term they list. After it, a presidency the pack does not show may be one it does not know yet.
   */
  public Optional<LocalDate> completeUntil() {
    return Optional.ofNullable(completeUntil);
  }

  /** Pack people whose surname key is {@code surname}. */
  public Collection<Long> packBySurname(String surname) {
    return packBySurname.getOrDefault(surname, List.of());
  }

  /** The id the next new entity would get, without reserving it. */
  public long peekNextId() {
    return nextId;
  }

  /** Applies a committed plan: new entities and alias uses become visible to later articles. */
  public void apply(LinkPlan plan) {
    plan.created().forEach(this::add);
    plan.aliasUses().forEach(u -> addAlias(u.entityId(), aliasKey(u.type(), u.key()), u.delta()));
    plan.assignments().values().stream().map(LinkPlan.Assignment::globalId).distinct().forEach(id -> addArticles(id, 1));
  }

  /** Takes back what a replaced article contributed: its alias uses and its entity mentions. */
  public void retract(List<LinkPlan.AliasUse> uses, Collection<Long> mentioned) {
    uses.forEach(u -> addAlias(u.entityId(), aliasKey(u.type(), u.key()), -1));
    mentioned.forEach(id -> addArticles(id, -1));
  }

  public int size() {
    return entities.size();
  }
}
