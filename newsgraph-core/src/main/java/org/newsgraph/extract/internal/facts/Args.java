package org.newsgraph.extract.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The arguments of a predicate, with passives, control and relative clauses undone. */
final class Args {

  private static final Set<String> CONTROL = Set.of("xcomp", "conj");

  private Args() {}

  /** The logical subject (agent) of {@code p}: its subject, a passive's by-phrase, or its controller's. */
  static Optional<Integer> agent(Parse p, int v) {
    if (isPassive(p, v)) {
      return p.children(v, "obl", "nmod").stream().filter(c -> p.caseOf(c).equals("by")).findFirst();
    }
    List<Integer> subjects = p.children(v, "nsubj");
    if (!subjects.isEmpty()) {
      return Optional.of(subjects.get(0));
    }
    if (p.is(v, "xcomp") && p.head(v) >= 0 && p.child(p.head(v), "obj").isPresent()) {
      // object control: "nominated Shriver to replace Eagleton" — Shriver replaces
      return p.child(p.head(v), "obj");
    }
    if (CONTROL.contains(p.rel(v)) && p.head(v) >= 0) {
      return agent(p, p.head(v));
    }
    if (p.is(v, "acl") && p.head(v) >= 0) {
      return Optional.of(p.head(v));
    }
    return Optional.empty();
  }

  /** The agent of {@code p} and the words joined to it ("McCaskill and Tester are running"). */
  static List<Integer> agents(Parse p, int v) {
    List<Integer> out = new ArrayList<>();
    agent(p, v).ifPresent(a -> {
      out.add(a);
      out.addAll(p.children(a, "conj"));
    });
    return out;
  }

  /** The logical object (patient) of {@code p}: its object, or a passive's subject. */
  static Optional<Integer> patient(Parse p, int v) {
    if (isPassive(p, v)) {
      Optional<Integer> s = p.child(v, "nsubj:pass");
      if (s.isPresent()) {
        return s;
      }
      return p.is(v, "acl") ? Optional.of(p.head(v)) : Optional.empty();
    }
    return p.child(v, "obj");
  }

  static boolean isPassive(Parse p, int v) {
    return !p.children(v, "nsubj:pass", "aux:pass").isEmpty()
        || p.is(v, "acl") && !p.is(v, "acl:relcl") && p.token(v).pos().equals("VBN");
  }

  /** The nominal children of {@code v} marked by one of {@code cases} ("as", "from"). */
  static List<Integer> marked(Parse p, int v, Set<String> cases) {
    return p.children(v, "obl", "nmod", "advcl").stream().filter(c -> cases.contains(p.caseOf(c))
        || p.child(c, "mark").map(m -> cases.contains(p.lower(m))).orElse(false)).toList();
  }

  /** The words of the subtree of {@code n} up to and including {@code n} itself ("his first attorney general"). */
  static List<String> leftWords(Parse p, int n) {
    int[] r = p.subtree(n);
    List<String> words = new java.util.ArrayList<>();
    for (int t = r[0]; t <= n; t++) {
      if (!p.is(t, "case") && !p.is(t, "det") && p.dominates(n, t)) {
        words.add(p.word(t));
      }
    }
    for (int c : p.children(n, "nmod")) {
      if (c > n && p.caseOf(c).equals("of") && p.mention(c).isEmpty()) {
        words.add("of");
        words.add(p.word(c));
      }
    }
    return words;
  }

  /** The role a nominal names ("as attorney general", "in the Senate"), with bodies made offices. */
  static Optional<Role> roleOf(Context cx, int n) {
    Parse p = cx.parse;
    String w = p.lower(n);
    boolean state = p.children(n, "compound", "amod").stream().anyMatch(c -> p.lower(c).equals("state"));
    if (w.equals("senate")) {
      return office(state ? "State Senator" : cx.races.role("U.S. Senator"));
    }
    if (w.equals("house") && p.children(n, "compound", "amod").stream().anyMatch(c -> p.lower(c).equals("white"))) {
      return office("President");
    }
    if (w.equals("house") || w.equals("congress")) {
      return office(state ? "State Representative" : "U.S. Representative");
    }
    if (w.equals("legislature") || w.equals("assembly")) {
      return office("State Legislator");
    }
    Optional<Role> r = Titles.trimmed(leftWords(p, n));
    if (r.isPresent() && r.get().kind() != Role.Kind.CANDIDATE) {
      return r;
    }
    if (Races.RACE_NOUNS.contains(p.lemma(n))) {
      return cx.races.officeOf(n).map(cx.races::role).map(o -> new Role(o, Role.Kind.OFFICE));
    }
    return Optional.empty();
  }

  private static Optional<Role> office(String name) {
    return Optional.of(new Role(name, Role.Kind.OFFICE));
  }
}
