package org.newsgraph.store.internal.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Span;
import org.newsgraph.store.internal.pack.PackPerson;

/** Chooses between people of the same name by what the article and the store say (issue 8). */
final class PersonChooser {

  /** A chosen global entity, how sure, and by which rule. */
  record Choice(long id, double confidence, String method) {}

  private record Scored(long id, double score) {}

  private final LinkIndex index;
  private final ArticleContext context;

  PersonChooser(LinkIndex index, ArticleContext context) {
    this.index = index;
    this.context = context;
  }

  /** Among people sharing a full name: the only one, or the one the context clearly favours. */
  Optional<Choice> choose(Collection<Long> candidates, Optional<Span> mention) {
    if (candidates.size() == 1) {
      return Optional.of(new Choice(candidates.iterator().next(), 0.95, "full-name"));
    }
    List<Scored> scored = new ArrayList<>();
    for (long id : candidates) {
      scored.add(new Scored(id, score(index.get(id).orElseThrow(), mention)));
    }
    scored.sort(Comparator.comparingDouble(Scored::score).reversed());
    if (scored.size() > 1 && scored.get(0).score() - scored.get(1).score() >= 1) {
      return Optional.of(new Choice(scored.get(0).id(), 0.75, "full-name+context"));
    }
    return Optional.empty();
  }

  private double score(GlobalEntry g, Optional<Span> mention) {
    double score = 0.5 * Math.log1p(index.articles(g.id()));
    Optional<LocalDate> date = context.published();
    if (date.isPresent() && g.inOfficeOn(date.get(), 1)) {
      score += 2;
    }
    Optional<String> office = mention.flatMap(context::officeBefore);
    for (PackPerson.Term t : g.terms()) {
      if (office.isPresent() && office.get().equals(t.kind())) {
        score += 1;
        office = Optional.empty();
      }
    }
    if (g.terms().stream().anyMatch(t -> t.state().map(context::namesState).orElse(false))) {
      score += 1;
    }
    return score;
  }

  /** What a lone name usually means across the store, when one person clearly dominates its uses. */
  Optional<Choice> usualMeaning(String aliasKey) {
    Map<Long, Integer> uses = index.byAlias(aliasKey);
    long best = -1;
    int bestUses = 0;
    int total = 0;
    for (Map.Entry<Long, Integer> u : uses.entrySet()) {
      GlobalEntry g = index.get(u.getKey()).orElseThrow();
      if (g.partial() || !g.type().equals("PERSON") || u.getValue() <= 0) {
        continue;
      }
      total += u.getValue();
      if (u.getValue() > bestUses) {
        best = u.getKey();
        bestUses = u.getValue();
      }
    }
    double share = total == 0 ? 0 : (double) bestUses / total;
    return bestUses >= 2 && share >= 0.75 ? Optional.of(new Choice(best, 0.8 * share, "usual-meaning")) : Optional.empty();
  }

  /** A pack person with this surname in office on the article's date whose office or state the article gives. */
  Optional<Choice> byDescriptors(String surname, Optional<Span> mention) {
    if (context.published().isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = context.published().get();
    Optional<String> office = mention.flatMap(context::officeBefore);
    List<Long> fits = new ArrayList<>();
    for (long id : index.packBySurname(surname)) {
      GlobalEntry g = index.get(id).orElseThrow();
      // a dated term must cover the date; an undated one (a historical member's last office) needs a plausible age
      boolean fit = g.plausibleOn(date) && g.terms().stream()
          .filter(t -> t.start().isPresent() ? t.covers(date, 0) : g.birthday().isPresent())
          .anyMatch(t -> t.state().map(context::namesState).orElse(false)
              && (office.isEmpty() || office.get().equals(t.kind()) || t.start().isEmpty())
              || t.start().isPresent() && office.map(o -> o.equals(t.kind())).orElse(false));
      if (fit) {
        fits.add(id);
      }
    }
    return fits.size() == 1 ? Optional.of(new Choice(fits.get(0), 0.7, "pack:office-state-era")) : Optional.empty();
  }

  /**
   * The one pack person with this surname who held federal office within a year of the article's
   * date: the era supports the link when no other officeholder shares the name ("Trump" in a 2016
   * article, before the store has learnt what the name usually means; issue 8).
   */
  Optional<Choice> onlyOfficeholder(String surname) {
    if (context.published().isEmpty()) {
      return Optional.empty();
    }
    LocalDate date = context.published().get();
    List<Long> fits = index.packBySurname(surname).stream()
        .filter(id -> index.get(id).map(g -> g.plausibleOn(date) && g.inOfficeOn(date, 1)).orElse(false)).toList();
    return fits.size() == 1 ? Optional.of(new Choice(fits.get(0), 0.5, "pack:only-officeholder")) : Optional.empty();
  }

  /** Among the article's full-named people a lone name may belong to ({@code people}: id to mentions). */
  Optional<Choice> amongArticlePeople(Map<Long, Integer> people, String aliasKey) {
    if (people.size() == 1) {
      return Optional.of(new Choice(people.keySet().iterator().next(), 0.9, "in-article"));
    }
    Map<Long, Integer> uses = index.byAlias(aliasKey);
    Optional<Long> usual = dominant(people.keySet(), id -> uses.getOrDefault(id, 0));
    if (usual.isPresent()) {
      return Optional.of(new Choice(usual.get(), 0.7, "in-article+usual-meaning"));
    }
    return dominant(people.keySet(), people::get).map(id -> new Choice(id, 0.6, "in-article+mentions"));
  }

  /** The id whose weight is positive and at least twice every other's. */
  private static Optional<Long> dominant(Collection<Long> ids, java.util.function.ToIntFunction<Long> weight) {
    long best = -1;
    int first = 0;
    int second = 0;
    for (long id : ids) {
      int w = weight.applyAsInt(id);
      if (w > first) {
        second = first;
        first = w;
        best = id;
      } else if (w > second) {
        second = w;
      }
    }
    return first > 0 && first >= 2 * second ? Optional.of(best) : Optional.empty();
  }
}
