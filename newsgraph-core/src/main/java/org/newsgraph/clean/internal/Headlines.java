package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the run of headlines a person card carries into headlines. The site glues them with a
 * single space, so a split is a guess (issue 3): a new headline starts with a capital or a digit
 * after a word that can end a headline (not a function word, not a colon or a bar), and a headline
 * has at least {@value #MIN_WORDS} words.
 */
final class Headlines {

  private static final int MIN_WORDS = 4;
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "for", "with", "by", "from", "and", "or", "but", "as", "vs",
      "over", "into", "about", "after", "before", "against", "amid", "than", "like", "says", "say", "said", "is",
      "are", "was", "were", "be", "been", "not", "no", "his", "her", "their", "its", "our", "your", "my", "this",
      "that", "these", "those", "who", "what", "when", "where", "why", "how", "if", "while", "during", "under",
      "between", "without", "through", "across", "per", "via", "new", "top", "ex", "would", "will", "could", "can",
      "may", "might", "should", "must", "has", "have", "had", "do", "does", "did", "urges", "asks", "tells",
      "calls", "slams", "hits", "rips", "backs", "blasts", "praises", "meets", "joins", "sues", "thanks", "invites");

  private Headlines() {}

  /** The headlines in {@code run}, in order; empty when the run is blank. */
  static List<String> split(String run) {
    String[] words = run.strip().split("\\s+");
    List<List<String>> pieces = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (current.size() >= MIN_WORDS && startsHeadline(word) && endsHeadline(current.get(current.size() - 1))) {
        pieces.add(current);
        current = new ArrayList<>();
      }
      current.add(word);
    }
    if (!current.isEmpty()) {
      if (current.size() < MIN_WORDS && !pieces.isEmpty()) {
        pieces.get(pieces.size() - 1).addAll(current);
      } else {
        pieces.add(current);
      }
    }
    return pieces.stream().map(p -> String.join(" ", p)).toList();
  }

  private static boolean startsHeadline(String word) {
    int i = 0;
    while (i < word.length() - 1 && "'‘\"“".indexOf(word.charAt(i)) >= 0) {
      i++;
    }
    char c = word.charAt(i);
    return Character.isUpperCase(c) || Character.isDigit(c);
  }

  private static boolean endsHeadline(String word) {
    char last = word.charAt(word.length() - 1);
    if (!(Character.isLowerCase(last) || Character.isDigit(last) || ")'’\"”?!%".indexOf(last) >= 0)) {
      return false;
    }
    String bare = word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
    return !FUNCTION_WORDS.contains(bare);
  }
}
