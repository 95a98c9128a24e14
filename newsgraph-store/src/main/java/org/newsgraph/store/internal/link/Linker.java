package org.newsgraph.store.internal.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * Links an article's entities to global entities (issue 8). Pure: reads the {@link LinkIndex},
 * returns a {@link LinkPlan}, changes nothing.
 *
 * <ol>
 *   <li>A person with a full name joins the global entity known by that name or one of its variants
 *       (nicknames, middle names dropped); among several, the one the context supports (era, office,
 *       state, prominence); when none stands out, a new entity, so that namesakes stay apart.</li>
 *   <li>A lone surname or first name joins the full-named person of the same article it belongs to;
 *       among several ("Clinton" beside Hillary and Bill Clinton), the one that name usually means
 *       across the store, else nobody.</li>
 *   <li>A lone name with no full name in the article joins the person it usually means across the
 *       store, or a pack person whose office and state the article supports, or the only pack person
 *       of that surname in office around the article's date; else a partial entity.</li>
 *   <li>A one-word organisation that is the surname of a full-named person of the article is that
 *       person (the engine tags "Trump" in "the Trump campaign" as an organisation).</li>
 *   <li>Other entities join the global entity of the same type and name.</li>
 *   <li>An entity named only by a pronoun stays unlinked.</li>
 * </ol>
 *
 * <p>The plan also carries the article's facts as the store keeps them, dated by the knowledge pack
 * ({@link PackTenure}): an office that every pack person the subject may be left years before the
 * article's date is former, and a presidency none of them had held is left out.
 */
public final class Linker {

  /** Types the engine sometimes gives a person's surname ("the Trump campaign"). */
  private static final java.util.Set<String> MAY_BE_PERSON = java.util.Set.of("ORGANIZATION", "MISC");

  /** Plans the links of {@code article} against {@code index}. */
  public LinkPlan link(Article article, LinkIndex index) {
    return new Run(article, index).plan();
  }

  private static final class Run {
    private final Article article;
    private final LinkIndex index;
    private final ArticleContext context;
    private final Map<String, LinkPlan.Assignment> assigned = new LinkedHashMap<>();
    private final List<GlobalEntry> created = new ArrayList<>();
    private final Map<String, GlobalEntry> createdByKey = new HashMap<>();
    private final Map<String, Integer> mentionCounts = new HashMap<>();
    private final Map<String, Span> firstMention = new HashMap<>();
    private final Map<String, List<Span>> spans = new HashMap<>();
    private final PersonChooser chooser;

    Run(Article article, LinkIndex index) {
      this.article = article;
      this.index = index;
      this.context = new ArticleContext(article);
      this.chooser = new PersonChooser(index, context);
      for (Mention m : article.mentions()) {
        m.entity().ifPresent(id -> {
          mentionCounts.merge(id, 1, Integer::sum);
          firstMention.putIfAbsent(id, m.span());
          spans.computeIfAbsent(id, k -> new ArrayList<>()).add(m.span());
        });
      }
    }

    LinkPlan plan() {
      List<Entity> fullPeople = new ArrayList<>();
      List<Entity> loneNames = new ArrayList<>();
      List<Entity> loneOthers = new ArrayList<>();
      for (Entity e : article.entities()) {
        if (NameKeys.isPronoun(e.name())) {
          continue; // left unlinked: a pronoun the resolver could not tie to a name refers to nobody known
        }
        // one word as written: "Candidate Trump" and "Trump-Clinton" tagged ORGANIZATION keep their name,
        // and the resolver's nested mentions of the surnames inside are the people's (counted once; issue 8)
        if (MAY_BE_PERSON.contains(e.type()) && e.name().strip().split("[\\s-]+").length == 1
            && NameKeys.tokens(e.name()).size() == 1) {
          loneOthers.add(e);
        } else if (!e.type().equals("PERSON")) {
          linkByName(e);
        } else if (NameKeys.tokens(e.name()).size() >= 2) {
          fullPeople.add(e);
        } else if (!NameKeys.tokens(e.name()).isEmpty()) {
          loneNames.add(e);
        } else {
          linkByName(e);
        }
      }
      fullPeople.forEach(this::linkFullName);
      loneNames.forEach(e -> linkLoneName(e, fullPeople));
      loneOthers.forEach(e -> linkMistypedSurname(e, fullPeople, loneNames));
      Map<String, Long> globalOf = new HashMap<>();
      assigned.forEach((local, a) -> globalOf.put(local, a.globalId()));
      List<Fact> facts = PackTenure.date(article.facts(), context.published(), index.completeUntil(),
          local -> packPeople(local, true), local -> packPeople(local, false));
      return new LinkPlan(assigned, created, aliasUses(article.entities(), globalOf, 1), facts);
    }

    private void linkByName(Entity e) {
      String key = LinkIndex.aliasKey(e.type(), NameKeys.key(e.name()));
      Optional<Long> known = index.byAlias(key).keySet().stream()
          .filter(id -> index.get(id).map(g -> g.type().equals(e.type())).orElse(false)).min(Long::compare);
      if (known.isPresent()) {
        assign(e, known.get(), 0.9, "name");
      } else {
        assign(e, create(e, key, false).id(), 1.0, "new");
      }
    }

    private void linkFullName(Entity e) {
      List<String> tokens = NameKeys.tokens(e.fullName().orElse(e.name()));
      Set<String> keys = new LinkedHashSet<>(NameKeys.personVariants(tokens));
      keys.addAll(NameKeys.personVariants(NameKeys.tokens(e.name())));
      Map<Long, Boolean> found = candidates(e, keys, g -> context.published().map(g::plausibleOn).orElse(true));
      if (found.isEmpty()) {
        // out of the era, the person is still the pack's when the article gives the office they held
        // ("the proclamation issued by President Abraham Lincoln" in 2020), or when earlier articles did
        Set<String> titles = titles(e);
        found = candidates(e, keys, g -> index.articles(g.id()) > 0
            || g.terms().stream().anyMatch(t -> titles.contains(t.kind())));
      }
      Set<Long> candidates = found.keySet();
      boolean exact = found.containsValue(true);
      Optional<Span> first = Optional.ofNullable(firstMention.get(e.id()));
      Optional<PersonChooser.Choice> choice = chooser.choose(candidates, first);
      if (choice.isPresent()) {
        double confidence = candidates.size() == 1 ? (exact ? 0.95 : 0.85) : choice.get().confidence();
        assign(e, choice.get().id(), confidence, candidates.size() == 1 ? "full-name" : "full-name+context");
      } else {
        String key = LinkIndex.aliasKey("PERSON", NameKeys.key(e.name()));
        assign(e, create(e, key, false).id(), candidates.isEmpty() ? 1.0 : 0.5,
            candidates.isEmpty() ? "new" : "new:ambiguous");
      }
    }

    /**
     * The pack people an article entity may denote: the one it was linked to, and every pack person
     * known by its name (middle names and nicknames aside) or, for a lone name, its surname; the
     * name guards against a link to a namesake ("John F. Kennedy" is also John Kennedy of Louisiana).
     * Without {@code lone}, a lone name denotes nobody: its link, like its namesakes, is a guess by
     * surname ("President Castro" linked to Joaquin Castro).
     */
    private List<GlobalEntry> packPeople(String local, boolean lone) {
      Optional<Entity> e = article.entities().stream().filter(x -> x.id().equals(local)).findFirst();
      if (e.isEmpty() || !e.get().type().equals("PERSON")) {
        return List.of();
      }
      List<String> tokens = NameKeys.tokens(e.get().fullName().orElse(e.get().name()));
      if (tokens.size() == 1 && !lone) {
        return List.of();
      }
      Set<Long> ids = new LinkedHashSet<>();
      Optional.ofNullable(assigned.get(local)).ifPresent(a -> ids.add(a.globalId()));
      if (tokens.size() == 1) {
        ids.addAll(index.packBySurname(tokens.get(0)));
      } else {
        NameKeys.personVariants(tokens).forEach(k -> ids.addAll(index.byAlias(LinkIndex.aliasKey("PERSON", k)).keySet()));
      }
      return ids.stream().map(index::get).flatMap(Optional::stream).filter(GlobalEntry::pack).toList();
    }

    /** Full-name candidates among {@code keys} that pass {@code admit}, each with whether its key is the name as written. */
    private Map<Long, Boolean> candidates(Entity e, Set<String> keys, Predicate<GlobalEntry> admit) {
      Map<Long, Boolean> found = new LinkedHashMap<>();
      for (String k : keys) {
        for (long id : index.byAlias(LinkIndex.aliasKey("PERSON", k)).keySet()) {
          GlobalEntry g = index.get(id).orElseThrow();
          if (!g.partial() && !found.containsKey(id) && admit.test(g)) {
            found.put(id, k.equals(NameKeys.key(e.name())));
          }
        }
      }
      return found;
    }

    /** The pack office kinds written right before a mention of the entity ("President", "Sen."). */
    private Set<String> titles(Entity e) {
      Set<String> kinds = new HashSet<>();
      for (Mention m : article.mentions()) {
        if (m.entity().map(e.id()::equals).orElse(false)) {
          context.officeBefore(m.span()).ifPresent(kinds::add);
        }
      }
      return kinds;
    }

    /**
     * A one-word organisation that is the surname of a full-named person of the article ("the Trump
     * campaign" tagged ORGANIZATION), or the same word as a person the article's lone name was linked
     * to, is that person; anything else is linked by its name.
     */
    private void linkMistypedSurname(Entity e, List<Entity> fullPeople, List<Entity> loneNames) {
      String token = NameKeys.tokens(e.name()).get(0);
      Map<Long, Integer> bySurname = new LinkedHashMap<>();
      for (Entity full : fullPeople) {
        if (NameKeys.surname(NameKeys.tokens(full.name())).equals(token)) {
          bySurname.merge(assigned.get(full.id()).globalId(), mentionCounts.getOrDefault(full.id(), 1), Integer::sum);
        }
      }
      for (Entity lone : loneNames) {
        LinkPlan.Assignment a = assigned.get(lone.id());
        if (bySurname.isEmpty() && NameKeys.key(lone.name()).equals(token) && !a.method().startsWith("partial")) {
          bySurname.put(a.globalId(), mentionCounts.getOrDefault(lone.id(), 1));
        }
      }
      Optional<PersonChooser.Choice> choice = bySurname.isEmpty() ? Optional.empty()
          : chooser.amongArticlePeople(bySurname, LinkIndex.aliasKey("PERSON", token));
      if (choice.isPresent()) {
        assign(e, choice.get().id(), choice.get().confidence() * 0.9, choice.get().method() + ":retyped");
      } else {
        linkByName(e);
      }
    }

    private void linkLoneName(Entity e, List<Entity> fullPeople) {
      String token = NameKeys.tokens(e.name()).get(0);
      Map<Long, Integer> inArticle = new LinkedHashMap<>();
      for (Entity full : fullPeople) {
        List<String> tokens = NameKeys.tokens(full.name());
        boolean surname = NameKeys.surname(tokens).equals(token);
        boolean given = Nicknames.variants(tokens.get(0)).contains(token);
        if ((surname || given) && !titlesConflict(e, full)) {
          inArticle.merge(assigned.get(full.id()).globalId(), mentionCounts.getOrDefault(full.id(), 1), Integer::sum);
        }
      }
      String key = LinkIndex.aliasKey("PERSON", token);
      Optional<PersonChooser.Choice> choice = inArticle.isEmpty()
          ? chooser.usualMeaning(key).or(() -> chooser.byDescriptors(token, Optional.ofNullable(firstMention.get(e.id()))))
              .or(() -> chooser.onlyOfficeholder(token))
          : chooser.amongArticlePeople(inArticle, key);
      if (choice.isPresent()) {
        assign(e, choice.get().id(), choice.get().confidence(), choice.get().method());
        return;
      }
      Optional<Long> partial = index.byAlias(key).keySet().stream()
          .filter(id -> index.get(id).map(GlobalEntry::partial).orElse(false)).findFirst();
      long id = partial.orElseGet(() -> create(e, key, true).id());
      assign(e, id, 0.3, inArticle.isEmpty() ? "partial" : "partial:ambiguous");
    }

    /**
     * Whether the office titles before the two entities' mentions say they are two people: the
     * full-named one carries titles, none of them the lone name's, and exactly one side is a
     * president's, a title kept for life ("former Secretary Clinton" is not "President Bill
     * Clinton"; "Sen. Sessions" may well be "Attorney General Jeff Sessions"; issue 8).
     */
    private boolean titlesConflict(Entity lone, Entity full) {
      Set<String> mine = titleWords(lone);
      Set<String> theirs = titleWords(full);
      return !mine.isEmpty() && !theirs.isEmpty() && mine.stream().noneMatch(theirs::contains)
          && mine.contains("president") != theirs.contains("president");
    }

    /** The office titles written right before the entity's mentions, as words ("president", "secretary"). */
    private Set<String> titleWords(Entity e) {
      Set<String> titles = new LinkedHashSet<>();
      spans.getOrDefault(e.id(), List.of()).forEach(s -> context.titleBefore(s).ifPresent(titles::add));
      return titles;
    }

    private GlobalEntry create(Entity e, String key, boolean partial) {
      GlobalEntry existing = createdByKey.get(key);
      if (existing != null) {
        return existing;
      }
      GlobalEntry g = new GlobalEntry(index.peekNextId() + created.size(), e.type(), e.name(), partial, false,
          Optional.empty(), List.of());
      created.add(g);
      createdByKey.put(key, g);
      return g;
    }

    private void assign(Entity e, long globalId, double confidence, String method) {
      assigned.put(e.id(), new LinkPlan.Assignment(globalId, confidence, method));
    }
  }

  /**
   * Every alias each entity was written under (name, aliases, full name), once per global entity and
   * key: what an article adds to the alias counts, or, with {@code delta} -1, takes back.
   */
  public static List<LinkPlan.AliasUse> aliasUses(List<Entity> entities, Map<String, Long> globalOf, int delta) {
    Map<String, LinkPlan.AliasUse> uses = new LinkedHashMap<>();
    for (Entity e : entities) {
      Long id = globalOf.get(e.id());
      if (id == null) {
        continue;
      }
      List<String> forms = new ArrayList<>(e.aliases());
      forms.add(0, e.name());
      e.fullName().ifPresent(forms::add);
      for (String form : forms) {
        String key = NameKeys.key(form);
        if (!key.isEmpty()) {
          uses.putIfAbsent(id + "\t" + e.type() + "\t" + key, new LinkPlan.AliasUse(id, e.type(), key, form, delta));
        }
      }
    }
    return List.copyOf(uses.values());
  }
}
