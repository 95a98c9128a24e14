package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.model.Span;

/**
 * The names of an article: the engine's named-entity mentions, corrected as a reporter reads news
 * (issue 4). Party-state tags are no places, outlets are organisations ("The Hill" is no person),
 * state abbreviations and nicknames are states, a capitalised "title" after "in" is a city
 * ("Mobile"), a given name the engine missed before a surname joins the name ("Mo Brooks"), and
 * nothing in removed residue is a name. Stateless.
 */
public final class NameFinder {

  /** Engine types that make entities, and the entity type each becomes. */
  private static final Map<String, String> ENTITY_TYPES = Map.of(
      "PERSON", "PERSON", "ORGANIZATION", "ORGANIZATION", "LOCATION", "LOCATION", "CITY", "LOCATION",
      "STATE_OR_PROVINCE", "LOCATION", "COUNTRY", "LOCATION", "MISC", "MISC");
  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "outside");
  /** Lower-case words that join the parts of a person's name ("Charles de Gaulle"): never a cut. */
  private static final Set<String> NAME_PARTICLES = Set.of("de", "del", "della", "di", "da", "das", "dos", "du",
      "van", "von", "der", "den", "la", "le", "bin", "ibn", "al", "el");
  private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "PRP$", "WP", "WP$");

  private static final java.util.regex.Pattern BRACKETS = java.util.regex.Pattern.compile("[\\[\\]]");
  private static final java.util.regex.Pattern QUOTE = java.util.regex.Pattern.compile("[“”\"‘’`']+|``|''");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern OTHER_PRONOUN =
      java.util.regex.Pattern.compile("(?i)i|me|my|we|us|our|you|your|they|them|their|it|its");

  private final Lexicon lexicon;

  public NameFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The corrected names of {@code doc}, in text order and not overlapping. */
  public List<NameMention> find(Doc doc, List<PartyTag> tags) {
    List<NameMention> found = new ArrayList<>(outlets(doc));
    found.addAll(stateNicknames(doc, found));
    for (NamedSpan name : doc.article().analysis().names()) {
      if (overlapsTag(doc, name, tags)) {
        continue;
      }
      List<NameMention> made = !ENTITY_TYPES.containsKey(name.type()) ? titleAsCity(doc, name).stream().toList()
          : name.type().equals("PERSON") ? personParts(doc, name) : fromEngine(doc, name).stream().toList();
      made.stream().filter(n -> found.stream().noneMatch(f -> f.overlaps(n.firstToken(), n.endToken())))
          .forEach(found::add);
    }
    found.sort(Comparator.comparingInt(NameMention::firstToken));
    return found;
  }

  private static boolean overlapsTag(Doc doc, NamedSpan name, List<PartyTag> tags) {
    return tags.stream().anyMatch(t -> t.span().start() < name.end() && name.start() < t.span().end());
  }

  /**
   * The person names in an engine PERSON span, cut at the words no name contains: verbs,
   * prepositions, conjunctions and hyphens, which title-case headlines let the engine swallow
   * ("Glenn Beck Says Trump", "Paul Ryan With Trump", "Trump-Clinton fight"; issue 8).
   */
  private List<NameMention> personParts(Doc doc, NamedSpan name) {
    List<NameMention> parts = new ArrayList<>();
    int from = name.firstToken();
    for (int i = name.firstToken(); i <= name.endToken(); i++) {
      if (i == name.endToken() || (i > name.firstToken() && breaksName(doc, i))) {
        fromEngine(doc, name, from, i).ifPresent(parts::add);
        from = i + 1;
      }
    }
    return parts;
  }

  /** Whether token {@code i} cannot be part of a person's name (name particles such as "de" or "van" can). */
  private static boolean breaksName(Doc doc, int i) {
    String pos = doc.token(i).pos();
    boolean preposition = pos.equals("IN") && !NAME_PARTICLES.contains(doc.word(i).toLowerCase(Locale.ROOT));
    return pos.startsWith("VB") || pos.equals("MD") || pos.equals("CC") || pos.equals("TO")
        || pos.equals("HYPH") && !syllable(doc, i) || preposition;
  }

  /**
   * Whether the hyphen {@code i} joins the syllables of one name, written without spaces and
   * going on in lower case in a word the tagger calls a proper noun ("Ban Ki-moon", "Park Geun-hye"):
   * a name of one person, where two capitalised parts may be two ("Trump-Clinton") and a common word
   * modifies ("a Warren-style progressive").
   */
  static boolean syllable(Doc doc, int i) {
    return i > 0 && i + 1 < doc.size() && doc.token(i - 1).end() == doc.token(i).start()
        && doc.token(i).end() == doc.token(i + 1).start() && Character.isLowerCase(doc.word(i + 1).charAt(0))
        && doc.token(i + 1).pos().equals("NNP") && Character.isUpperCase(doc.word(i - 1).charAt(0));
  }

  private Optional<NameMention> fromEngine(Doc doc, NamedSpan name) {
    return fromEngine(doc, name, name.firstToken(), name.endToken());
  }

  private Optional<NameMention> fromEngine(Doc doc, NamedSpan name, int first, int end) {
    if (first >= end) {
      return Optional.empty();
    }
    int from = first;
    int to = end;
    boolean person = name.type().equals("PERSON");
    while (from < to && ((person && lexicon.isHonorific(doc.word(from))) || isDeterminer(doc, from))) {
      from++;
    }
    while (to > from && (doc.possessive(to - 1) || doc.word(to - 1).equals(","))) {
      to--;
    }
    int[] side = besideResidue(doc, from, to);
    from = side[0];
    to = beforeBreak(doc, from, side[1]);
    if (from >= to || doc.removed(from, to) || allPronouns(doc, from, to)) {
      return Optional.empty();
    }
    String type = ENTITY_TYPES.get(name.type());
    if (type.equals("PERSON")) {
      if (words(doc, from, to) > 4) {
        return Optional.empty(); // "Chris Christie Calls Hillary Clinton": a title-case headline, not a name
      }
      from = first == name.firstToken() ? withMissedGivenName(doc, from) : from;
      return Optional.of(make(doc, from, to, "PERSON", "PERSON"));
    }
    return place(doc, from, to, name.type(), type);
  }

  /** The words of tokens {@code from..to}, a name joined by {@link #syllable} hyphens counted as one. */
  private static int words(Doc doc, int from, int to) {
    int words = to - from;
    for (int i = from + 1; i < to - 1; i++) {
      if (doc.word(i).equals("-") && syllable(doc, i)) {
        words -= 2;
      }
    }
    return words;
  }

  /** A place name: a US state in any of its forms becomes the state; a bare postal code is dropped. */
  private Optional<NameMention> place(Doc doc, int from, int to, String fine, String type) {
    String surface = surface(doc, from, to);
    if (!type.equals("LOCATION")) {
      return Optional.of(make(doc, from, to, fine, type));
    }
    Optional<String> state = lexicon.state(surface);
    if (state.isPresent()) {
      return Optional.of(new NameMention(from, to, "STATE_OR_PROVINCE", "LOCATION", surface, state.get()));
    }
    if (fine.equals("STATE_OR_PROVINCE") && surface.matches("[A-Z]{2}")) {
      return Optional.empty(); // "name ID": a postal code outside a party tag is rarely a state
    }
    return Optional.of(make(doc, from, to, fine, type));
  }

  /** "Mo" before "Brooks", tagged DURATION: a known given name right before a person's name joins it. */
  private int withMissedGivenName(Doc doc, int from) {
    int i = from - 1;
    if (i >= 0 && doc.capitalised(i) && doc.token(i).pos().startsWith("NNP") && !doc.removed(i)
        && lexicon.isFirstName(doc.word(i)) && !Set.of("PERSON", "ORGANIZATION", "LOCATION").contains(doc.token(i).ner())
        && doc.token(i).sentence() == doc.token(from).sentence()) {
      return i;
    }
    return from;
  }

  /** A capitalised word the engine took for a title, after "in" or "at", mid-sentence: a city ("in Mobile"). */
  private Optional<NameMention> titleAsCity(Doc doc, NamedSpan name) {
    if (!name.type().equals("TITLE") || name.endToken() - name.firstToken() != 1) {
      return Optional.empty();
    }
    int i = name.firstToken();
    boolean sentenceStart = i == doc.article().analysis().sentenceOf(i).firstToken();
    boolean afterPlacePreposition = doc.children(i).stream()
        .anyMatch(c -> doc.token(c).relation().equals("case") && PLACE_PREPOSITIONS.contains(doc.word(c).toLowerCase(Locale.ROOT)));
    if (sentenceStart || !doc.capitalised(i) || lexicon.isTitleWord(doc.word(i)) || !afterPlacePreposition || doc.removed(i)) {
      return Optional.empty();
    }
    return Optional.of(make(doc, i, i + 1, "CITY", "LOCATION"));
  }

  /** News outlets from the list, wherever written: they override what the engine said ("The Hill" PERSON). */
  private List<NameMention> outlets(Doc doc) {
    List<NameMention> out = new ArrayList<>();
    String text = doc.text();
    for (String outlet : lexicon.outlets()) {
      for (int at = text.indexOf(outlet); at >= 0; at = text.indexOf(outlet, at + 1)) {
        int from = doc.tokenStartingAt(at);
        int end = at + outlet.length();
        int to = doc.firstTokenFrom(end);
        boolean aligned = from >= 0 && to > from && doc.token(to - 1).end() == end;
        if (aligned && !doc.removed(from, to) && out.stream().noneMatch(o -> o.overlaps(from, to))
            && !insideLongerPerson(doc, from, to)) {
          String key = outlet.replaceFirst("^The ", "").toLowerCase(Locale.ROOT);
          out.add(new NameMention(from, to, "ORGANIZATION", "ORGANIZATION", outlet, key));
        }
      }
    }
    return out;
  }

  private static boolean insideLongerPerson(Doc doc, int from, int to) {
    return doc.article().analysis().names().stream().anyMatch(n -> n.type().equals("PERSON")
        && n.firstToken() < to && from < n.endToken() && (n.firstToken() < from || n.endToken() > to));
  }

  /** "the Yellowhammer State" and other state nicknames, which the engine tags as places at best. */
  private List<NameMention> stateNicknames(Doc doc, List<NameMention> taken) {
    List<NameMention> out = new ArrayList<>();
    String lower = doc.text().toLowerCase(Locale.ROOT);
    for (String nickname : lexicon.stateNicknames()) {
      for (int at = lower.indexOf(nickname); at >= 0; at = lower.indexOf(nickname, at + 1)) {
        int from = doc.tokenStartingAt(at);
        int to = doc.firstTokenFrom(at + nickname.length());
        boolean nameGoesOn = to < doc.size() && doc.capitalised(to) && doc.token(to).pos().startsWith("NNP");
        if (from >= 0 && to > from && doc.capitalised(from) && !doc.removed(from, to) && !nameGoesOn
            && taken.stream().noneMatch(o -> o.overlaps(from, to))) {
          out.add(new NameMention(from, to, "STATE_OR_PROVINCE", "LOCATION", surface(doc, from, to),
              lexicon.state(nickname).orElseThrow()));
        }
      }
    }
    return out;
  }

  private static NameMention make(Doc doc, int from, int to, String fine, String type) {
    String surface = surface(doc, from, to);
    String key = (surface.regionMatches(true, 0, "the ", 0, 4) ? surface.substring(4) : surface).toLowerCase(Locale.ROOT);
    return new NameMention(from, to, fine, type, surface, key);
  }

  /** The words of tokens {@code from} to {@code to} as written, whitespace collapsed and an editor's brackets left out ("Jared [Kushner]"). */
  public static String surface(Doc doc, int from, int to) {
    Span span = doc.span(from, to);
    return SPACES.matcher(BRACKETS.matcher(span.text()).replaceAll(" ")).replaceAll(" ").strip();
  }

  private static boolean isDeterminer(Doc doc, int i) {
    return doc.token(i).pos().equals("DT");
  }

  /**
   * A name never runs over removed residue ("Congress [By JANE DOE] House Intelligence Committee"):
   * of the words on either side, the longer run is the name.
   */
  private static int[] besideResidue(Doc doc, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      if (doc.cutBefore(i)) {
        return i - from >= to - i ? new int[] {from, i} : besideResidue(doc, i, to);
      }
    }
    return new int[] {from, to};
  }

  /** A name never runs over a line break or a quotation mark: the engine's span is cut there. */
  private static int beforeBreak(Doc doc, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      boolean lineBreak = doc.text().substring(doc.token(i - 1).end(), doc.token(i).start()).indexOf('\n') >= 0;
      if (lineBreak || QUOTE.matcher(doc.word(i)).matches()) {
        return i;
      }
    }
    return to;
  }

  private static boolean allPronouns(Doc doc, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!PRONOUN_TAGS.contains(doc.token(i).pos()) && !PronounLinker.isPronoun(doc.word(i))
          && !OTHER_PRONOUN.matcher(doc.word(i)).matches()) {
        return false;
      }
    }
    return true;
  }
}
