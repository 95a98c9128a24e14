package org.newsgraph.extract.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;

/**
 * Candidacies stated of a group: "The other Republicans in the Senate race are A, B, C and D",
 * "Byrne, who is among the six Republicans running in the Senate primary", "the candidates, A and B".
 * Each member gets a candidacy for the group's race, and a party when the group is a party's.
 */
final class Groups {

  private static final Set<String> GROUPS = Set.of("republican", "democrat", "candidate", "contender",
      "hopeful", "challenger", "rival", "nominee", "finalist");

  private Groups() {}

  static void apply(Context cx) {
    Parse p = cx.parse;
    for (int g = 0; g < p.size(); g++) {
      if (!GROUPS.contains(p.lemma(g)) || !p.token(g).pos().matches("NNP?S")) {
        continue;
      }
      Optional<String> office = raceOf(cx, g);
      if (office.isEmpty()) {
        continue;
      }
      Optional<String> party = p.lemma(g).matches("republican|democrat") ? Parties.ofWord(p.lemma(g)) : Optional.empty();
      for (int m : members(p, g)) {
        Optional<Who.Ref> who = cx.who.of(m).filter(r -> cx.who.isPerson(r.entity()));
        if (who.isEmpty() || !Claim.of(p, predicate(p, g, m)).asserted()) {
          continue;
        }
        int first = Math.min(g, m);
        int last = Math.max(g, m);
        cx.add(new Draft(FactType.CANDIDACY, first, last, 0.8).subject(who.get()).role(cx.races.role(office.get()))
            .status("current"));
        party.ifPresent(x -> cx.add(new Draft(FactType.PARTY, first, last, 0.8).subject(who.get()).value(x)
            .status("current")));
      }
    }
  }

  /** The race a group noun is in: "in the Senate race", "running in the Senate primary", "Senate candidates". */
  private static Optional<String> raceOf(Context cx, int g) {
    Parse p = cx.parse;
    for (int c : p.children(g, "nmod", "acl", "compound", "amod")) {
      if (Races.RACE_NOUNS.contains(p.lemma(c))) {
        return cx.races.officeOf(c);
      }
      for (int r : Args.marked(p, c, Set.of("in", "for"))) {
        if (Races.RACE_NOUNS.contains(p.lemma(r)) || p.lower(r).equals("senate")) {
          return p.lower(r).equals("senate") ? Optional.of("U.S. Senator") : cx.races.officeOf(r);
        }
      }
      Optional<String> o = Races.officeOfRaceWord(p, c);
      if (o.isPresent() && p.lemma(g).matches("candidate|contender|hopeful|nominee|finalist")) {
        return o;
      }
    }
    return Optional.empty();
  }

  /** The people a group noun is said to contain. */
  private static List<Integer> members(Parse p, int g) {
    List<Integer> out = new ArrayList<>();
    if (p.is(g, "nsubj") && p.head(g) >= 0) {
      int x = p.head(g);
      if (!p.children(x, "cop").isEmpty()) {
        withConjuncts(p, x, out);
      }
    }
    if (!p.children(g, "cop").isEmpty()) {
      p.child(g, "nsubj").ifPresent(s -> withConjuncts(p, s, out));
    }
    for (int a : p.children(g, "appos")) {
      withConjuncts(p, a, out);
    }
    if (p.caseOf(g).equals("among")) {
      among(p, g).ifPresent(out::add);
    }
    return out;
  }

  private static void withConjuncts(Parse p, int x, List<Integer> out) {
    out.add(x);
    out.addAll(p.children(x, "conj"));
  }

  /** "X, who is among the Republicans ...": the person the among-phrase is said of. */
  private static Optional<Integer> among(Parse p, int g) {
    Optional<Integer> subject = p.child(g, "nsubj");
    if (subject.isPresent()) {
      return subject;
    }
    for (int t = p.head(g), guard = 0; t >= 0 && guard < 4; t = p.head(t), guard++) {
      if (p.is(t, "acl:relcl")) {
        return Optional.of(p.head(t));
      }
    }
    return p.is(g, "acl:relcl") ? Optional.of(p.head(g)) : Optional.empty();
  }

  private static int predicate(Parse p, int g, int member) {
    return p.children(g, "cop").isEmpty() && p.head(g) >= 0 && p.is(g, "nsubj") ? p.head(g) : g;
  }
}
