package org.newsgraph.extract.internal.facts;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The races an article talks about. "The primary race" with no office named refers to the last race
 * the article qualified ("the GOP primary race for the Senate seat"); a Senate or House race takes the
 * article's state when one state dominates it (issue 7: "Senate seat he held" → U.S. Senator, Alabama).
 */
final class Races {

  static final Set<String> RACE_NOUNS = Set.of("race", "primary", "seat", "bid", "run", "campaign",
      "nomination", "election", "contest", "candidacy", "caucus", "caucuses", "runoff", "reelection",
      "re-election", "ticket", "presidency");

  private final Parse parse;
  private final TreeMap<Integer, String> qualified = new TreeMap<>();
  private final Optional<String> state;

  Races(Parse parse) {
    this.parse = parse;
    for (int i = 0; i < parse.size(); i++) {
      if (RACE_NOUNS.contains(parse.lemma(i))) {
        int at = i;
        near(i).ifPresent(o -> qualified.put(at, o));
      }
    }
    this.state = dominantState(parse);
  }

  /** The office a race or seat noun is for: from its own words, else the last race named before it. */
  Optional<String> officeOf(int noun) {
    Optional<String> own = near(noun);
    if (own.isPresent() || !RACE_NOUNS.contains(parse.lemma(noun))) {
      return own;
    }
    Map.Entry<Integer, String> before = qualified.floorEntry(noun);
    return Optional.ofNullable(before).map(Map.Entry::getValue);
  }

  /** The office a race or seat noun is for by its own words ("reelection to Congress"), else empty. */
  Optional<String> ownOffice(int noun) {
    return near(noun);
  }

  /** The office of the last race named at or before token {@code t} ("running against Moore"). */
  Optional<String> latest(int t) {
    return Optional.ofNullable(qualified.floorEntry(t)).map(Map.Entry::getValue);
  }

  /** The role for an office found through a race, with the article's state where it takes one. */
  String role(String office) {
    return state.map(s -> new Role(office, Role.Kind.OFFICE).in(s).name()).orElse(office);
  }

  private Optional<String> near(int noun) {
    if (parse.lemma(noun).equals("presidency")) {
      return Optional.of("President");
    }
    for (int c : parse.children(noun, "compound", "amod", "nmod", "obl")) {
      String w = parse.lower(c);
      boolean state = parse.children(noun, "compound", "amod").stream().anyMatch(x -> parse.lower(x).equals("state"))
          || parse.children(c, "compound", "amod").stream().anyMatch(x -> parse.lower(x).equals("state"));
      if (state && (w.equals("senate") || w.equals("house"))) {
        return Optional.of(w.equals("senate") ? "State Senator" : "State Representative");
      }
      Optional<String> o = officeOfRaceWord(parse, c);
      if (o.isPresent()) {
        return o;
      }
      if ((parse.caseOf(c).equals("for") || parse.caseOf(c).equals("to")) && !parse.isProperNoun(c)) {
        Optional<Role> r = Offices.of(java.util.List.of(parse.word(c)));
        if (r.isPresent() && r.get().kind() == Role.Kind.OFFICE) {
          return Optional.of(r.get().name());
        }
      }
      if (RACE_NOUNS.contains(parse.lemma(c)) && c != noun && parse.head(c) == noun) {
        Optional<String> inner = near(c);
        if (inner.isPresent()) {
          return inner;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The office a race word names ("Senate" → U.S. Senator, "presidential" → President); "the White
   * House" is the presidency, not the House.
   */
  static Optional<String> officeOfRaceWord(Parse parse, int c) {
    if (parse.lower(c).equals("house")
        && parse.children(c, "compound", "amod").stream().anyMatch(g -> parse.lower(g).equals("white"))) {
      return Optional.of("President");
    }
    return Offices.officeOfRace(parse.lower(c));
  }

  private static Optional<String> dominantState(Parse parse) {
    Map<String, Integer> counts = new HashMap<>();
    int total = 0;
    for (int i = 0; i < parse.size(); i++) {
      if (parse.token(i).ner().equals("STATE_OR_PROVINCE")) {
        Optional<String> s = States.byName(parse.word(i));
        if (s.isPresent()) {
          counts.merge(s.get(), 1, Integer::sum);
          total++;
        }
      }
    }
    int all = total;
    return counts.entrySet().stream().filter(e -> e.getValue() >= 2 && e.getValue() * 10 >= all * 6)
        .map(Map.Entry::getKey).findFirst();
  }
}
