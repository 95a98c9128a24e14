package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.clean.PersonCard;

/**
 * Groups an article's person names into people (issue 4), by rules that hold for any article:
 *
 * <ol>
 *   <li>a person card makes a person with the card's full name, and takes the name it follows;
 *   <li>full names ("Jeff Sessions", "Jefferson (Jeff) Beauregard Sessions") join a person with a
 *       compatible name: same surname and suffix, same or nickname-equivalent first name; two words
 *       that end a longer full name ("Peña Nieto", "Wasserman Schultz") join that name's person;
 *   <li>a short name ("Sessions", "Mr. Trump", "Trump Jr.") joins the one person with that surname
 *       (and suffix, and honorific gender), else the one person with that first name or nickname
 *       ("Jeff", "Bradley"); when two people share it (two Clintons), it stays unresolved;
 *   <li>a surname the engine did not tag ("Sessions" tagged O) is found again in the text.
 * </ol>
 *
 * Not thread-safe: build one per article.
 */
public final class PersonClusterer {

  private static final Set<String> NOT_NAME_NER = Set.of("ORGANIZATION", "LOCATION", "CITY", "STATE_OR_PROVINCE", "COUNTRY");

  private final Lexicon lexicon;
  private final Doc doc;
  private final List<Cluster> clusters = new ArrayList<>();
  private final Map<NameMention, Cluster> assigned = new IdentityHashMap<>();
  private final Map<NameMention, PersonName> parsed = new IdentityHashMap<>();
  private final NestedNames nested;
  private final Introductions introductions;
  private final SurnameCues cues;
  private final OfficeTitles titles;

  public PersonClusterer(Lexicon lexicon, Doc doc) {
    this.lexicon = lexicon;
    this.doc = doc;
    this.nested = new NestedNames(lexicon, doc, this);
    this.titles = new OfficeTitles(doc);
    this.introductions = new Introductions(lexicon, doc, parsed, assigned, titles);
    this.cues = new SurnameCues(doc, assigned, parsed);
  }

  public List<Cluster> clusters() {
    return clusters;
  }

  /** The person each name was resolved to; unresolved names are absent. */
  public Map<NameMention, Cluster> assigned() {
    return assigned;
  }

  /**
   * Clusters {@code engineNames} (person names in text order, words that are no part of a name
   * taken out by the {@link NameTrimmer}) and returns them with the surnames found again in the
   * text, in text order.
   */
  public List<NameMention> cluster(List<NameMention> engineNames, List<NameMention> allNames, List<PersonCard> cards) {
    List<NameMention> persons = new NameTrimmer(lexicon, doc).trim(engineNames);
    persons.forEach(m -> PersonName.parse(words(m)).ifPresent(p -> parsed.put(m, p)));
    cards.forEach(card -> fromCard(card, persons));
    List<NameMention> tails = new ArrayList<>();
    for (NameMention m : persons) {
      PersonName p = parsed.get(m);
      if (p != null && p.isFull() && !assigned.containsKey(m)) {
        if (persons.stream().anyMatch(n -> parsed.containsKey(n) && isTailOf(p, parsed.get(n)))) {
          tails.add(m); // "Peña Nieto" waits for "Enrique Peña Nieto", wherever the article names him in full
          continue;
        }
        Cluster c = clusters.stream().filter(k -> k.person().map(q -> q.compatible(p, lexicon)).orElse(false))
            .findFirst().orElseGet(() -> newCluster(m));
        assign(m, c);
      }
    }
    for (NameMention m : tails) {
      PersonName p = parsed.get(m);
      List<NameMention> longer = persons.stream().filter(n -> assigned.containsKey(n) && parsed.containsKey(n)
          && isTailOf(p, parsed.get(n))).toList();
      if (longer.stream().map(assigned::get).distinct().count() == 1) {
        Cluster c = assigned.get(longer.get(0));
        assign(m, c);
        if (longer.stream().anyMatch(n -> soundName(parsed.get(n)))) {
          c.notUsual(m.surface()); // the entity keeps its full name
        } else {
          longer.forEach(n -> c.notUsual(n.surface())); // and not a headline's "McCain Challenger Kelli Ward"
        }
      } else {
        assign(m, clusters.stream().filter(k -> k.person().map(q -> q.compatible(p, lexicon)).orElse(false))
            .findFirst().orElseGet(() -> newCluster(m)));
      }
    }
    // a surname two people share waits until the other short names are placed: the people it is
    // coordinated with, and who else a pronoun could mean, are known then (issue 8)
    List<NameMention> shared = new ArrayList<>();
    for (NameMention m : persons) {
      PersonName p = parsed.get(m);
      if (p != null && !p.isFull() && !assigned.containsKey(m)) {
        if (candidates(m, p).size() > 1 && p.suffix().isEmpty()) {
          shared.add(m);
        } else {
          resolveShort(m, p, true);
        }
      }
    }
    shared.forEach(m -> resolveShort(m, parsed.get(m), true));
    for (NameMention m : persons) {
      PersonName p = parsed.get(m);
      if (p != null && !p.isFull() && !assigned.containsKey(m)) {
        byProminence(m, p);
      }
    }
    List<NameMention> kept = new ArrayList<>(persons); // the trimmed person names, so later steps see what they left
    allNames.stream().filter(n -> !n.isPerson()).forEach(kept::add);
    List<NameMention> all = new ArrayList<>(persons);
    all.addAll(surnamesAgain(kept));
    all.addAll(nested.find(kept));
    all.sort((a, b) -> Integer.compare(a.firstToken(), b.firstToken()));
    return all;
  }

  private void fromCard(PersonCard card, List<NameMention> persons) {
    Optional<PersonName> full = PersonName.parse(Arrays.asList(
        card.fullName().replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")));
    if (full.isEmpty()) {
      return;
    }
    Cluster c = clusters.stream().filter(k -> k.person().map(q -> q.compatible(full.get(), lexicon)).orElse(false)
        && k.cardFullName().isPresent()).findFirst().orElseGet(() -> {
          Cluster k = new Cluster("PERSON", full.get().lastKey());
          clusters.add(k);
          return k;
        });
    c.learn(full.get());
    c.cardFullName(card.fullName());
    c.nameGender(lexicon.firstNameGender(full.get().first().orElse("")));
    persons.stream().filter(m -> doc.token(m.firstToken()).start() < card.mention().end()
        && card.mention().start() < doc.token(m.endToken() - 1).end()).findFirst()
        .ifPresent(m -> assign(m, c));
  }

  private Cluster newCluster(NameMention m) {
    Cluster c = new Cluster("PERSON", parsed.get(m).lastKey());
    clusters.add(c);
    return c;
  }

  private void assign(NameMention m, Cluster c) {
    PersonName p = parsed.get(m);
    c.add(m, Optional.ofNullable(p));
    assigned.put(m, c);
    if (p != null && p.isFull()) {
      c.nameGender(lexicon.firstNameGender(p.given().get(0)));
    } else if (p != null && c.person().map(q -> !q.isFull()).orElse(true)) {
      c.gender(lexicon.firstNameGender(p.last())); // "Melanie", "Kevin" alone: the given name tells
    }
    c.gender(honorificGender(m));
  }

  /**
   * Resolves a name without a given name. With {@code create}, the name stands on its own (it is not
   * nested in another word or name): an unknown one makes a new person, the words around it may
   * choose between the people who share it ({@link SurnameCues}), and an office title before it
   * may say it is none of them ({@link OfficeTitles}).
   */
  private boolean resolveShort(NameMention m, PersonName p, boolean create) {
    List<Cluster> candidates = candidates(m, p);
    if (create && p.suffix().isEmpty() && !candidates.isEmpty()) {
      List<Cluster> fitting = candidates.stream().filter(c -> !titles.conflict(m, ownNames(c))).toList();
      if (fitting.isEmpty()) { // "former Secretary Clinton" beside President Bill Clinton alone: another Clinton
        assign(m, newCluster(m));
        return true;
      }
      candidates = fitting;
      List<Cluster> titled = candidates.stream().filter(c -> titles.same(m, ownNames(c))).toList();
      candidates = titled.size() == 1 ? titled : candidates; // "President Clinton" is the one titled so in full
    }
    if (create && p.suffix().isEmpty() && candidates.size() > 1) {
      // the pronoun of one namesake's gender tells (a given name's gender is only a guess: a pronoun
      // against the one person of that surname does not make "Walz" someone else than Marty Walz)
      Gender cue = cues.pronounGender(m);
      List<Cluster> agreeing = candidates.stream().filter(c -> c.gender().agrees(cue)).toList();
      candidates = agreeing.isEmpty() ? candidates : agreeing;
      if (candidates.size() > 1) {
        candidates = cues.byCoordination(m, candidates).map(List::of).orElse(candidates);
      }
    }
    if (candidates.size() > 1 && p.suffix().isEmpty()) {
      candidates = introductions.firstIntroduced(m, candidates);
    }
    if (candidates.size() == 1) {
      assign(m, candidates.get(0));
      return true;
    }
    if (candidates.isEmpty() && create && (bySurname(p).isEmpty() || p.suffix().isPresent())) {
      assign(m, newCluster(m));
      return true;
    }
    return false; // shared by two people, or unknown: left unresolved rather than guessed
  }

  /**
   * Whether {@code p}, two words and nothing more, is the last two words of the longer name {@code q}:
   * a double surname written alone ("Peña Nieto" of "Enrique Peña Nieto", "Wasserman Schultz" of
   * "Debbie Wasserman Schultz"), which reads as a given name and a surname but is that person.
   */
  private static boolean isTailOf(PersonName p, PersonName q) {
    return p.given().size() == 1 && p.suffix().isEmpty() && p.nicknames().isEmpty() && q.given().size() >= 2
        && q.lastKey().equals(p.lastKey())
        && q.given().get(q.given().size() - 1).equalsIgnoreCase(p.given().get(0));
  }

  /**
   * Whether a name is a person's name and nothing else: no title word among its given names ("McCain
   * Challenger Kelli Ward") and no surname repeated ("Christie Chris Christie", two names run together).
   */
  private boolean soundName(PersonName q) {
    return q.given().stream().noneMatch(g -> lexicon.isTitleWord(g) || lexicon.isNameModifier(g) || g.equalsIgnoreCase(q.last()));
  }

  /** The names that say who {@code c} is: its full names, or all its names when it has none. */
  private List<NameMention> ownNames(Cluster c) {
    List<NameMention> full = c.names().stream().filter(n -> parsed.containsKey(n) && parsed.get(n).isFull()).toList();
    return full.isEmpty() ? c.names() : full;
  }

  /** The people a name without a given name may be: by surname (suffix and gender fitting), else by first name. */
  private List<Cluster> candidates(NameMention m, PersonName p) {
    List<Cluster> candidates = narrow(bySurname(p), m, p);
    if (candidates.isEmpty()) {
      candidates = clusters.stream().filter(c -> c.person().map(q -> q.firstNames().stream()
          .anyMatch(f -> lexicon.givenNameAlone(f, p.last()))).orElse(false)).toList();
      candidates = narrow(candidates, m, null);
    }
    return candidates;
  }

  private List<Cluster> bySurname(PersonName p) {
    return clusters.stream().filter(c -> c.person().map(q -> q.lastKey().equals(p.lastKey())).orElse(false)).toList();
  }

  /**
   * A short name two people of the article share, written before either is named in full (a
   * headline's "Clinton" beside Hillary and Bill Clinton): the one the article names far more often,
   * its subject (issue 8), unless the article's other short names of that surname all went to one
   * of them. Left unresolved when neither has twice the other's names.
   */
  private void byProminence(NameMention m, PersonName p) {
    List<Cluster> candidates = narrow(clusters.stream()
        .filter(c -> c.person().map(q -> q.lastKey().equals(p.lastKey())).orElse(false)).toList(), m, p);
    Optional<Cluster> usual = introductions.sameSurnameElsewhere(m, p).filter(candidates::contains);
    if (candidates.size() > 1 && usual.isPresent()) {
      assign(m, usual.get());
      return;
    }
    Cluster best = null;
    int first = 0;
    int second = 0;
    for (Cluster c : candidates) {
      int n = c.names().size();
      if (n > first) {
        second = first;
        first = n;
        best = c;
      } else if (n > second) {
        second = n;
      }
    }
    if (best != null && candidates.size() > 1 && first >= 2 * second) {
      assign(m, best);
    }
  }

  /** Keeps the candidates whose suffix and gender fit; a bare surname prefers the person without a suffix. */
  private List<Cluster> narrow(List<Cluster> candidates, NameMention m, PersonName p) {
    Gender g = honorificGender(m);
    List<Cluster> fit = candidates.stream().filter(c -> c.gender().agrees(g)).toList();
    if (p == null) {
      return fit;
    }
    List<Cluster> sameSuffix = fit.stream().filter(c -> c.person().orElseThrow().suffix().equals(p.suffix())).toList();
    return sameSuffix.isEmpty() && p.suffix().isEmpty() ? fit : sameSuffix;
  }

  /**
   * An organisation or place name that is one person's surname ("Trump" of "the Trump
   * administration", tagged ORGANIZATION), as a mention of that person; else empty.
   */
  public Optional<NameMention> asPerson(NameMention m) {
    if (m.isPerson() || m.endToken() - m.firstToken() != 1 || doc.removed(m.firstToken())) {
      return Optional.empty();
    }
    String word = doc.word(m.firstToken());
    boolean caps = allCaps(word);
    List<Cluster> owners = clusters.stream().filter(c -> c.person().map(q -> q.isFull()
        && isSurname(q, word, caps)).orElse(false)).toList();
    if (owners.size() != 1) {
      return Optional.empty();
    }
    NameMention person = new NameMention(m.firstToken(), m.endToken(), "PERSON", "PERSON", word, word.toLowerCase(java.util.Locale.ROOT));
    parsed.put(person, PersonName.parse(List.of(word)).orElseThrow());
    assign(person, owners.get(0));
    return Optional.of(person);
  }

  /**
   * Surnames the engine left untagged ("Sessions" as O; "TRUMP" in a heading in capitals) or that the
   * {@link NameTrimmer} cut off a person span ("Trump" of the headline "Marine Le Pen Backs Trump And Denounces Clinton", read as
   * one name): proper nouns equal to one person's surname outside the kept names ({@code allNames}).
   */
  private List<NameMention> surnamesAgain(List<NameMention> allNames) {
    boolean[] taken = new boolean[doc.size()];
    allNames.forEach(n -> Arrays.fill(taken, n.firstToken(), n.endToken(), true));
    List<NameMention> found = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      // a place or organisation tag counts only inside a kept name: a token left over when an outlet
      // replaced the engine's span ("the Washington Post Trump said") may still be a surname (issue 8)
      String word = doc.word(i);
      boolean caps = allCaps(word); // a heading or a transcript's speaker in capitals ("TRUMP:"), which the engine tags as it likes
      if (taken[i] || doc.removed(i) || !doc.token(i).pos().startsWith(caps ? "NN" : "NNP")
          || NOT_NAME_NER.contains(doc.token(i).ner()) && !leftOver(i, allNames)) {
        continue;
      }
      boolean known = clusters.stream().anyMatch(c -> c.person().map(q -> isSurname(q, word, caps)).orElse(false));
      // before other proper nouns too ("Trump Supporter" in a title-case headline, "Trump Plaza" untagged):
      // the person, or nested in a name built on theirs, as in NestedNames (issue 8)
      if (known) {
        NameMention m = new NameMention(i, i + 1, "PERSON", "PERSON", word, word.toLowerCase(java.util.Locale.ROOT));
        if (resolveNested(m)) { // a headline's "Clinton Probe" before either Clinton is named: the main one
          found.add(m);
        }
      }
    }
    return found;
  }

  /** Whether {@code word} is {@code q}'s surname, in any case when it is written in capitals. */
  private static boolean isSurname(PersonName q, String word, boolean caps) {
    return caps ? q.last().equalsIgnoreCase(word) : q.last().equals(word);
  }

  private static boolean allCaps(String word) {
    return word.length() > 1 && word.chars().allMatch(ch -> !Character.isLetter(ch) || Character.isUpperCase(ch))
        && word.chars().filter(Character::isLetter).count() > 1;
  }

  /** Whether token {@code i} lies in an engine name that a kept name replaced in part (an outlet cut out of it). */
  private boolean leftOver(int i, List<NameMention> allNames) {
    return doc.article().analysis().names().stream()
        .anyMatch(n -> n.firstToken() <= i && i < n.endToken()
            && allNames.stream().anyMatch(k -> k.overlaps(n.firstToken(), n.endToken())));
  }

  /**
   * Resolves a one-word name found inside another word or name ({@link NestedNames}) as a surname of
   * the article's people: the one person with it, or the one the article is about; false when none.
   */
  boolean resolveNested(NameMention m) {
    PersonName p = PersonName.parse(List.of(m.surface())).orElseThrow();
    parsed.put(m, p);
    if (resolveShort(m, p, false)) {
      return true;
    }
    byProminence(m, p);
    return assigned.containsKey(m);
  }

  /** Resolves a one-word name found inside a hyphenated pair ({@link NestedNames}) as a short name that may start a person. */
  void startNested(NameMention m) {
    PersonName p = PersonName.parse(List.of(m.surface())).orElseThrow();
    parsed.put(m, p);
    if (!resolveShort(m, p, true)) {
      byProminence(m, p);
    }
  }

  /**
   * Resolves a full name found inside another name ("the Donald J. Trump Foundation", "the Eric
   * Trump Foundation") as the one person of the article with a compatible full name; false when
   * there is none or more than one. Creates nobody: an organisation's name introduces no person.
   */
  boolean resolveNestedFull(NameMention m) {
    Optional<PersonName> p = PersonName.parse(words(m)).filter(PersonName::isFull);
    if (p.isEmpty() || !lexicon.isFirstName(p.get().given().get(0))) {
      return false;
    }
    List<Cluster> fits = clusters.stream().filter(c -> c.person().map(q -> q.isFull() && q.compatible(p.get(), lexicon))
        .orElse(false)).toList();
    if (fits.size() != 1) {
      return false;
    }
    parsed.put(m, p.get());
    assign(m, fits.get(0));
    return true;
  }

  /** Whether {@code word} is the surname of one of the article's people ({@code full}: named in full). */
  boolean isSurname(String word, boolean full) {
    return clusters.stream().anyMatch(c -> c.person().map(q -> (!full || q.isFull()) && q.last().equals(word)).orElse(false));
  }

  /** The parts of a word joined by hyphens or by a full stop without a space, as {@link NestedNames} reads them. */
  public static String[] joinedParts(String word) {
    return NestedNames.SEPARATOR.split(word, -1);
  }

  /** Whether {@code m} is a name inside a hyphenated word or inside another name (no antecedent, no speaker). */
  public boolean isPart(NameMention m) {
    return nested.isPart(m);
  }

  private Gender honorificGender(NameMention m) {
    int i = m.firstToken() - 1;
    return i >= 0 && lexicon.isHonorific(doc.word(i)) ? lexicon.honorificGender(doc.word(i)) : Gender.UNKNOWN;
  }

  private List<String> words(NameMention m) {
    List<String> words = new ArrayList<>();
    for (int i = m.firstToken(); i < m.endToken(); i++) {
      if (doc.word(i).equals("-") && NameFinder.syllable(doc, i) && !words.isEmpty() && i + 1 < m.endToken()) {
        words.set(words.size() - 1, words.get(words.size() - 1) + "-" + doc.word(++i)); // one name: "Ki-moon"
      } else if (!doc.word(i).equals("[") && !doc.word(i).equals("]")) { // an editor's brackets inside a name
        words.add(doc.word(i));
      }
    }
    return words;
  }
}
