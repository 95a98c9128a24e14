package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A person's name taken apart: given names, surname, generational suffix and any nickname written
 * in parentheses ("Jefferson (Jeff) Beauregard Sessions").
 *
 * @param given the given names, first name first (may be empty: "Sessions")
 * @param last the surname, or the only word of a one-word name
 * @param suffix "Jr.", "Sr.", "II", ... normalised to no period and lower case, or empty
 * @param nicknames nicknames the name itself gives in parentheses
 */
public record PersonName(List<String> given, String last, Optional<String> suffix, List<String> nicknames) {

  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "v");

  public PersonName {
    given = List.copyOf(given);
    nicknames = List.copyOf(nicknames);
  }

  /** Parses the words of a name (honorifics and possessives already left out). */
  public static Optional<PersonName> parse(List<String> words) {
    List<String> parts = new ArrayList<>();
    List<String> nicknames = new ArrayList<>();
    Optional<String> suffix = Optional.empty();
    boolean inParens = false;
    for (String w : words) {
      String bare = w.replace(".", "").replace(",", "").toLowerCase(Locale.ROOT);
      if (w.equals("(") || w.equals("-LRB-")) {
        inParens = true;
      } else if (w.equals(")") || w.equals("-RRB-")) {
        inParens = false;
      } else if (inParens) {
        nicknames.add(w);
      } else if (SUFFIXES.contains(bare) && !parts.isEmpty()) {
        suffix = Optional.of(bare);
      } else if (!bare.isEmpty() && !w.equals(",")) {
        parts.add(w);
      }
    }
    if (parts.isEmpty()) {
      return Optional.empty();
    }
    String last = parts.remove(parts.size() - 1);
    return Optional.of(new PersonName(parts, last, suffix, nicknames));
  }

  /** Whether the name has a given name and a surname. */
  public boolean isFull() {
    return !given.isEmpty();
  }

  public Optional<String> first() {
    return given.isEmpty() ? Optional.empty() : Optional.of(given.get(0));
  }

  public String lastKey() {
    return last.toLowerCase(Locale.ROOT);
  }

  /** Every name the person goes by as a first name: the first given name and any nickname. */
  public List<String> firstNames() {
    List<String> out = new ArrayList<>(nicknames);
    first().ifPresent(out::add);
    return out;
  }

  /** The usual short full form: first given name (or nickname), surname and suffix. */
  public String usual() {
    String firstName = nicknames.isEmpty() ? first().orElse("") : nicknames.get(0);
    String core = (firstName.isEmpty() ? "" : firstName + " ") + last;
    return suffix.map(s -> core + " " + displaySuffix(s)).orElse(core);
  }

  private static String displaySuffix(String s) {
    return s.startsWith("i") || s.equals("v") ? s.toUpperCase(Locale.ROOT) : Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }

  /**
   * Whether two full names may name the same person: same surname and suffix, first names equal,
   * nicknames of each other or an initial of each other, and no clash of middle initials
   * ("George H.W. Bush" is not "George W. Bush").
   */
  public boolean compatible(PersonName other, Lexicon lexicon) {
    if (!lastKey().equals(other.lastKey()) || !suffix.equals(other.suffix)) {
      return false;
    }
    if (!isFull() || !other.isFull()) {
      return true;
    }
    boolean firstOk = firstNames().stream().anyMatch(a -> other.firstNames().stream()
        .anyMatch(b -> lexicon.sameGivenName(a, b) || initialOf(a, b) || initialOf(b, a)));
    return firstOk && !middleClash(other);
  }

  private boolean middleClash(PersonName other) {
    if (given.size() < 2 || other.given.size() < 2) {
      return false;
    }
    char a = Character.toUpperCase(given.get(1).charAt(0));
    char b = Character.toUpperCase(other.given.get(1).charAt(0));
    return a != b;
  }

  private static boolean initialOf(String initial, String name) {
    String i = initial.replace(".", "");
    return i.length() == 1 && name.toUpperCase(Locale.ROOT).startsWith(i.toUpperCase(Locale.ROOT));
  }
}
