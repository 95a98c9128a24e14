package org.newsgraph.extract.internal.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Titles, offices and roles, normalised so that the same office compares equal across articles
 * ("attorney general", "AG", "his first attorney general" → Attorney General). General knowledge of
 * US politics; no word list here names a person or an outlet (issue 7).
 */
final class Offices {

  /** Offices that belong to a state and are qualified by it. */
  static final Set<String> TAKES_STATE = Set.of("U.S. Senator", "U.S. Representative", "Governor",
      "Lieutenant Governor", "Secretary of State", "Attorney General", "State Senator",
      "State Representative");

  /** Phrases (lower case, longest first when matched) and the role each names. */
  private static final Map<String, Role> PHRASES = new LinkedHashMap<>();

  /** Words that only describe a holder and are dropped before matching. */
  /** The states whose lower house is a House of Delegates. */
  private static final Set<String> DELEGATE_STATES = Set.of("Maryland", "Virginia", "West Virginia");
  private static final Set<String> DROP = Set.of("former", "ex", "ex-", "then", "then-", "first", "new",
      "current", "outgoing", "incoming", "acting", "longtime", "onetime", "one-time", "the", "a", "an",
      "his", "her", "their", "its", "our", "my", "your", "next", "top", "veteran", "interim", "late", "sitting",
      "u.s.", "us", "federal", "national", "senior", "longest-serving", "two-term", "three-term", "freshman",
      "republican", "democratic", "gop", "democrat", "conservative", "liberal", "progressive", "moderate");

  /** Words that make a lower rank of an office or role: a deputy director is not the director. */
  private static final Set<String> RANKS = Set.of("deputy", "assistant", "vice", "associate", "principal");

  private static final Set<String> CANDIDATE_WORDS = Set.of("candidate", "nominee", "hopeful", "contender",
      "challenger", "candidates", "nominees", "hopefuls", "contenders");

  private static final Map<String, String> RACE_ADJECTIVES = Map.of("presidential", "President",
      "senate", "U.S. Senator", "gubernatorial", "Governor", "house", "U.S. Representative",
      "congressional", "U.S. Representative", "mayoral", "Mayor", "vice-presidential", "Vice President");

  static {
    office("President", "president");
    office("President-elect", "president-elect");
    office("Vice President", "vice president", "vice-president", "vp");
    office("Attorney General", "attorney general", "attorney-general", "ag", "attorneys general");
    office("Secretary of State", "secretary of state");
    office("Lieutenant Governor", "lieutenant governor", "lt. gov.", "lt. governor", "lt gov", "lt. gov");
    office("Governor", "governor", "gov.", "gov");
    office("State Senator", "state senator", "state sen.", "state sen");
    office("State Representative", "state representative", "state rep.", "state rep", "assemblyman",
        "assemblywoman", "state legislator", "state lawmaker", "state delegate");
    office("U.S. Senator", "senator", "sen.", "sen", "senators");
    office("U.S. Representative", "representative", "rep.", "rep", "congressman", "congresswoman",
        "member of congress", "congressmen", "lawmaker");
    office("Speaker of the House", "speaker of the house", "house speaker", "speaker");
    office("Senate Majority Leader", "senate majority leader");
    office("Senate Minority Leader", "senate minority leader");
    office("House Majority Leader", "house majority leader");
    office("House Minority Leader", "house minority leader");
    office("Majority Leader", "majority leader");
    office("Minority Leader", "minority leader");
    office("Mayor", "mayor");
    office("Chief Justice", "chief justice");
    office("Justice", "justice", "supreme court justice");
    office("Judge", "judge");
    office("Ambassador", "ambassador");
    office("Prosecutor", "prosecutor", "district attorney", "u.s. attorney");
    office("Sheriff", "sheriff");
    affiliation("Chief of Staff", "chief of staff");
    affiliation("Press Secretary", "press secretary");
    affiliation("Campaign Manager", "campaign manager");
    affiliation("Campaign Chair", "campaign chairman", "campaign chairwoman", "campaign chair");
    affiliation("Chair", "chairman", "chairwoman", "chair", "chairperson");
    affiliation("Spokesperson", "spokesman", "spokeswoman", "spokesperson");
    affiliation("Adviser", "adviser", "advisor", "senior adviser", "senior advisor", "top adviser");
    affiliation("Aide", "aide");
    affiliation("Strategist", "strategist");
    affiliation("Chief Executive", "ceo", "chief executive", "chief executive officer");
    affiliation("Founder", "founder", "co-founder");
    affiliation("Director", "director", "executive director");
    affiliation("Coach", "coach", "football coach", "head coach", "basketball coach");
    affiliation("Counsel", "counsel", "general counsel", "lawyer", "attorney");
    affiliation("Treasurer", "treasurer");
    affiliation("Pollster", "pollster");
  }

  /** Every word of every phrase, for {@link #isTitleWord}. */
  private static final Set<String> TITLE_WORDS = new java.util.HashSet<>();

  static {
    PHRASES.keySet().forEach(p -> TITLE_WORDS.addAll(List.of(p.split(" "))));
  }

  private Offices() {}

  private static void office(String name, String... phrases) {
    Arrays.stream(phrases).forEach(p -> PHRASES.put(p, new Role(name, Role.Kind.OFFICE)));
  }

  private static void affiliation(String name, String... phrases) {
    Arrays.stream(phrases).forEach(p -> PHRASES.put(p, new Role(name, Role.Kind.AFFILIATION)));
  }

  /**
   * The role a title phrase names, from its words in order ("former", "Alabama", "Secretary", "of",
   * "State"). State names among the words qualify the office; "state" before Senator or
   * Representative makes it a state office; "presidential candidate" is a candidacy for President.
   */
  static Optional<Role> of(List<String> words) {
    List<String> kept = new ArrayList<>();
    Optional<String> state = Optional.empty();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      String lower = w.toLowerCase(Locale.ROOT);
      Optional<String> s = States.byName(w);
      boolean possessor = lower.equals("state") && i + 1 < words.size() && words.get(i + 1).matches("'s|’s")
          || homeState(words, i);
      if (s.isPresent() && Character.isUpperCase(w.charAt(0))) {
        state = s;
      } else if (!DROP.contains(lower) && !lower.matches("\\d+(st|nd|rd|th)?|'s|’s") && !possessor) {
        kept.add(lower); // "the neighboring state's senator" is no state senator
      }
    }
    List<String> ranks = ranks(kept);
    kept.removeAll(ranks);
    Optional<Role> role = candidate(kept).or(() -> match(String.join(" ", kept)));
    if (!ranks.isEmpty()) {
      String rank = capitalise(String.join(" ", ranks));
      role = role.map(r -> r.kind() == Role.Kind.CANDIDATE ? r : new Role(rank + " " + r.name(), r.kind()));
    }
    if (state.isPresent()) {
      String st = state.get();
      // a state's delegate is one of its legislators only where the lower house is a House of Delegates;
      // elsewhere ("a Washington state delegate") it is a delegate to a party's convention
      if (kept.contains("delegate") && !DELEGATE_STATES.contains(st)) {
        return Optional.empty();
      }
      role = role.map(r -> r.in(st));
    }
    return role;
  }

  /** Whether word {@code i} is part of "home-state" or "home state" ("home-state Sen. Marco Rubio" is a U.S. senator). */
  private static boolean homeState(List<String> words, int i) {
    String w = words.get(i).toLowerCase(Locale.ROOT);
    if (w.equals("home-state")) {
      return true;
    }
    int before = i - 1;
    while (before >= 0 && words.get(before).equals("-")) {
      before--;
    }
    int after = i + 1;
    while (after < words.size() && words.get(after).equals("-")) {
      after++;
    }
    return w.equals("state") && before >= 0 && words.get(before).equalsIgnoreCase("home")
        || w.equals("home") && after < words.size() && words.get(after).equalsIgnoreCase("state")
        || w.equals("-") && before >= 0 && words.get(before).equalsIgnoreCase("home");
  }

  /**
   * The words that rank a holder below an office, in their order ("deputy assistant attorney
   * general", "vice chairman", "associate director"), unless the whole phrase is an office of its
   * own ("vice president", "vice presidential nominee").
   */
  private static List<String> ranks(List<String> words) {
    if (PHRASES.containsKey(String.join(" ", words))) {
      return List.of();
    }
    List<String> ranks = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      boolean vicePresident = w.equals("vice") && i + 1 < words.size() && words.get(i + 1).startsWith("president");
      if (RANKS.contains(w) && !vicePresident) {
        ranks.add(w);
      }
    }
    return ranks;
  }

  private static Optional<Role> match(String phrase) {
    Role exact = PHRASES.get(phrase);
    if (exact != null) {
      return Optional.of(exact);
    }
    if (phrase.startsWith("secretary of ") && phrase.split(" ").length <= 4) {
      return Optional.of(new Role("Secretary of " + capitalise(phrase.substring(13)), Role.Kind.OFFICE));
    }
    // "state Sen.", "state Rep." split over tokens: try with the leading word dropped, once
    int space = phrase.indexOf(' ');
    if (space > 0 && !phrase.startsWith("state ")) {
      Role tail = PHRASES.get(phrase.substring(space + 1));
      if (tail != null && tail.kind() == Role.Kind.AFFILIATION) {
        return Optional.of(tail);
      }
    }
    return Optional.empty();
  }

  /** "presidential candidate", "Senate nominee": a candidacy for the office the adjective names. */
  private static Optional<Role> candidate(List<String> words) {
    if (words.isEmpty() || !CANDIDATE_WORDS.contains(words.get(words.size() - 1))) {
      return Optional.empty();
    }
    String joined = String.join(" ", words);
    if (joined.contains("vice presidential") || joined.contains("vice-presidential")) {
      return Optional.of(new Role("Vice President", Role.Kind.CANDIDATE));
    }
    for (String w : words) {
      String office = RACE_ADJECTIVES.get(w);
      if (office != null) {
        return Optional.of(new Role(office, Role.Kind.CANDIDATE));
      }
    }
    return Optional.of(new Role("", Role.Kind.CANDIDATE));
  }

  /** The office a race or seat word names ("Senate" → U.S. Senator), for "the Senate race". */
  static Optional<String> officeOfRace(String word) {
    return Optional.ofNullable(RACE_ADJECTIVES.get(word.toLowerCase(Locale.ROOT)));
  }

  /** Whether a lower-case word can end a title ("senator", "chief", "staff", "state"). */
  static boolean isTitleWord(String lower) {
    return TITLE_WORDS.contains(lower) || CANDIDATE_WORDS.contains(lower);
  }

  private static String capitalise(String s) {
    StringBuilder out = new StringBuilder();
    for (String w : s.split(" ")) {
      if (!out.isEmpty()) {
        out.append(' ');
      }
      out.append(w.equals("of") || w.equals("and") ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
    }
    return out.toString();
  }
}
