package org.newsgraph.extract.internal.facts;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;

/**
 * Which article entity a token stands for. The article's own mentions come first, so a better entity
 * resolver (issue 4) improves every fact; the fallbacks here only fill what the mentions leave open:
 * a surname the engine did not tag, a compound name head, a relative pronoun, an appositive, a
 * personal pronoun (by a conservative rule), a description that names an office someone holds.
 */
public final class Who {

  private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her", "himself", "herself");
  private static final Set<String> FIRST_PERSON = Set.of("i", "me", "my", "myself");
  private static final Set<String> RELATIVE = Set.of("who", "whom", "that", "which", "whose");

  private final Parse parse;
  private final Map<String, Entity> byId = new HashMap<>();
  private final Map<String, String> holders = new HashMap<>();
  private final Genders genders;

  public Who(Parse parse) {
    this.parse = parse;
    parse.article().entities().forEach(e -> byId.put(e.id(), e));
    this.genders = new Genders(parse, id -> entity(id).map(this::canonical).orElse(id));
  }

  /**
   * Whether the personal pronoun at token {@code pronoun} may stand for {@code entity}: the article
   * does not give the person the other gender, and the person is not the speaker of the quotation
   * the pronoun stands in (a speaker says "I", and "she" in Clegg's quote is someone else).
   */
  boolean mayBe(int pronoun, String entity) {
    boolean agrees = Genders.gender(parse.lower(pronoun)).map(g -> genders.agrees(entity, g)).orElse(true);
    boolean speaker = parse.quote(pronoun).flatMap(q -> q.speaker()).flatMap(sp -> sp.entity())
        .flatMap(this::entity).map(this::canonical).map(entity::equals).orElse(false);
    return agrees && !speaker;
  }

  /** Remembers that {@code entity} holds {@code role}, so that "the former attorney general" finds them. */
  public void holds(String role, String entity) {
    String key = roleKey(role);
    String before = holders.putIfAbsent(key, entity);
    if (before != null && !before.equals(entity)) {
      holders.put(key, "");
    }
  }

  /** The entity that token {@code i} (the head of a nominal) refers to. */
  public Optional<Ref> of(int i) {
    return of(i, 0);
  }

  private Optional<Ref> of(int i, int depth) {
    if (i < 0 || depth > 4) {
      return Optional.empty();
    }
    Optional<Ref> named = named(i);
    if (named.isPresent()) {
      return named;
    }
    String lower = parse.lower(i);
    if (RELATIVE.contains(lower) && parse.head(i) >= 0 && antecedent(parse.head(i)) >= 0) {
      int noun = antecedent(parse.head(i));
      // "a union that has endorsed Sanders", beside the union's director: "that" and "which" take a
      // person only through a name or a role noun ("the senator that")
      boolean thing = !lower.startsWith("wh") || lower.equals("which");
      boolean roleless = !parse.isProperNoun(noun) && !parse.token(noun).ner().equals("TITLE");
      return of(noun, depth + 1).filter(r -> !(thing && roleless && isPerson(r.entity())));
    }
    if (PERSONAL.contains(lower)) {
      return Pronouns.resolve(parse, this, i).map(r -> r.weaker(0.8));
    }
    if (FIRST_PERSON.contains(lower)) {
      return parse.quote(i).flatMap(q -> q.speaker()).flatMap(s -> s.entity()).map(e -> new Ref(e, 0.8));
    }
    for (int a : parse.children(i, "appos")) {
      Optional<Ref> r = named(a);
      if (r.isPresent()) {
        return r;
      }
    }
    return described(i);
  }

  /** The noun a relative clause headed by {@code clause} modifies ("Sessions, who served"), or -1. */
  private int antecedent(int clause) {
    int h = parse.head(clause);
    boolean attached = parse.is(clause, "acl") || parse.is(clause, "dep") || parse.is(clause, "appos");
    return attached && h >= 0 && parse.token(h).pos().startsWith("NN") && h < clause ? h : -1;
  }

  /** A name at or under token {@code i}: its mention, a compound name part, or an untagged surname. */
  Optional<Ref> named(int i) {
    Optional<Ref> direct = parse.mention(i).flatMap(m -> entity(m)).filter(e -> !isPronoun(e.name()))
        .map(e -> new Ref(canonical(e), 1.0));
    if (direct.isPresent()) {
      return direct;
    }
    for (int c : parse.children(i, "compound", "flat")) {
      Optional<Ref> r = parse.mention(c).flatMap(m -> entity(m)).map(e -> new Ref(canonical(e), 0.9));
      if (r.isPresent()) {
        return r;
      }
    }
    if (parse.isProperNoun(i) && parse.token(i).ner().equals("O")) {
      return bySurname(parse.word(i)).map(e -> new Ref(e, 0.85));
    }
    return Optional.empty();
  }

  /** An entity named by a pronoun is a resolver's slip ("he" tagged as a person): it names no one. */
  private static boolean isPronoun(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return PERSONAL.contains(n) || FIRST_PERSON.contains(n) || Set.of("they", "them", "we", "us", "it").contains(n);
  }

  private Optional<Ref> described(int i) {
    if (!parse.token(i).pos().startsWith("NN")) {
      return Optional.empty();
    }
    int[] range = parse.subtree(i);
    List<String> words = new java.util.ArrayList<>();
    for (int t = range[0]; t <= i; t++) {
      words.add(parse.word(t));
    }
    return Offices.of(words).map(r -> holders.get(roleKey(r.name())))
        .filter(e -> e != null && !e.isEmpty() && namedBefore(e, range[0])).map(e -> new Ref(e, 0.75));
  }

  /**
   * Whether the article names the person before token {@code i}: a description ("the Democratic
   * senator") points back to someone already introduced, not to a holder of the office named later.
   */
  private boolean namedBefore(String entity, int i) {
    for (int t = 0; t < i; t++) {
      Optional<Entity> e = parse.mention(t).flatMap(this::entity);
      if (e.isPresent() && canonical(e.get()).equals(entity)) {
        return true;
      }
    }
    return false;
  }

  private Optional<Entity> entity(Mention m) {
    return m.entity().map(byId::get);
  }

  /** Whether the entity is a person. */
  public boolean isPerson(String id) {
    Entity e = byId.get(id);
    return e != null && e.type().equals("PERSON");
  }

  public Optional<Entity> entity(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * A one-word person name ("Sessions") stands for the one longer person name that ends with it
   * ("Jeff Sessions"), when there is exactly one; until the resolver merges them (issue 4).
   */
  String canonical(Entity e) {
    if (!e.type().equals("PERSON") || e.name().contains(" ")) {
      return e.id();
    }
    return bySurname(e.name()).orElse(e.id());
  }

  private Optional<String> bySurname(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
    List<Entity> longer = parse.article().entities().stream()
        .filter(e -> e.type().equals("PERSON") && e.name().contains(" ")).toList();
    List<Entity> last = longer.stream().filter(e -> lastWord(e.name()).equals(w)).toList();
    if (last.size() == 1) {
      return Optional.of(last.get(0).id());
    }
    if (last.isEmpty()) {
      List<Entity> within = longer.stream()
          .filter(e -> List.of(e.name().toLowerCase(Locale.ROOT).split("\\s+")).contains(w)).toList();
      if (within.size() == 1) {
        return Optional.of(within.get(0).id());
      }
    }
    List<Entity> single = parse.article().entities().stream()
        .filter(e -> e.type().equals("PERSON") && e.name().equalsIgnoreCase(w)).toList();
    return single.size() == 1 ? Optional.of(single.get(0).id()) : Optional.empty();
  }

  private static String lastWord(String name) {
    String[] parts = name.toLowerCase(Locale.ROOT).split("\\s+");
    return parts[parts.length - 1];
  }

  private static String roleKey(String role) {
    int comma = role.indexOf(',');
    return (comma < 0 ? role : role.substring(0, comma)).toLowerCase(Locale.ROOT);
  }

  /**
   * An entity a token refers to, and how sure the reference is.
   *
   * @param entity the entity id
   * @param confidence between 0 and 1
   */
  public record Ref(String entity, double confidence) {
    Ref weaker(double factor) {
      return new Ref(entity, confidence * factor);
    }
  }
}
