package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the words that are no part of a person's name out of the engine's person spans (issue 8).
 * Title-case headlines, slogans and campaign jargon let the engine read a neighbouring word as part
 * of a name: "Team Trump", "Top Clinton Aide", "the Clinton Camp", "Cheeto Donald Trump", "Donald
 * Trump Rampages". A span is narrowed to the name inside it that the article knows:
 *
 * <ol>
 *   <li>the full name of another person mention of the article, whose first word is a known given
 *       name; the words left over are no given name, suffix or name particle ("Donald Trump" in
 *       "Donald Trump Praises Breitbart", but never "Hillary Rodham" of "Hillary Rodham Clinton");
 *   <li>the surname of a person the article names in full, or a name that starts with a known given
 *       name, when every word left over is a word headlines put beside surnames ({@link
 *       Lexicon#isNameModifier}), an adjective before it ("Fascist Trump") or, after it, a role
 *       noun ("Clinton Pollster", "Former Bill Clinton"); an unknown given name ("Ivanka Trump") is
 *       never taken for such a word;
 *   <li>in the headline, a known surname or full name after a verb in title case ("Le Pen Backs
 *       Trump"): the words before the verb are another name, left to its other mentions.
 * </ol>
 *
 * Stateless apart from its inputs; one per article.
 */
final class NameTrimmer {

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");
  private static final Set<String> MONTHS = Set.of("January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December");
  /** Words after which a month begins a time expression ("in August", "since June"). */
  private static final Set<String> TEMPORAL = Set.of("in", "since", "until", "by", "through", "during", "last", "early",
      "late", "mid", "from", "before", "after", "of");

  private final Lexicon lexicon;
  private final Doc doc;

  NameTrimmer(Lexicon lexicon, Doc doc) {
    this.lexicon = lexicon;
    this.doc = doc;
  }

  /** The person names with their extra words taken out, in the same order; hyphenated modifiers dropped. */
  List<NameMention> trim(List<NameMention> persons) {
    Set<String> fullNames = new HashSet<>();
    Set<String> surnames = new HashSet<>();
    for (NameMention m : persons) {
      List<String> words = words(m.firstToken(), m.endToken());
      if (words.size() >= 2 && lexicon.isFirstName(words.get(0)) && !lexicon.isNameModifier(words.get(0))) {
        fullNames.add(String.join(" ", words));
        surnames.add(words.get(words.size() - 1));
      }
    }
    List<NameMention> out = new ArrayList<>(persons.size());
    persons.stream().filter(m -> !hyphenatedAroundSurname(m, surnames))
        .forEach(m -> out.add(narrowed(m, fullNames, surnames).orElse(m)));
    return out;
  }

  /**
   * Whether {@code m} is one hyphenated word around a known surname ("Anti-Trump", "pro-Clinton"
   * tagged PERSON): no name of its own; {@link NestedNames} finds the surname inside it.
   */
  private boolean hyphenatedAroundSurname(NameMention m, Set<String> surnames) {
    String word = doc.word(m.firstToken());
    return m.endToken() - m.firstToken() == 1 && word.indexOf('-') > 0 && !surnames.contains(word)
        && java.util.Arrays.stream(word.split("-")).anyMatch(surnames::contains);
  }

  /** The longest known name strictly inside {@code m} whose leftover words may go; else empty. */
  private Optional<NameMention> narrowed(NameMention m, Set<String> fullNames, Set<String> surnames) {
    int from = m.firstToken();
    int to = m.endToken();
    for (int length = to - from - 1; length >= 1; length--) {
      for (int a = from; a + length <= to; a++) {
        int b = a + length;
        String inside = String.join(" ", words(a, b));
        boolean known = length >= 2 ? fullNames.contains(inside) : surnames.contains(inside);
        boolean fits = length >= 2 && known && leftoversGo(from, a, b, to, true)
            || (length >= 2 ? lexicon.isFirstName(doc.word(a)) : known) && leftoversGo(from, a, b, to, false)
            || known && b == to && a - 1 > from && headlineVerb(a - 1, surnames);
        if (fits) {
          return Optional.of(span(m, a, b));
        }
      }
    }
    String rest = String.join(" ", words(from + 1, to));
    boolean known = to - from > 2 ? fullNames.contains(rest) : surnames.contains(rest);
    return to - from >= 2 && strayFirstWord(from, known) ? Optional.of(span(m, from + 1, to)) : Optional.empty();
  }

  private NameMention span(NameMention m, int a, int b) {
    String surface = NameFinder.surface(doc, a, b);
    return new NameMention(a, b, m.fineType(), m.type(), surface, surface.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether the first word of the span {@code [from, to)} is a month after a preposition, before a
   * known name ("In August Trump met with"): the month begins a time expression, not the name. (A
   * capitalised word that is no known given name is not enough: "Norbert Leo Butz", "Hans Joachim
   * Schellnhuber" start with given names the lexicon lacks.)
   */
  private boolean strayFirstWord(int from, boolean knownInside) {
    return knownInside && MONTHS.contains(doc.word(from)) && from > 0
        && TEMPORAL.contains(doc.word(from - 1).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether token {@code i} is a headline's verb in title case ("Le Pen Backs Trump"): a capitalised
   * word of the headline ending in "s" that is no given name or surname of the article.
   */
  private boolean headlineVerb(int i, Set<String> surnames) {
    String word = doc.word(i);
    return doc.inHeadline(i) && word.length() > 3 && word.endsWith("s") && Character.isUpperCase(word.charAt(0))
        && !lexicon.isFirstName(word) && !surnames.contains(word);
  }

  /** Whether the words of {@code [from, a)} and {@code [b, to)} are no part of a name. */
  private boolean leftoversGo(int from, int a, int b, int to, boolean fullNameInside) {
    for (int i = from; i < to; i++) {
      if (i >= a && i < b) {
        continue;
      }
      String word = doc.word(i);
      boolean goes = fullNameInside ? !partOfName(word) : lexicon.isNameModifier(word) || i >= b && lexicon.isTitleWord(word)
          || i < a && epithet(i);
      if (!goes) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether token {@code i} is an adjective glued before a name ("Fascist Trump" on a shirt): the
   * engine tags it JJ, which it never does to a given name, and the lexicon knows no given name so spelt.
   */
  private boolean epithet(int i) {
    return doc.token(i).pos().startsWith("JJ") && !lexicon.isFirstName(doc.word(i));
  }

  /** Whether a word may belong to a person's name beside a full name: a given name, initial, suffix or particle. */
  private boolean partOfName(String word) {
    String bare = word.replace(".", "").toLowerCase(Locale.ROOT);
    return lexicon.isFirstName(word) && !lexicon.isNameModifier(word) || bare.length() <= 1 || SUFFIXES.contains(bare)
        || !Character.isUpperCase(word.charAt(0));
  }

  private List<String> words(int from, int to) {
    List<String> words = new ArrayList<>();
    for (int i = from; i < to; i++) {
      words.add(doc.word(i));
    }
    return words;
  }
}
