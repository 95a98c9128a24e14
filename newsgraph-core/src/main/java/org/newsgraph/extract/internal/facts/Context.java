package org.newsgraph.extract.internal.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;

/**
 * What the rules share while reading one article: the parse, who tokens refer to, the article date,
 * the races mentioned so far, and the facts found. Not thread-safe; one per article.
 */
public final class Context {

  final Parse parse;
  final Who who;
  final Optional<LocalDate> date;
  final Races races;
  private final List<Draft> drafts = new ArrayList<>();

  public Context(Parse parse, Optional<LocalDate> date) {
    this.parse = parse;
    this.who = new Who(parse);
    this.date = date;
    this.races = new Races(parse);
  }

  void add(Draft d) {
    if (d.type != null && (d.subject.isPresent() || d.value.isPresent())) {
      drafts.add(d);
      if (d.subject.isPresent() && d.role.isPresent() && d.type == FactType.OFFICE) {
        who.holds(d.role.get(), d.subject.get());
      }
    }
  }

  /**
   * The office the article last says {@code entity} holds now, found so far; else the last one whose
   * status it leaves open ("has served in the House and Senate"); never a former one.
   */
  Optional<String> heldOffice(String entity) {
    Optional<String> open = Optional.empty();
    for (int i = drafts.size() - 1; i >= 0; i--) {
      Draft d = drafts.get(i);
      if (d.type == FactType.OFFICE && d.subject.equals(Optional.of(entity)) && d.role.isPresent()
          && !d.status.equals(Optional.of("former"))) {
        if (d.status.isPresent()) {
          return d.role;
        }
        open = open.or(() -> d.role);
      }
    }
    return open;
  }

  /** The facts found, duplicates (same statement) merged into the most confident one. */
  public List<Fact> facts() {
    Optional<String> asOf = date.map(LocalDate::toString);
    Map<String, Fact> best = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Draft d : drafts) {
      Fact f = d.build(parse, asOf);
      String key = String.join("|", f.type().name(), f.subject().orElse(""), f.object().orElse(""),
          f.value().orElse(""), f.role().orElse(""), f.status().orElse(""), f.start().orElse(""), f.end().orElse(""));
      Fact before = best.get(key);
      if (before == null) {
        order.add(key);
        best.put(key, f);
      } else if (f.confidence() > before.confidence()) {
        best.put(key, f);
      }
    }
    List<Fact> all = order.stream().map(best::get).toList();
    return all.stream().filter(f -> all.stream().noneMatch(g -> g != f && (subsumes(g, f) || outdates(g, f))))
        .sorted(java.util.Comparator.comparingInt(f -> f.evidence().start())).toList();
  }

  /** Whether {@code g} says that the office or role {@code f} calls current is a former one ("former aide"). */
  private static boolean outdates(Fact g, Fact f) {
    boolean held = g.type() == FactType.OFFICE || g.type() == FactType.AFFILIATION;
    return held && f.type() == g.type() && g.subject().equals(f.subject()) && g.object().equals(f.object())
        && g.role().equals(f.role()) && g.status().equals(Optional.of("former"))
        && !f.status().equals(Optional.of("former"));
  }

  /**
   * Whether {@code g} says all that {@code f} says and more: same type, subject and object, and every
   * field {@code f} fills filled alike in {@code g} ("resigned" beside "resigned as attorney general").
   */
  private static boolean subsumes(Fact g, Fact f) {
    if (g.type() != f.type() || !g.subject().equals(f.subject()) || !g.object().equals(f.object())) {
      return false;
    }
    List<Optional<String>> gs = List.of(g.value(), g.role(), g.start(), g.end(), g.status());
    List<Optional<String>> fs = List.of(f.value(), f.role(), f.start(), f.end(), f.status());
    boolean more = false;
    for (int k = 0; k < fs.size(); k++) {
      if (fs.get(k).isPresent() && !fs.get(k).equals(gs.get(k))) {
        return false;
      }
      more |= fs.get(k).isEmpty() && gs.get(k).isPresent();
    }
    return more;
  }
}
