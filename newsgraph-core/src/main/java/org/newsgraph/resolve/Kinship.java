package org.newsgraph.resolve;

import java.util.Locale;
import java.util.Set;

/**
 * Nouns of kinship ("wife", "son-in-law", "fiancée"), which name a person by a relative: the
 * resolver takes them as descriptions of the name beside them ("his wife, Jane"), the facts as
 * telling the relative's offices, not the person's ("the son of one New York governor"). One list
 * for both; the facts also take steps, in-laws and the general words ("child", "parent"), which the
 * resolver does not yet (it would link "founded by a parent, Marla Guerrero": one mention more on
 * PolNeAR train).
 */
public final class Kinship {

  private static final Set<String> NOUNS = Set.of("son", "daughter", "wife", "husband", "brother", "sister",
      "father", "mother", "widow", "widower", "grandson", "granddaughter", "grandfather", "grandmother",
      "nephew", "niece", "cousin", "uncle", "aunt", "spouse", "fiancé", "fiancée", "girlfriend", "boyfriend");

  private Kinship() {}

  /** Whether {@code word} (any case) is a noun of kinship. */
  public static boolean isKin(String word) {
    return NOUNS.contains(word.toLowerCase(Locale.ROOT));
  }
}
