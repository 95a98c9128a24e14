package org.newsgraph.resolve.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The word lists of general knowledge the resolver reads (issue 4): honorifics, role nouns, given
 * names with their usual gender, nicknames, US states and news outlets. Loaded once; immutable and
 * thread-safe.
 */
public final class Lexicon {

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
  private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("(\\p{L})\\1");
  private static final Lexicon INSTANCE = new Lexicon();

  private final Map<String, Gender> honorifics = new HashMap<>();
  private final Set<String> titleWords = new HashSet<>();
  private final Set<String> nameModifiers = new HashSet<>();
  private final Map<String, Gender> firstNames = new HashMap<>();
  private final Map<String, Set<String>> nicknameGroups = new HashMap<>();
  private final Map<String, String> states = new HashMap<>();
  private final Map<String, String> postalCodes = new HashMap<>();
  private final List<String> outlets;
  private List<String> stateNicknames = List.of();

  private Lexicon() {
    for (String[] row : rows("honorifics.txt")) {
      honorifics.put(row[0].toLowerCase(Locale.ROOT), row.length > 1 ? gender(row[1]) : Gender.UNKNOWN);
    }
    for (String[] row : rows("titles.txt")) {
      String[] words = row[0].split(" ");
      titleWords.add(words[words.length - 1].replace(".", ""));
    }
    rows("name-modifiers.txt").forEach(row -> nameModifiers.add(row[0].strip().toLowerCase(Locale.ROOT)));
    for (String[] row : rows("first-names.tsv")) {
      firstNames.put(row[0].toLowerCase(Locale.ROOT), gender(row[1]));
    }
    for (String[] row : rows("nicknames.tsv")) {
      String given = row[0].toLowerCase(Locale.ROOT);
      for (String nick : row[1].split(",")) {
        link(given, nick.strip().toLowerCase(Locale.ROOT));
      }
    }
    for (String[] row : rows("us-states.tsv")) {
      addState(row);
    }
    List<String> names = new ArrayList<>();
    rows("news-outlets.txt").forEach(row -> names.add(row[0]));
    names.sort(Comparator.comparingInt(String::length).reversed());
    outlets = List.copyOf(names);
    stateNicknames = states.keySet().stream().filter(k -> k.endsWith(" state")).toList();
  }

  /** The shared instance. */
  public static Lexicon get() {
    return INSTANCE;
  }

  private void link(String given, String nick) {
    nicknameGroups.computeIfAbsent(given, k -> new HashSet<>()).add(nick);
    nicknameGroups.computeIfAbsent(nick, k -> new HashSet<>()).add(given);
  }

  private void addState(String[] row) {
    String name = row[0];
    states.put(name.toLowerCase(Locale.ROOT), name);
    postalCodes.put(row[1], name);
    if (row.length > 2) {
      for (String abbreviation : row[2].split(",")) {
        states.put(abbreviation.strip().toLowerCase(Locale.ROOT), name);
      }
    }
    if (row.length > 3) {
      for (String nickname : row[3].split(",")) {
        if (!nickname.isBlank()) {
          states.put(nickname.strip().toLowerCase(Locale.ROOT), name);
        }
      }
    }
  }

  /** Whether {@code word} ("Rep.", "Sen", "Mr.") stands before names as an honorific or title. */
  public boolean isHonorific(String word) {
    return honorifics.containsKey(stripPeriod(word).toLowerCase(Locale.ROOT)) && Character.isUpperCase(word.charAt(0));
  }

  /** The gender an honorific implies ("Mrs." female), or unknown. */
  public Gender honorificGender(String word) {
    return honorifics.getOrDefault(stripPeriod(word).toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /** Whether a lower-cased word is the last word of a role noun ("general", "strategist"). */
  public boolean isTitleWord(String word) {
    return titleWords.contains(stripPeriod(word).toLowerCase(Locale.ROOT));
  }

  /**
   * Whether {@code word} is a word that headlines and campaign jargon put beside a surname without
   * being part of the name ("Team", "Camp", "Top"; issue 8).
   */
  public boolean isNameModifier(String word) {
    return nameModifiers.contains(word.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code word} is a known given name or nickname. */
  public boolean isFirstName(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return firstNames.containsKey(w) || nicknameGroups.containsKey(w);
  }

  /** The usual gender of a given name, or unknown. */
  public Gender firstNameGender(String word) {
    return firstNames.getOrDefault(word.toLowerCase(Locale.ROOT), Gender.UNKNOWN);
  }

  /**
   * Whether two given names may name the same person: equal, one a usual nickname of the other, or
   * misspellings of each other as news copy has them (issue 8): a doubled letter written once
   * ("Hilary" for "Hillary", "Philip" and "Phillip"), or one letter mistyped in a name of five
   * letters or more that is no known given name ("Donand" for "Donald"; never "Maria" for "Mario").
   */
  public boolean sameGivenName(String a, String b) {
    return givenNameAlone(a, b) || mistyped(a.toLowerCase(Locale.ROOT), b.toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a word written alone may be the given name {@code given}: equal, a usual nickname, or a
   * doubled letter written once; not one mistyped letter, which is how another surname differs
   * ("Obama" alone is no misspelt "Osama").
   */
  public boolean givenNameAlone(String given, String alone) {
    String x = given.toLowerCase(Locale.ROOT);
    String y = alone.toLowerCase(Locale.ROOT);
    return x.equals(y) || nicknameGroups.getOrDefault(x, Set.of()).contains(y)
        || x.length() > 2 && DOUBLED.matcher(x).replaceAll("$1").equals(DOUBLED.matcher(y).replaceAll("$1"));
  }

  private boolean mistyped(String x, String y) {
    if (x.length() != y.length() || x.length() < 5 || isFirstName(x) && isFirstName(y)) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < x.length(); i++) {
      differences += x.charAt(i) == y.charAt(i) ? 0 : 1;
    }
    return differences == 1;
  }

  /** The US state (or territory) a name, AP abbreviation or nickname stands for ("Ala.", "the Yellowhammer State"). */
  public Optional<String> state(String surface) {
    String s = SPACES.matcher(surface.strip()).replaceAll(" ");
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return Optional.ofNullable(states.get(s.toLowerCase(Locale.ROOT)));
  }

  /** The US state a two-letter postal code ("AL") stands for; used only inside party-state tags. */
  public Optional<String> postalState(String code) {
    return Optional.ofNullable(postalCodes.get(code));
  }

  /** Every state nickname and multi-word form, for scanning text the engine did not tag. */
  public List<String> stateNicknames() {
    return stateNicknames;
  }

  /** News outlets and wire services as they write their names, longest first. */
  public List<String> outlets() {
    return outlets;
  }

  private static String stripPeriod(String word) {
    return word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
  }

  private static Gender gender(String code) {
    return switch (code.strip()) {
      case "M" -> Gender.MALE;
      case "F" -> Gender.FEMALE;
      default -> Gender.UNKNOWN;
    };
  }

  private static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("The resolver's word list " + resource + " is missing from the jar; rebuild it");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the resolver's word list " + resource, e);
    }
    return rows;
  }
}
