package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits the run of headlines a person card carries into headlines. The site glues them with a
 * single space, so a split is a guess (issue 3): a headline starts with a capital or a digit after
 * a word that can end one (not a function word, a colon or a bar). Among such places the split
 * with the best score is taken: a closing quotation mark or question mark before the place counts
 * for it, capitalised words on both sides (mostly one name) against it, headlines of fewer than {@value #MIN_WORDS} words or more than {@value #MAX_WORDS}
 * against it, and a card shows at most {@value #MAX_HEADLINES} headlines.
 */
final class Headlines {

  private static final int MIN_WORDS = 4;
  private static final int MAX_WORDS = 20;
  private static final int MAX_HEADLINES = 3;
  /** A typical headline's length in words, and how much a departure from it costs per word. */
  private static final int TYPICAL_WORDS = 10;
  private static final double BALANCE = 0.02;
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
    String stripped = run.strip();
    if (stripped.isEmpty()) {
      return List.of();
    }
    String[] words = stripped.split("\\s+");
    List<Integer> places = new ArrayList<>();
    for (int b = 1; b < words.length; b++) {
      if (startsHeadline(words[b]) && endsHeadline(words[b - 1])) {
        places.add(b);
      }
    }
    int[] best = {};
    double bestScore = score(words, best);
    for (int i = 0; i < places.size(); i++) {
      int[] one = {places.get(i)};
      if (score(words, one) > bestScore) {
        best = one;
        bestScore = score(words, one);
      }
      for (int j = i + 1; j < places.size() && MAX_HEADLINES > 2; j++) {
        int[] two = {places.get(i), places.get(j)};
        if (score(words, two) > bestScore) {
          best = two;
          bestScore = score(words, two);
        }
      }
    }
    return pieces(words, best);
  }

  private static double score(String[] words, int[] cuts) {
    double score = 0.5 * cuts.length;
    int from = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int to = k < cuts.length ? cuts[k] : words.length;
      int length = to - from;
      // a digest headline ("Overnight Defense: ... | ... | ...") is long by nature
      boolean digest = Arrays.asList(words).subList(from, to).contains("|");
      score -= length < MIN_WORDS ? 1.5 : length > MAX_WORDS && !digest ? 1.0 : 0;
      score -= digest ? 0 : BALANCE * Math.abs(length - TYPICAL_WORDS);
      if (k < cuts.length) {
        score += placeScore(words, to);
      }
      from = to;
    }
    return score;
  }

  /** How much the place before words[b] looks like the start of a headline. */
  private static double placeScore(String[] words, int b) {
    double score = 0.5;
    char last = words[b - 1].charAt(words[b - 1].length() - 1);
    if ("?!'’\")”".indexOf(last) >= 0) {
      score += 1.5;
    }
    // inside a run of capitalised words is mostly inside a name ("Sen. Doug | Jones")
    if (Character.isUpperCase(words[b].charAt(0)) && Character.isUpperCase(words[b - 1].charAt(0))) {
      score -= 1.0;
    }
    return score;
  }

  private static List<String> pieces(String[] words, int[] cuts) {
    List<String> pieces = new ArrayList<>();
    int from = 0;
    for (int k = 0; k <= cuts.length; k++) {
      int to = k < cuts.length ? cuts[k] : words.length;
      pieces.add(String.join(" ", Arrays.asList(words).subList(from, to)));
      from = to;
    }
    return pieces;
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
