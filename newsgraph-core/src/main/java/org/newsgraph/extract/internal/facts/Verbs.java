package org.newsgraph.extract.internal.facts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;

/**
 * Facts stated by a verb and its arguments: endorsements, resignations, successions, election
 * results and service in an office. Each verb's claim (negation, modality, attribution) decides
 * whether the fact is stated at all.
 */
final class Verbs {

  private static final Set<String> DEFEAT = Set.of("defeat", "beat", "upset", "unseat", "oust", "trounce",
      "edge", "topple");
  private static final Set<String> NEEDS_CUE = Set.of("beat", "upset", "edge", "topple", "oust");
  private static final Set<String> ELECTION_CUES = Set.of("election", "primary", "race", "vote", "caucus",
      "caucuses", "nomination", "runoff", "nominee", "incumbent", "ballot", "contest");
  private static final Set<String> POLL_CUES = Set.of("poll", "polls", "survey", "matchup", "head-to-head", "lead",
      "points", "percent");
  private static final Set<String> ELECTION_NOUNS = Set.of("election", "primary", "race", "caucus", "caucuses",
      "nomination", "runoff", "contest", "seat", "presidency", "reelection", "re-election");

  private Verbs() {}

  static void apply(Context cx) {
    Parse p = cx.parse;
    for (int v = 0; v < p.size(); v++) {
      if (!p.isVerb(v)) {
        continue;
      }
      String lemma = p.lemma(v);
      switch (lemma) {
        case "endorse" -> endorse(cx, v);
        case "resign" -> resign(cx, v);
        case "step" -> {
          if (p.hasChild(v, Set.of("down"), "compound:prt", "advmod")) {
            resign(cx, v);
          }
        }
        case "succeed", "replace" -> succeed(cx, v);
        case "serve" -> serve(cx, v);
        case "win" -> win(cx, v);
        default -> {
          if (DEFEAT.contains(lemma)) {
            defeat(cx, v);
          }
        }
      }
    }
  }

  private static Optional<Who.Ref> person(Context cx, Optional<Integer> token) {
    return token.flatMap(cx.who::of).filter(r -> cx.who.isPerson(r.entity()));
  }

  private static Draft draft(Context cx, FactType type, int v, Claim claim, double confidence) {
    return new Draft(type, v, v, confidence).weigh(cx.parse, claim);
  }

  private static void endorse(Context cx, int v) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    if (!claim.asserted() && !claim.counterfactual()) {
      return;
    }
    List<Integer> agents = Args.agents(p, v);
    Optional<Integer> o = Args.patient(p, v).map(x -> candidateOf(p, x));
    Optional<Who.Ref> endorsed = person(cx, o);
    if (agents.isEmpty() || endorsed.isEmpty()) {
      return;
    }
    for (int x : agents) {
      // people and organisations endorse; "Indiana governor endorses Cruz" is no endorsement by Indiana
      Optional<Who.Ref> agent = cx.who.of(x).filter(r -> cx.who.entity(r.entity())
          .map(e -> e.type().equals("PERSON") || e.type().equals("ORGANIZATION")).orElse(false));
      if (agent.isPresent() && !agent.get().entity().equals(endorsed.get().entity())) {
        cx.add(draft(cx, FactType.ENDORSEMENT, v, claim, 0.9).subject(agent.get()).object(endorsed.get())
            .cover(x).cover(o.get()).when(When.of(p, v)));
      }
    }
    for (int race : Args.marked(p, v, Set.of("in", "for"))) {
      cx.races.officeOf(race).filter(x -> Races.RACE_NOUNS.contains(p.lemma(race))).ifPresent(office -> cx.add(
          draft(cx, FactType.CANDIDACY, v, claim, 0.7).subject(endorsed.get()).role(cx.races.role(office))
              .status("current").cover(o.get()).cover(race)));
    }
  }

  private static void resign(Context cx, int v) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    Optional<Integer> s = Args.agent(p, v);
    Optional<Who.Ref> who = person(cx, s);
    if (!claim.asserted() || who.isEmpty()) {
      return;
    }
    Draft d = draft(cx, FactType.RESIGNATION, v, claim, 0.85).subject(who.get()).cover(s.get()).when(When.of(p, v));
    for (int r : Args.marked(p, v, Set.of("as", "from"))) {
      Optional<Role> role = Args.roleOf(cx, r);
      if (role.isPresent()) {
        d.role(role.get().name()).cover(r);
        break;
      }
    }
    cx.add(d);
  }

  private static void succeed(Context cx, int v) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    if (!claim.asserted()) {
      return;
    }
    Optional<Integer> a = Args.agent(p, v);
    Optional<Integer> o = Args.patient(p, v);
    if (p.lemma(v).equals("replace") && !Args.isPassive(p, v)) {
      // "whom he replaced with Barr": the newcomer is the with-phrase, the subject only chose him
      Optional<Integer> with = Args.marked(p, v, Set.of("with")).stream().findFirst();
      if (with.isPresent()) {
        a = with;
      }
    }
    Optional<Who.Ref> successor = person(cx, a);
    Optional<Who.Ref> predecessor = person(cx, o);
    if (successor.isEmpty() || predecessor.isEmpty() || successor.get().entity().equals(predecessor.get().entity())) {
      return;
    }
    Draft d = draft(cx, FactType.SUCCESSION, v, claim, 0.8).subject(successor.get()).object(predecessor.get())
        .cover(a.get()).cover(o.get()).when(When.of(p, v));
    Optional<Role> role = Args.marked(p, v, Set.of("as")).stream().map(r -> Args.roleOf(cx, r))
        .flatMap(Optional::stream).findFirst().or(() -> Args.roleOf(cx, relativeHead(p, o.get())));
    role.ifPresent(r -> d.role(r.name()));
    cx.add(d);
  }

  /** "endorsing Donald Trump's presidential campaign": the candidate whose campaign it is. */
  private static int candidateOf(Parse p, int o) {
    if (Set.of("campaign", "candidacy", "bid", "run").contains(p.lemma(o))) {
      return p.child(o, "nmod:poss").orElse(o);
    }
    return o;
  }

  /** A relative pronoun's antecedent ("his former attorney general, whom ..."), else the token itself. */
  private static int relativeHead(Parse p, int t) {
    return p.lower(t).matches("who|whom|that") && p.is(p.head(t), "acl") ? p.head(p.head(t)) : t;
  }

  private static void serve(Context cx, int v) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    Optional<Integer> s = Args.agent(p, v);
    Optional<Who.Ref> who = person(cx, s);
    // "more qualified than Clinton to serve as president", "ready to serve": a capacity, no office held
    boolean capacity = p.hasChild(v, Set.of("to"), "mark") && p.head(v) >= 0 && p.token(p.head(v)).pos().startsWith("JJ");
    if (!claim.asserted() || who.isEmpty() || capacity) {
      return;
    }
    for (int r : Args.marked(p, v, Set.of("as", "in", "on"))) {
      Optional<Role> role = Args.roleOf(cx, r);
      if (role.isEmpty()) {
        continue;
      }
      When when = When.of(p, v);
      boolean past = p.token(v).pos().equals("VBD") && !p.hasChild(v, Set.of("since"), "obl")
          || when.end().isPresent();
      // "has served in the House and Senate": one office after the other, which one is held now is unsaid
      boolean oneOfTwo = p.children(r, "conj").stream().anyMatch(c -> Args.roleOf(cx, c).isPresent());
      Draft d = draft(cx, FactType.OFFICE, v, claim, 0.85).subject(who.get()).role(role.get().name())
          .cover(s.get()).cover(r).when(when).status(past ? "former" : oneOfTwo ? "" : "current");
      if (role.get().kind() == Role.Kind.AFFILIATION) {
        Optional<Integer> at = Args.marked(p, r, Set.of("of", "for", "at", "to")).stream().findFirst();
        Optional<Who.Ref> with = at.flatMap(cx.who::of);
        if (with.isEmpty()) {
          return;
        }
        d = new Draft(FactType.AFFILIATION, d.first, d.last, d.confidence).subject(who.get()).object(with.get())
            .role(role.get().name()).cover(at.get()).when(when).status(past ? "former" : "current");
      }
      cx.add(d);
      return;
    }
  }

  private static void defeat(Context cx, int v) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    Optional<Integer> a = Args.agent(p, v);
    Optional<Integer> o = Args.patient(p, v);
    Optional<Who.Ref> winner = person(cx, a);
    Optional<Who.Ref> loser = person(cx, o);
    if (!claim.asserted() || winner.isEmpty() || loser.isEmpty() || winner.get().entity().equals(loser.get().entity())
        || unrealised(p, v)) {
      return;
    }
    if (!hasCue(p, v) && (NEEDS_CUE.contains(p.lemma(v)) || pollSentence(p, v))) {
      return;
    }
    Draft d = draft(cx, FactType.ELECTION_RESULT, v, claim, 0.8).subject(winner.get()).object(loser.get())
        .cover(a.get()).cover(o.get()).when(When.of(p, v, electionArg(p, v)));
    election(cx, v).ifPresent(d::role);
    cx.add(d);
  }

  private static void win(Context cx, int v) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    Optional<Integer> a = Args.agent(p, v);
    Optional<Integer> o = p.child(v, "obj");
    Optional<Who.Ref> winner = person(cx, a);
    if (!claim.asserted() || winner.isEmpty() || o.isEmpty() || !ELECTION_NOUNS.contains(p.lemma(o.get()))
        || unrealised(p, v)) {
      return;
    }
    Draft d = draft(cx, FactType.ELECTION_RESULT, v, claim, 0.75).subject(winner.get()).cover(a.get())
        .cover(o.get()).when(When.of(p, v, o.get()));
    Optional<String> office = cx.races.officeOf(o.get()).map(cx.races::role);
    d.role(office.orElse(p.lower(o.get())));
    cx.add(d);
  }

  /** Verbs above an infinitive that make it happen ("managed to win", "came from behind to win"). */
  private static final Set<String> IMPLICATIVE = Set.of("manage", "struggle", "come", "rally", "surge");

  /**
   * Whether a result verb is an infinitive that states no result: one foreseen, promised, hoped for or
   * missed ("is going to win", "poised to win", "on track to win", "promised to defeat", "for him to
   * win", "failed to win"), or the end an upset served ("upset X to win the primary", whose winner is
   * the upset's subject); not one the verb above makes happen ("managed to win").
   */
  private static boolean unrealised(Parse p, int v) {
    if (!p.hasChild(v, Set.of("to"), "mark")) {
      return false;
    }
    int up = p.head(v);
    if (up < 0) {
      return true;
    }
    String lemma = p.lemma(up);
    return !IMPLICATIVE.contains(lemma);
  }

  private static boolean hasCue(Parse p, int v) {
    var s = p.sentence(v);
    boolean cue = false;
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (POLL_CUES.contains(p.lemma(t)) || p.word(t).equals("%")) {
        return false;
      }
      cue |= ELECTION_CUES.contains(p.lemma(t));
    }
    if (cue) {
      return true;
    }
    return p.children(v, "obl").stream().anyMatch(c -> p.time(c).isPresent());
  }

  private static boolean pollSentence(Parse p, int v) {
    var s = p.sentence(v);
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (POLL_CUES.contains(p.lemma(t)) || p.word(t).equals("%")) {
        return true;
      }
    }
    return false;
  }

  private static int electionArg(Parse p, int v) {
    return Args.marked(p, v, Set.of("in", "during")).stream().filter(c -> ELECTION_NOUNS.contains(p.lemma(c)))
        .findFirst().orElse(-1);
  }

  /** "the 2017 special election" → "special election", with the race's office where known. */
  private static Optional<String> election(Context cx, int v) {
    Parse p = cx.parse;
    int e = electionArg(p, v);
    if (e < 0) {
      return Optional.empty();
    }
    StringBuilder words = new StringBuilder();
    for (int c : p.children(e, "amod", "compound")) {
      if (c < e && p.time(c).isEmpty()) {
        words.append(p.lower(c)).append(' ');
      }
    }
    String phrase = words.append(p.lower(e)).toString();
    return Optional.of(cx.races.officeOf(e).map(o -> cx.races.role(o) + " " + phrase).orElse(phrase));
  }
}
