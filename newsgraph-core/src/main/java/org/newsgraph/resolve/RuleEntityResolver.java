package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.clean.PersonCard;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.internal.Anchor;
import org.newsgraph.resolve.internal.Cluster;
import org.newsgraph.resolve.internal.DescriptionLinker;
import org.newsgraph.resolve.internal.DescriptorFinder;
import org.newsgraph.resolve.internal.Doc;
import org.newsgraph.resolve.internal.Found;
import org.newsgraph.resolve.internal.Lexicon;
import org.newsgraph.resolve.internal.NameFinder;
import org.newsgraph.resolve.internal.NameMention;
import org.newsgraph.resolve.internal.OtherClusters;
import org.newsgraph.resolve.internal.PartyTag;
import org.newsgraph.resolve.internal.PartyTags;
import org.newsgraph.resolve.internal.PersonClusterer;
import org.newsgraph.resolve.internal.PronounLinker;

/**
 * newsgraph's in-article resolver (issue 4): who is who, under every name they go by.
 *
 * <ol>
 *   <li>names: the engine's, corrected for news ({@link NameFinder}: outlets, party-state tags,
 *       states, cities taken for titles, given names the engine missed), none from removed residue;
 *   <li>people: one per referent, from person cards, full names, short names, nicknames and
 *       surnames the engine did not tag ({@link PersonClusterer}); organisations and places by name;
 *   <li>descriptors: titles, appositives, ages and party-state tags ({@link Descriptor});
 *   <li>descriptions ("the former attorney general") and pronouns ("he", "his") linked by rules
 *       over the dependency parse, kept in {@code mentions} (pronouns with type PRONOUN).
 * </ol>
 *
 * Stateless and thread-safe.
 */
public final class RuleEntityResolver implements EntityResolver {

  private final Lexicon lexicon = Lexicon.get();

  @Override
  public Resolution resolve(AnnotatedArticle article) {
    Doc doc = new Doc(article);
    List<PartyTag> tags = PartyTags.find(article.text(), lexicon).stream()
        .filter(t -> article.clean().removed().stream().noneMatch(r -> r.span().overlaps(t.span()))).toList();
    List<NameMention> names = new NameFinder(lexicon).find(doc, tags);
    PersonClusterer people = new PersonClusterer(lexicon, doc);
    List<NameMention> all = people.cluster(names.stream().filter(NameMention::isPerson).toList(), names,
        article.clean().cards());
    names.stream().filter(n -> !n.isPerson()).forEach(n -> all.add(people.asPerson(n).orElse(n)));
    all.sort(Comparator.comparingInt(NameMention::firstToken));
    Map<NameMention, Cluster> assigned = new IdentityHashMap<>(people.assigned());
    OtherClusters others = new OtherClusters();
    assigned.putAll(others.cluster(all));
    List<Found> found = new DescriptorFinder(lexicon).find(doc, people.assigned(), tags);
    List<Anchor> anchors = new ArrayList<>();
    // names inside hyphenated words ("anti-Trump") modify another noun: no antecedent for pronouns or descriptions
    NameMention.inTextOrder(people.assigned()).stream().filter(e -> !people.isPart(e.getKey())).forEach(e -> anchors.add(new Anchor(
        e.getKey().firstToken(), e.getKey().endToken(), doc.headOf(e.getKey().firstToken(), e.getKey().endToken()), e.getValue())));
    List<Anchor> descriptions = new DescriptionLinker(lexicon).link(doc, found, anchors);
    anchors.addAll(descriptions);
    Map<Integer, Cluster> pronouns = new PronounLinker().link(doc, anchors);
    List<Cluster> clusters = new ArrayList<>(people.clusters());
    clusters.addAll(others.clusters());
    Map<Cluster, String> ids = ids(clusters, all, assigned);
    return new Resolution(entities(clusters, ids), mentions(doc, all, assigned, descriptions, pronouns, ids, people),
        removed(article, people, ids), descriptors(found, ids));
  }

  /** Every mention in text order: names (unresolved ones too), descriptions and pronouns. */
  private static List<Mention> mentions(Doc doc, List<NameMention> names, Map<NameMention, Cluster> assigned,
      List<Anchor> descriptions, Map<Integer, Cluster> pronouns, Map<Cluster, String> ids, PersonClusterer people) {
    List<Mention> mentions = new ArrayList<>();
    for (NameMention m : names) {
      Optional<String> id = Optional.ofNullable(assigned.get(m)).map(ids::get);
      Span span = doc.span(m.firstToken(), m.endToken());
      if (people.isPart(m) && m.endToken() - m.firstToken() == 1) { // a nested full name is whole tokens
        int at = hyphenPart(span.text(), m.surface());
        span = Span.of(doc.text(), span.start() + at, span.start() + at + m.surface().length());
      }
      mentions.add(new Mention(span, m.fineType(), id));
    }
    descriptions.forEach(a -> mentions.add(new Mention(doc.span(a.from(), a.to()), a.cluster().type(),
        Optional.of(ids.get(a.cluster())))));
    pronouns.forEach((i, c) -> mentions.add(new Mention(doc.span(i, i + 1), "PRONOUN", Optional.of(ids.get(c)))));
    mentions.sort(Comparator.comparingInt((Mention m) -> m.span().start()).thenComparingInt(m -> m.span().end())
        .thenComparing(m -> m.entity().orElse("")));
    return mentions;
  }

  /** Where {@code part} starts in the joined {@code word} as a whole part ("Trump" in "anti-Trump", "said.Trump"). */
  private static int hyphenPart(String word, String part) {
    int at = 0;
    for (String p : PersonClusterer.joinedParts(word)) {
      if (p.equals(part)) {
        return at;
      }
      at += p.length() + 1;
    }
    throw new IllegalStateException("'" + part + "' is no part of '" + word + "'");
  }

  private static List<Descriptor> descriptors(List<Found> found, Map<Cluster, String> ids) {
    return found.stream()
        .map(f -> new Descriptor(ids.get(f.cluster()), f.kind(), f.span(), f.value())).distinct()
        .sorted(Comparator.comparingInt((Descriptor d) -> d.span().start())).toList();
  }

  /** Ids e1, e2, ... in the order referents are first named; a referent never named (a card alone) comes last. */
  private static Map<Cluster, String> ids(List<Cluster> clusters, List<NameMention> names, Map<NameMention, Cluster> assigned) {
    Map<Cluster, String> ids = new LinkedHashMap<>();
    for (NameMention m : names) {
      Cluster c = assigned.get(m);
      if (c != null) {
        ids.computeIfAbsent(c, k -> "e" + (ids.size() + 1));
      }
    }
    clusters.forEach(c -> ids.computeIfAbsent(c, k -> "e" + (ids.size() + 1)));
    return ids;
  }

  private static List<Entity> entities(List<Cluster> clusters, Map<Cluster, String> ids) {
    return ids.entrySet().stream()
        .filter(e -> clusters.contains(e.getKey()))
        .map(e -> new Entity(e.getValue(), e.getKey().type(), e.getKey().name(), e.getKey().fullName(),
            e.getKey().aliases(), Map.of()))
        .toList();
  }

  /** The residue, each person card tied to the person it was about. */
  private static List<Removed> removed(AnnotatedArticle article, PersonClusterer people, Map<Cluster, String> ids) {
    List<Removed> removed = new ArrayList<>(article.clean().removed());
    for (PersonCard card : article.clean().cards()) {
      people.clusters().stream()
          .filter(c -> c.cardFullName().map(card.fullName()::equals).orElse(false)
              || c.names().stream().anyMatch(m -> overlaps(article, m, card.mention())))
          .findFirst()
          .ifPresent(c -> removed.replaceAll(r -> r.span().equals(card.card()) ? r.withEntity(ids.get(c)) : r));
    }
    return removed;
  }

  private static boolean overlaps(AnnotatedArticle article, NameMention m, Span span) {
    var tokens = article.analysis().tokens();
    return tokens.get(m.firstToken()).start() < span.end() && span.start() < tokens.get(m.endToken() - 1).end();
  }
}
