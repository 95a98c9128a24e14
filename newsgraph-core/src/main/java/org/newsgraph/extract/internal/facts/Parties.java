package org.newsgraph.extract.internal.facts;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** US party names, adjectives and one-letter tags, as general knowledge. */
final class Parties {

  private static final Map<String, String> WORDS = Map.ofEntries(
      Map.entry("republican", "Republican"), Map.entry("republicans", "Republican"),
      Map.entry("gop", "Republican"), Map.entry("democrat", "Democratic"),
      Map.entry("democrats", "Democratic"), Map.entry("democratic", "Democratic"),
      Map.entry("libertarian", "Libertarian"), Map.entry("libertarians", "Libertarian"),
      Map.entry("independent", "Independent"), Map.entry("green", "Green"));

  private static final Map<String, String> LETTERS = Map.of(
      "r", "Republican", "d", "Democratic", "i", "Independent", "l", "Libertarian");

  private Parties() {}

  /**
   * The party a word names. "independent" and "green" count only when capitalised, since lower-case
   * they are ordinary words.
   */
  static Optional<String> ofWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if ((lower.equals("independent") || lower.equals("green")) && !Character.isUpperCase(word.charAt(0))) {
      return Optional.empty();
    }
    return Optional.ofNullable(WORDS.get(lower));
  }

  /** The party of a tag letter ("R" in "(R-Ala.)"). */
  static Optional<String> ofLetter(String letter) {
    return Optional.ofNullable(LETTERS.get(letter.toLowerCase(Locale.ROOT)));
  }
}
