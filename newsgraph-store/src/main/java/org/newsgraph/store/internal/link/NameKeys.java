package org.newsgraph.store.internal.link;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lookup keys for names: lower case, accents and punctuation dropped, courtesy titles stripped, so
 * that "Sen. Jeff Sessions's" and "jeff sessions" meet. Suffixes (Jr., Sr., III) stay part of the
 * key, so "Donald Trump Jr." never shares a key with "Donald Trump" (issue 8).
 */
public final class NameKeys {

  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep",
      "representative", "gov", "governor", "president", "vice", "gen", "general", "sec", "secretary", "judge",
      "justice", "rev", "reverend", "congressman", "congresswoman", "former", "the", "sir", "lt", "col", "mayor",
      "candidate", "nominee");
  private static final Set<String> PRONOUNS = Set.of("i", "me", "my", "mine", "myself", "we", "us", "our", "ours",
      "ourselves", "you", "your", "yours", "yourself", "he", "him", "his", "himself", "she", "her", "hers", "herself",
      "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who", "whom", "whose");
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("[.,'’\"“”()]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

  private NameKeys() {}

  /** The key of a whole name: normalised tokens joined by single spaces; empty for a name of no letters. */
  public static String key(String name) {
    return String.join(" ", tokens(name));
  }

  /** The normalised tokens of a name, leading titles removed (but never all of them). */
  public static List<String> tokens(String name) {
    // precompiled patterns: keys are computed for every entity of every article (ingest throughput, issue 8)
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    plain = DROPPED.matcher(plain.replace("’s", "").replace("'s", "").toLowerCase(Locale.ROOT)).replaceAll("");
    plain = SEPARATORS.matcher(plain).replaceAll(" ").strip();
    List<String> tokens = new ArrayList<>(List.of(plain.isEmpty() ? new String[0] : plain.split(" ")));
    while (tokens.size() > 1 && TITLES.contains(tokens.get(0))) {
      tokens.remove(0);
    }
    return tokens;
  }

  /** Whether a name is only a pronoun: such entities name nobody across articles and are never linked. */
  public static boolean isPronoun(String name) {
    List<String> tokens = tokens(name);
    return tokens.size() == 1 && PRONOUNS.contains(tokens.get(0));
  }

  /** Whether a token is a generational suffix such as jr or iii. */
  public static boolean isSuffix(String token) {
    return SUFFIXES.contains(token);
  }

  /** The surname of a person's name tokens: the last token that is not a suffix. */
  public static String surname(List<String> tokens) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (!isSuffix(tokens.get(i))) {
        return tokens.get(i);
      }
    }
    return tokens.isEmpty() ? "" : tokens.get(0);
  }

  /** Whether the tokens carry a generational suffix. */
  public static boolean hasSuffix(List<String> tokens) {
    return tokens.stream().anyMatch(NameKeys::isSuffix);
  }

  /**
   * Every key a person's full name may be written under: as given, without middle names or
   * initials, and with each nickname or given-name variant of the first name (Bob/Robert).
   */
  public static Set<String> personVariants(List<String> tokens) {
    Set<String> keys = new LinkedHashSet<>();
    if (tokens.isEmpty()) {
      return keys;
    }
    keys.add(String.join(" ", tokens));
    if (tokens.size() < 2) {
      return keys;
    }
    List<String> tail = new ArrayList<>();
    tail.add(surname(tokens));
    tokens.stream().filter(NameKeys::isSuffix).forEach(tail::add);
    String first = tokens.get(0);
    for (String given : Nicknames.variants(first)) {
      keys.add(given + " " + String.join(" ", tail));
      List<String> withMiddle = new ArrayList<>(tokens);
      withMiddle.set(0, given);
      keys.add(String.join(" ", withMiddle));
    }
    return keys;
  }
}
