package org.newsgraph.extract.internal.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;
import org.newsgraph.resolve.Kinship;

/**
 * Turns a title phrase that describes a person ("GOP state Rep.", "a former chief of staff to
 * Sessions", "Republican presidential nominee") into facts: the office or role it names, the party
 * it gives, the candidacy it states. Shared by pre-name titles, appositives and copular descriptions.
 */
final class Titles {

  private static final Set<String> FORMER = Set.of("former", "ex", "ex-", "then", "then-", "onetime",
      "one-time", "late", "erstwhile", "outgoing");
  /** Words that make a candidate title a candidacy under consideration ("a potential 2020 presidential contender"). */
  private static final Set<String> POTENTIAL = Set.of("potential", "possible", "likely", "prospective", "probable",
      "would-be");
  /** Words that make a title one the person is to take up, not one held now ("the incoming ambassador"). */
  private static final Set<String> NOT_YET = Set.of("incoming", "designate", "designated", "nominated",
      "presumptive", "prospective");
  /** Nouns of the approval an appointee waits for ("pending confirmation", "awaiting Senate approval"). */
  private static final Set<String> APPROVALS = Set.of("confirmation", "approval", "ratification");
  private static final Set<String> OBJECT_TYPES = Set.of("PERSON", "ORGANIZATION");
  /** Nouns a party word may qualify and still say the person's party ("her Republican opponent"). */
  private static final Set<String> PARTY_HEADS = Set.of("opponent", "rival", "challenger", "leader", "lawmaker",
      "member", "official", "operative", "incumbent", "colleague", "counterpart", "politician", "activist",
      "donor", "legislator", "congressman", "congresswoman", "senator", "democrat", "republican");
  /** Nouns whose possessor or compound names whom a role is held with ("Clinton campaign spokesman"). */
  private static final Set<String> WITH_HEADS = Set.of("campaign", "camp", "team", "administration", "staff",
      "office", "transition");
  /** Offices that, held at a named organisation, are a role there ("AFL-CIO President"). */
  private static final Set<String> ORG_ROLES = Set.of("President", "Vice President", "Secretary");

  /** Named-entity classes of places and peoples, where a president is a head of state ("Mexican", "of Mexico"). */
  private static final Set<String> PLACES = Set.of("NATIONALITY", "COUNTRY", "LOCATION", "STATE_OR_PROVINCE", "CITY");

  /** Kinship beyond {@link Kinship}'s: steps, in-laws and the general words. */
  private static final Set<String> MORE_KIN = Set.of("stepson", "stepdaughter", "son-in-law", "daughter-in-law",
      "father-in-law", "mother-in-law", "brother-in-law", "sister-in-law", "child", "grandchild", "parent", "sibling");

  private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(19|20)\\d\\d");

  private Titles() {}

  /**
   * Facts from the words of tokens {@code words} describing {@code person}, whose name or
   * description head is {@code anchor}.
   *
   * @param objects tokens after the title that may name whom or where the role is held ("to Sessions")
   * @param unmarked the status when no word says "former": "current", "former" for a past copula ("was
   *     the governor"), or "" when a past-tense clause leaves it open ("President Nixon resigned")
   * @param tagState the state of a party-state tag after the name, or empty
   */
  static void describe(Context cx, Who.Ref person, List<Integer> words, List<Integer> objects, int anchor,
      int[] evidence, String unmarked, Optional<String> tagState) {
    Parse p = cx.parse;
    if (isKin(p.lower(anchor)) || isKin(p.lemma(anchor))) { // the relative's offices and party, not the person's
      return; // a relative's titles
    }
    List<String> roleWords = new ArrayList<>();
    Optional<Who.Ref> object = Optional.empty();
    // a name after the title that the resolver made part of the person's description ("Dan Gross,
    // president of the Brady Campaign"): where the post is held, not the person's own name
    boolean namedAfter = false;
    for (int t : words) {
      Optional<String> party = Parties.ofWord(p.word(t));
      if (party.isPresent() && !p.isVerb(t) && !inOrganisation(p, t)) {
        if (partyOfPerson(p, t, anchor)) {
          cx.add(new Draft(FactType.PARTY, evidence[0], evidence[1], 0.85).subject(person).value(party.get())
              .status("current"));
          roleWords.add(p.lower(t));
        }
      } else if (!isObject(cx, t)) {
        roleWords.add(p.word(t));
      } else {
        Optional<Who.Ref> other = cx.who.named(t).filter(r -> !r.entity().equals(person.entity()));
        if (other.isPresent()) {
          object = object.or(() -> other); // a word of another's name ("aide to Sessions")
        } else if (!p.isProperNoun(t)) {
          roleWords.add(p.word(t)); // the resolver made the description a mention of the person
        } else if (t > anchor && !PLACES.contains(p.token(t).ner())) {
          namedAfter = true;
        } // else a word of the person's own name ("Rep. Robert C. Scott")
      }
    }
    for (int t : objects) {
      if (object.isEmpty() && isObject(cx, t)) {
        object = cx.who.named(t).filter(r -> !r.entity().equals(person.entity()));
      }
    }
    Optional<Match> match = match(roleWords);
    if (match.isEmpty()) {
      return;
    }
    Match m = match.get();
    if (anotherSpeaker(m)) {
      return;
    }
    boolean former = m.words().subList(m.from(), m.words().size()).stream().anyMatch(Titles::isFormer)
        || formerBefore(m.words().subList(0, m.from()))
        || m.role().kind() == Role.Kind.CANDIDATE && pastRace(m.words(), cx.date);
    if (m.from() > 0) {
      // "former Democratic presidential candidate Sen. Bernie Sanders": the first title is a role of its own
      match(m.words().subList(0, m.from())).filter(x -> x.role().kind() == Role.Kind.CANDIDATE)
          .ifPresent(x -> add(cx, person, x.role(), Optional.empty(), evidence,
              x.words().stream().anyMatch(Titles::isFormer) || pastRace(x.words(), cx.date) ? "former" : unmarked));
    }
    Role r = tagState.map(s -> m.role().in(s)).orElse(m.role());
    if (r.name().startsWith("U.S. ") && ofAnotherCountry(p, words, anchor)) {
      return; // "Volker Beck, a lawmaker from Germany's Green Party", "German lawmaker": not of Congress
    }
    if (r.kind() != Role.Kind.CANDIDATE && !former && notYet(p, m.words().subList(m.from(), m.words().size()), anchor)) {
      return; // an appointee or an elected one yet to take office holds no office or post now
    }
    boolean atOrganisation = namedAfter || words.stream().anyMatch(t -> organisationWord(p, t));
    if (r.kind() == Role.Kind.OFFICE && ORG_ROLES.contains(r.name())
        && (object.isPresent() || !objects.isEmpty() || atOrganisation)) {
      // "president of the NAACP", "vice president for policy at a think tank": a post, not the office
      if (object.isEmpty() || cx.who.isPerson(object.get().entity())) {
        return;
      }
      r = new Role(r.name(), Role.Kind.AFFILIATION);
    }
    boolean potential = m.words().subList(m.from(), m.words().size()).stream()
        .anyMatch(w -> POTENTIAL.contains(w.toLowerCase(Locale.ROOT)));
    add(cx, person, r, object, evidence, former ? "former" : potential && r.kind() == Role.Kind.CANDIDATE ? "considering" : unmarked);
  }

  private static void add(Context cx, Who.Ref person, Role r, Optional<Who.Ref> object, int[] ev, String status) {
    switch (r.kind()) {
      case OFFICE -> cx.add(new Draft(FactType.OFFICE, ev[0], ev[1], 0.85).subject(person).role(r.name()).status(status));

      case AFFILIATION -> object.ifPresent(o -> cx.add(
          new Draft(FactType.AFFILIATION, ev[0], ev[1], 0.8).subject(person).object(o).role(r.name()).status(status)));
      case CANDIDATE -> {
        if (!r.name().isEmpty()) {
          cx.add(new Draft(FactType.CANDIDACY, ev[0], ev[1], 0.8).subject(person).role(cx.races.role(r.name()))
              .status(status));
        }
      }
    }
  }

  /**
   * Whether "former" (or "then-") before the matched title qualifies it across the words between,
   * which name where the office is held ("former New York City Mayor Rudy Giuliani", "a former
   * two-term Florida governor", "then-Arkansas Gov."), not another role ("former rival New Jersey
   * Gov. Chris Christie" is the governor still).
   */
  private static boolean formerBefore(List<String> given) {
    List<String> lead = new ArrayList<>(); // "two", "-", "term" as the tokenizer splits "two-term"
    for (String w : given) {
      if (w.equals("-") && !lead.isEmpty()) {
        lead.set(lead.size() - 1, lead.get(lead.size() - 1) + "-");
      } else if (!lead.isEmpty() && lead.get(lead.size() - 1).endsWith("-")) {
        lead.set(lead.size() - 1, lead.get(lead.size() - 1) + w);
      } else {
        lead.add(w);
      }
    }
    int at = 0;
    while (at < lead.size() && !isFormer(lead.get(at))) {
      at++;
    }
    if (at == lead.size() || match(lead).isPresent()) {
      return false;
    }
    return lead.subList(at + 1, lead.size()).stream().allMatch(w -> Character.isUpperCase(w.charAt(0))
        || w.contains("-") || w.chars().anyMatch(Character::isDigit) || w.equalsIgnoreCase("state"));
  }

  /**
   * Whether a bare "speaker" is one who speaks, not the Speaker of the House: a word that qualifies
   * it, other than "former", a party or "House", makes it an event's speaker ("a featured speaker",
   * "the scheduled surrogate speaker", "corporate speaker Lance Wallnau").
   */
  private static boolean anotherSpeaker(Match m) {
    if (m.from() == 0 || !m.words().get(m.from()).equalsIgnoreCase("speaker") || m.from() + 1 != m.words().size()) {
      return false;
    }
    String before = m.words().get(m.from() - 1);
    return !isFormer(before) && Parties.ofWord(before).isEmpty() && !before.equalsIgnoreCase("house")
        && Character.isLowerCase(before.charAt(0));
  }

  /**
   * Whether a word before "president" (or "secretary") names where the post is held other than a
   * country: an organisation's name ("Judicial Watch President Tom Fitton", "NEA President"), a
   * possessor ("Planned Parenthood's president", "the club's president"). Nationalities and places ("Mexican President", "U.S. President"), parties and
   * "former" make it the office of a head of state.
   */
  private static boolean organisationWord(Parse p, int t) {
    String ner = p.token(t).ner();
    String lower = p.lower(t);
    if (PLACES.contains(ner) || Set.of("TITLE", "DURATION").contains(ner)
        || Offices.isTitleWord(lower) || lower.equals("vice") || isFormer(lower) || Parties.ofWord(p.word(t)).isPresent()) {
      return false;
    }
    // a common noun is left out: before a capitalised title it is more often a reduced relative
    // clause ("the network President Vladimir Putin formed") than a post ("chapter president")
    return ner.equals("ORGANIZATION") || p.is(t, "nmod:poss")
        || p.token(t).pos().startsWith("NNP") && ner.equals("O") && p.mention(t).isEmpty();
  }

  /**
   * Whether the title's words, or a place it is "from", "in" or "of", name a country other than the
   * United States or its people ("German lawmaker", "a lawmaker from Germany's Green Party"). A
   * heritage or birthplace is no such country ("Indian American Rep.", "Cuban-American", "Mexican-born").
   */
  private static boolean ofAnotherCountry(Parse p, List<Integer> words, int anchor) {
    // among the title's words, only one qualifying a title word ("German lawmaker", not "Iran hawk Sen.")
    List<Integer> tokens = new ArrayList<>(words.stream()
        .filter(t -> p.head(t) >= 0 && Offices.isTitleWord(p.lower(p.head(t)))).toList());
    for (int n : p.children(anchor, "nmod")) {
      if (n > anchor && Set.of("from", "in", "of").contains(p.caseOf(n))) {
        int[] r = p.subtree(n);
        for (int t = r[0]; t <= r[1]; t++) {
          tokens.add(t);
        }
      }
    }
    return tokens.stream().anyMatch(t -> foreign(p, t));
  }

  private static boolean foreign(Parse p, int t) {
    String ner = p.token(t).ner();
    String lower = p.lower(t);
    if (!ner.equals("NATIONALITY") && !ner.equals("COUNTRY") || lower.contains("americ")
        || Set.of("u.s.", "us", "u.s", "usa", "u.s.a.", "united", "states").contains(lower)) {
      return false;
    }
    for (int n = t + 1; n < p.size() && n <= t + 2; n++) {
      String next = p.lower(n);
      if (next.contains("americ") || next.equals("born") || next.equals("-born")) {
        return false;
      }
      if (!next.equals("-")) {
        break;
      }
    }
    return true;
  }

  /**
   * Whether the title is one the person has not taken up yet: a word of the matched title says so
   * ("incoming", "nominated"; not one of an earlier title: "presumptive presidential nominee Sen."), or
   * an appositive of the person says the appointment waits for an approval ("Sada, the incoming
   * ambassador, pending confirmation").
   */
  private static boolean notYet(Parse p, List<String> title, int anchor) {
    if (title.stream().anyMatch(w -> NOT_YET.contains(w.toLowerCase(Locale.ROOT)))) {
      return true;
    }
    int person = p.is(anchor, "appos") ? p.head(anchor) : anchor;
    return person >= 0 && p.children(person, "appos").stream()
        .anyMatch(c -> APPROVALS.contains(p.lemma(c)) && p.children(c, "amod", "case", "acl").stream()
            .anyMatch(m -> p.lemma(m).matches("pend|pending|await|awaiting")));
  }

  /**
   * Whether a candidate's title names a race of a year before the article's ("Mitt Romney, the 2012
   * Republican presidential nominee" in 2015): that candidacy is over.
   */
  private static boolean pastRace(List<String> words, Optional<LocalDate> date) {
    return date.isPresent() && words.stream()
        .anyMatch(w -> YEAR.matcher(w).matches() && Integer.parseInt(w) < date.get().getYear());
  }

  /**
   * Whether a word is a noun of kinship: a description it heads ("the son of one New York governor",
   * "the Republican nominee's eldest daughter") tells the relative's offices and party, not the person's.
   */
  private static boolean isKin(String word) {
    return Kinship.isKin(word) || MORE_KIN.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isFormer(String w) {
    String lower = w.toLowerCase(Locale.ROOT);
    return FORMER.contains(lower) || lower.startsWith("ex-") || lower.startsWith("then-");
  }

  /**
   * Whether a party word is part of an organisation's name other than the party's own ("Democratic
   * National Committee", but not "Green Party" or "GOP").
   */
  private static boolean inOrganisation(Parse p, int t) {
    return p.mention(t).map(m -> m.type().equals("ORGANIZATION") && m.span().text().contains(" ")
        && !m.span().text().matches("(?i)(the )?(republican|democratic|green|libertarian|reform) party")).orElse(false);
  }

  /** A party word says the person's party when it qualifies the name or the title. */
  private static boolean partyOfPerson(Parse p, int t, int anchor) {
    int h = p.head(t);
    if (h >= 0 && p.lemma(h).equals("party")) {
      h = p.head(h);
    }
    return t == anchor || h == anchor || h >= 0 && (Offices.isTitleWord(p.lower(h)) || PARTY_HEADS.contains(p.lemma(h)));
  }

  private static boolean isObject(Context cx, int t) {
    Parse p = cx.parse;
    boolean named = p.mention(t).map(m -> OBJECT_TYPES.contains(m.type())).orElse(false)
        || p.isProperNoun(t) && p.token(t).ner().equals("O") && cx.who.named(t).isPresent();
    if (!named || !p.is(t, "compound") && !p.is(t, "nmod:poss")) {
      return named;
    }
    int h = p.head(t);
    return p.isProperNoun(h) || WITH_HEADS.contains(p.lemma(h)) || Offices.isTitleWord(p.lower(h));
  }

  /**
   * A role and where its title starts among the words.
   *
   * @param role the role
   * @param from the index in {@code words} where the matched title starts
   * @param words the words matched against, states left out
   */
  record Match(Role role, int from, List<String> words) {}

  /** Joins two-word state names split over tokens ("New", "Jersey" → "New Jersey"). */
  private static List<String> joinStates(List<String> words) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      if (i + 1 < words.size() && States.byName(words.get(i) + " " + words.get(i + 1)).isPresent()) {
        out.add(words.get(i) + " " + words.get(i + 1));
        i++;
      } else {
        out.add(words.get(i));
      }
    }
    return out;
  }

  static Optional<Role> trimmed(List<String> words) {
    return match(words).map(Match::role);
  }

  /** The role the words name, trying shorter tails when the whole does not match. */
  static Optional<Match> match(List<String> given) {
    List<String> words = joinStates(given);
    List<String> states = words.stream().filter(x -> States.byName(x).isPresent()).toList();
    List<String> w = new ArrayList<>(words.stream().filter(x -> States.byName(x).isEmpty()).toList());
    while (!w.isEmpty() && w.get(w.size() - 1).equalsIgnoreCase("of")) {
      w.remove(w.size() - 1);
    }
    if (w.isEmpty() || !Offices.isTitleWord(w.get(w.size() - 1).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    for (int from = 0; from < w.size(); from++) {
      List<String> tail = new ArrayList<>(states);
      tail.addAll(w.subList(from, w.size()));
      Optional<Role> r = Offices.of(tail);
      if (r.isPresent()) {
        return Optional.of(new Match(r.get(), from, w));
      }
    }
    return Optional.empty();
  }
}
