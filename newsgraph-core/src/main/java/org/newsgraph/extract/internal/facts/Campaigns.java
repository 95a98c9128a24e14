package org.newsgraph.extract.internal.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;

/**
 * Candidacies stated by verbs: "is running for the Senate", "is seeking the nomination", "launched a
 * bid", "was considering a bid for his old Senate seat", "dropped out of the race". Status comes from
 * the claim: considering, declined ("will not run", "declined to run"), withdrawn, or current.
 */
final class Campaigns {

  private static final Set<String> RUN = Set.of("run", "compete", "vie");
  private static final Set<String> SEEK_OBJECTS = Set.of("nomination", "reelection", "re-election", "seat",
      "presidency", "office", "term");
  private static final Set<String> REELECTION = Set.of("reelection", "re-election");
  private static final Set<String> BID_NOUNS = Set.of("bid", "run", "campaign", "candidacy", "race");
  private static final Set<String> START = Set.of("launch", "announce", "begin", "start", "mount", "enter",
      "join", "file", "formalize", "kick");
  private static final Set<String> CONSIDER = Set.of("consider", "weigh", "mull", "explore", "contemplate",
      "eye", "ponder");
  private static final Set<String> STOP = Set.of("end", "suspend", "abandon", "quit", "exit", "leave", "drop");
  private static final Set<String> WITHDRAW = Set.of("withdraw", "drop", "exit", "quit", "bow");

  private Campaigns() {}

  static void apply(Context cx) {
    Parse p = cx.parse;
    for (int v = 0; v < p.size(); v++) {
      if (!p.isVerb(v)) {
        continue;
      }
      String lemma = p.lemma(v);
      if (RUN.contains(lemma) && p.child(v, "obj").isEmpty()) {
        race(cx, v, Args.marked(p, v, Set.of("for", "in", "against")).stream().findFirst(), "current");
      } else if (lemma.equals("seek")) {
        race(cx, v, p.child(v, "obj").filter(o -> SEEK_OBJECTS.contains(p.lemma(o))), "current");
      } else if (p.child(v, "obj").map(o -> BID_NOUNS.contains(p.lemma(o))).orElse(false)) {
        int o = p.child(v, "obj").get();
        String status = START.contains(lemma) ? "current" : CONSIDER.contains(lemma) ? "considering"
            : STOP.contains(lemma) ? "withdrawn" : "";
        if (!status.isEmpty() && !othersCampaign(p, v, o)) {
          race(cx, v, Optional.of(o), status);
        }
      } else if (WITHDRAW.contains(lemma) && withdrawal(p, v)) {
        race(cx, v, Args.marked(p, v, Set.of("of", "from")).stream().findFirst(), "withdrawn");
      }
    }
  }

  /**
   * A campaign that is not the subject's own: one named by a person ("joined Mr. Trump's campaign",
   * "left the Clinton campaign"), or one joined ("Manafort joined the campaign" as its staff; "joined
   * the race" is a candidacy).
   */
  private static boolean othersCampaign(Parse p, int v, int o) {
    boolean named = p.children(o, "nmod:poss", "compound").stream()
        .anyMatch(c -> p.isProperNoun(c) && p.mention(c).map(m -> m.type().equals("PERSON")).orElse(false));
    return named || p.lemma(v).equals("join") && p.lemma(o).equals("campaign");
  }

  /**
   * Whether a personal pronoun owning the race ("ended her own bid") cannot stand for {@code entity}:
   * of the other gender than the article gives the person, or resolved to someone else. A misparsed
   * subject ("the former CEO ... who ended her own bid ..., Cruz has") then is not the candidate.
   */
  private static boolean anothersBid(Context cx, int race, String entity) {
    Parse p = cx.parse;
    for (int o : p.children(race, "nmod:poss")) {
      if (!p.token(o).pos().equals("PRP$")) {
        continue;
      }
      boolean someoneElse = cx.who.of(o).map(r -> !r.entity().equals(entity) && cx.who.isPerson(r.entity()))
          .orElse(false);
      if (!cx.who.mayBe(o, entity) || someoneElse) {
        return true;
      }
    }
    return false;
  }

  /** "drop out of the race", "withdraw from the primary", "bow out". */
  private static boolean withdrawal(Parse p, int v) {
    boolean particle = p.hasChild(v, Set.of("out"), "compound:prt", "advmod", "obl", "case")
        || Args.marked(p, v, Set.of("of", "from")).stream().anyMatch(r -> p.hasChild(r, Set.of("out"), "case"));
    boolean fromRace = Args.marked(p, v, Set.of("of", "from")).stream()
        .anyMatch(r -> Races.RACE_NOUNS.contains(p.lemma(r)));
    return fromRace && (particle || p.lemma(v).equals("withdraw")) || particle && p.lemma(v).equals("bow");
  }

  private static void race(Context cx, int v, Optional<Integer> arg, String status) {
    Parse p = cx.parse;
    if (arg.isEmpty()) {
      return;
    }
    boolean again = REELECTION.contains(p.lemma(arg.get()));
    // a reelection is to the office held, which an earlier race of the article need not be
    Optional<String> office = again ? cx.races.ownOffice(arg.get()).map(cx.races::role) : officeOf(cx, arg.get());
    if (office.isEmpty() && !again) {
      return;
    }
    Claim claim = Claim.of(p, v);
    When when = When.of(p, v);
    Optional<String> stated = statusOf(p, v, claim, status)
        .map(st -> st.equals("former") && START.contains(p.lemma(v)) && recent(cx, when) ? "current" : st);
    if (stated.isEmpty()) {
      return;
    }
    // "run for reelection as a senator": the office the sentence names
    Optional<String> named = again ? asOffice(cx, v, arg.get()) : Optional.empty();
    for (int s : Args.agents(p, v)) {
      Optional<Who.Ref> who = cx.who.of(s).filter(r -> cx.who.isPerson(r.entity()))
          .filter(r -> !anothersBid(cx, arg.get(), r.entity()));
      // "run for reelection": for the office the article says the candidate holds, else the race's
      Optional<String> role = named.or(() -> who.filter(w -> again).flatMap(w -> cx.heldOffice(w.entity())))
          .or(() -> office);
      if (who.isPresent() && role.isPresent()) {
        cx.add(new Draft(FactType.CANDIDACY, v, v, 0.8).weigh(p, claim).subject(who.get()).role(role.get())
            .status(stated.get()).cover(s).cover(Math.min(p.subtree(arg.get())[1], arg.get() + 8)).when(when));
      }
    }
  }

  /**
   * Whether a campaign launched in the past ("Harris launched her campaign in January") still runs
   * at the article's date: launched this year or the year before, or at a time the article leaves
   * unsaid. Without an article date nothing is assumed.
   */
  private static boolean recent(Context cx, When when) {
    if (cx.date.isEmpty()) {
      return false;
    }
    return when.start().map(d -> Integer.parseInt(d.substring(0, 4)) >= cx.date.get().getYear() - 1).orElse(true);
  }

  /** The office an "as" phrase on the verb or on the race noun names ("seek reelection as governor"). */
  private static Optional<String> asOffice(Context cx, int v, int arg) {
    List<Integer> as = new ArrayList<>(Args.marked(cx.parse, v, Set.of("as")));
    as.addAll(Args.marked(cx.parse, arg, Set.of("as")));
    return as.stream().flatMap(a -> Args.roleOf(cx, a).filter(r -> r.kind() == Role.Kind.OFFICE).stream())
        .map(Role::name).findFirst();
  }

  private static Optional<String> officeOf(Context cx, int arg) {
    Parse p = cx.parse;
    if (p.caseOf(arg).equals("against")) {
      return cx.races.latest(arg).map(cx.races::role);
    }
    Optional<String> role = Args.roleOf(cx, arg).filter(r -> r.kind() == Role.Kind.OFFICE).map(Role::name);
    if (role.isPresent()) {
      return role;
    }
    if (p.lower(arg).equals("president") || p.lower(arg).equals("presidency")) {
      return Optional.of("President");
    }
    return Optional.empty();
  }

  /** The candidacy status the claim supports, or empty when the article does not state one. */
  private static Optional<String> statusOf(Parse p, int v, Claim claim, String status) {
    if (claim.denied()) {
      return Optional.empty();
    }
    if (status.equals("withdrawn")) {
      return claim.asserted() ? Optional.of(status) : Optional.empty();
    }
    if (claim.refused() || claim.negated() && !p.token(v).pos().equals("VBD")) {
      return claim.considered() ? Optional.empty() : Optional.of("declined");
    }
    if (claim.considered()) {
      return Optional.of("considering");
    }
    if (status.equals("current") && (p.token(v).pos().equals("VBD") || p.hasChild(v, Set.of("have", "had"), "aux"))
        && !p.token(v).pos().equals("VBG")) {
      // "Obama ran for president": a past race
      return claim.asserted() ? Optional.of("former") : Optional.empty();
    }
    return claim.asserted() ? Optional.of(status) : Optional.empty();
  }
}
