package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of the article's people nested in other words and names (issue 8): the surname in a
 * hyphenated word ("anti-Trump", "pro-Clinton") and in the name of an organisation or place ("the
 * Clinton Foundation", "Trump University"). Each is resolved as a surname by the {@link
 * PersonClusterer}; the resolver gives it no pronoun or description (it modifies another noun).
 * Not thread-safe: one per article.
 */
final class NestedNames {

  /** A hyphen, or a full stop with no space after it ("said.Trump" where a scraped text lost the space). */
  static final Pattern SEPARATOR = Pattern.compile("-|(?<=\\p{Ll})\\.(?=\\p{Lu})");

  private final Lexicon lexicon;
  private final Doc doc;
  private final PersonClusterer people;
  private final Set<NameMention> parts = Collections.newSetFromMap(new IdentityHashMap<>());

  NestedNames(Lexicon lexicon, Doc doc, PersonClusterer people) {
    this.lexicon = lexicon;
    this.doc = doc;
    this.people = people;
  }

  /** The nested names of the article, resolved; call once the people are clustered. */
  List<NameMention> find(List<NameMention> allNames) {
    List<NameMention> found = new ArrayList<>(hyphenParts(allNames));
    found.addAll(inOtherNames(allNames));
    found.addAll(splitPairs(allNames, found));
    return found;
  }

  /**
   * The pair of {@link #pairedSurnames} when the engine split it into three tokens ("the 2013 Rubio -
   * Schumer amnesty plan"): a capitalised word beside a hyphen beside a surname the article's person
   * goes by, in no name of its own, is another person's surname.
   */
  private List<NameMention> splitPairs(List<NameMention> allNames, List<NameMention> nestedSoFar) {
    boolean[] taken = new boolean[doc.size()];
    allNames.forEach(n -> Arrays.fill(taken, n.firstToken(), n.endToken(), true));
    nestedSoFar.forEach(n -> Arrays.fill(taken, n.firstToken(), n.endToken(), true));
    people.assigned().keySet().forEach(n -> Arrays.fill(taken, n.firstToken(), n.endToken(), true)); // surnames found again too
    List<NameMention> found = new ArrayList<>();
    for (NameMention n : List.copyOf(people.assigned().keySet())) {
      if (n.endToken() - n.firstToken() != 1 || doc.inHeadline(n.firstToken())) {
        continue;
      }
      for (int other : new int[] {n.firstToken() - 2, n.firstToken() + 2}) {
        int hyphen = (other + n.firstToken()) / 2;
        boolean pair = other >= 0 && other < doc.size() && !taken[other] && doc.word(hyphen).equals("-")
            && glued(Math.min(other, n.firstToken()), hyphen) && doc.token(other).pos().equals("NNP")
            && doc.sentence(other) == doc.sentence(n.firstToken()) && !doc.removed(other)
            && Math.min(other, n.firstToken()) > doc.article().analysis().sentences().get(doc.sentence(other)).firstToken();
        if (pair) {
          pairedSurnames(other, doc.word(other), List.of(doc.word(other))).forEach(m -> {
            taken[other] = true;
            found.add(m);
            parts.add(m);
          });
        }
      }
    }
    return found;
  }

  /**
   * Surnames of the article's people inside hyphenated words ("anti-Trump delegates", "a pro-Clinton
   * super PAC") or glued to the previous sentence by a lost space ("he said.Trump claimed"): a mention
   * of that person, its span narrowed to the name by the resolver (issue 8).
   * Words inside person names are left to the names.
   */
  private List<NameMention> hyphenParts(List<NameMention> allNames) {
    boolean[] person = new boolean[doc.size()];
    allNames.stream().filter(NameMention::isPerson).forEach(n -> Arrays.fill(person, n.firstToken(), n.endToken(), true));
    List<NameMention> found = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      String word = doc.word(i);
      if (person[i] || doc.removed(i) || !SEPARATOR.matcher(word).find()) {
        continue;
      }
      List<String> unknown = new ArrayList<>();
      boolean any = false;
      for (String part : SEPARATOR.split(word)) {
        boolean known = part.length() > 1 && Character.isUpperCase(part.charAt(0)) && people.isSurname(part, false);
        NameMention m = new NameMention(i, i + 1, "PERSON", "PERSON", part, part.toLowerCase(Locale.ROOT));
        if (known && people.resolveNested(m)) {
          found.add(m);
          parts.add(m);
          any = true;
        } else {
          unknown.add(part);
        }
      }
      boolean sentenceStart = i == 0 || doc.sentence(i - 1) != doc.sentence(i); // "Anti-Trump forces ..."
      if (any && !doc.inHeadline(i) && !sentenceStart) {
        pairedSurnames(i, word, unknown).forEach(m -> {
          found.add(m);
          parts.add(m);
        });
      }
    }
    return found;
  }

  /** Whether the three tokens from {@code first} to {@code hyphen + 1} are written without spaces (not a dash between words). */
  private boolean glued(int first, int hyphen) {
    return doc.token(first).end() == doc.token(hyphen).start() && doc.token(hyphen).end() == doc.token(hyphen + 1).start();
  }

  /**
   * The other surnames of a pair whose one part is a person of the article ("the Rubio-Schumer
   * bill", "an Obama-Xi summit"): a capitalised word joined to a known surname, outside a title-case
   * headline and not at the start of a sentence ("Anti-Trump forces"), is another person's surname, a person of its own ("Obama-Clinton" names two people, not
   * one; issue 8). Parts in lower case ("anti-Trump") or in capitals ("AFL-CIO") are no surnames.
   */
  private List<NameMention> pairedSurnames(int i, String word, List<String> unknown) {
    List<NameMention> found = new ArrayList<>();
    if (word.contains(".")) {
      return found; // a lost space between sentences, not a pair
    }
    for (String part : unknown) {
      boolean surname = part.length() > 1 && Character.isUpperCase(part.charAt(0))
          && part.substring(1).chars().allMatch(Character::isLowerCase) && !lexicon.isFirstName(part);
      if (!surname) {
        return List.of();
      }
      found.add(new NameMention(i, i + 1, "PERSON", "PERSON", part, part.toLowerCase(Locale.ROOT)));
    }
    found.forEach(people::startNested);
    return found;
  }

  /**
   * A person's surname inside the name of an organisation or place ("the Clinton Foundation", "Trump
   * University", "Stop Trump"): a nested mention of that person, as corpora with nested entities (GUM)
   * annotate it (issue 8). Only surnames of people the article names in full; never in outlet names.
   * A full name inside ("the Eric Trump Foundation") is that person's, the whole name the mention.
   */
  private List<NameMention> inOtherNames(List<NameMention> allNames) {
    List<NameMention> found = new ArrayList<>();
    for (NameMention n : allNames) {
      if (n.isPerson() || n.endToken() - n.firstToken() < 2 || lexicon.outlets().contains(n.surface())) {
        continue;
      }
      int from = n.firstToken();
      for (int i = n.firstToken(); i < n.endToken(); i++) {
        String word = doc.word(i);
        boolean known = doc.capitalised(i) && !doc.removed(i) && people.isSurname(word, true);
        if (known) {
          Optional<NameMention> full = fullNameEndingAt(from, i);
          NameMention m = full.isPresent() ? full.get()
              : new NameMention(i, i + 1, "PERSON", "PERSON", word, word.toLowerCase(Locale.ROOT));
          if (full.isPresent() || people.resolveNested(m)) {
            found.add(m);
            parts.add(m);
            from = i + 1;
          }
        }
      }
    }
    return found;
  }

  /**
   * The longest full name of one of the article's people that ends with the surname at {@code last}
   * and starts at or after {@code from}, resolved ("Donald J. Trump" in "the Donald J. Trump
   * Foundation" is Donald J. Trump, not whoever the bare surname means); else empty.
   */
  private Optional<NameMention> fullNameEndingAt(int from, int last) {
    int first = last; // the name's words are capitalised: "Chelsea Clinton" of "Bill, Hillary & Chelsea Clinton Foundation"
    while (first > from && !doc.removed(first - 1) && doc.capitalised(first - 1)) {
      first--;
    }
    for (int start = first; start < last; start++) {
      String surface = NameFinder.surface(doc, start, last + 1);
      NameMention m = new NameMention(start, last + 1, "PERSON", "PERSON", surface, surface.toLowerCase(Locale.ROOT));
      if (people.resolveNestedFull(m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether {@code m} is a name this finder made. */
  boolean isPart(NameMention m) {
    return parts.contains(m);
  }
}
