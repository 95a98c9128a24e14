package org.newsgraph.clean.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the two names a person card is built on (issue 3): the surname that ends the mention, and
 * the card's full name that ends with the same surname ("Mo Brooks" + "Morris (Mo) Jackson Brooks").
 *
 * <p>Only the shape of names is known here (capitalised words, initials, a nickname in parentheses
 * or quotes, lower-case particles, suffixes); never a particular name.
 */
final class CardNames {

  /** Generational suffixes that may close a name; longer forms first, since the first that fits is taken. */
  static final List<String> SUFFIXES = List.of("Jr.", "Sr.", "III", "II", "IV", "Jr", "Sr");
  /** Lower-case particles inside surnames ("Bill de Blasio", "Chris Van Hollen" is capitalised). */
  private static final Set<String> PARTICLES = Set.of(
      "de", "da", "del", "della", "der", "di", "du", "dos", "das", "la", "le", "van", "von", "bin", "ibn", "al",
      "ter", "ten", "y", "st.");
  /** Words that open a title, not a name: a full name never starts with one. */
  private static final Set<String> TITLES = Set.of(
      "Rep.", "Sen.", "Sens.", "Reps.", "Gov.", "Lt.", "Gen.", "Dr.", "Mr.", "Mrs.", "Ms.", "President", "Speaker",
      "Senator", "Representative", "Governor", "Secretary", "The", "Former", "Judge", "Justice", "Mayor");
  private static final int MAX_PARTS = 8;
  private static final int MAX_NICKNAME = 30;
  /** The longest prefix before an inner capital in a surname ("Mac" of "MacArthur"). */
  private static final int MAX_PREFIX = 3;

  private CardNames() {}

  /**
   * The places where a surname may end in the word that starts at {@code start}: the word's end, and
   * each place where a capital follows a lower-case letter, since a card's text is glued to the name
   * before it without a space ("BreyerStephen", "McConnellGOP" also offers "Mc", which no full name
   * then closes). Surnames of one letter are not offered.
   */
  static List<Integer> surnameEnds(String text, int start, int limit) {
    List<Integer> ends = new ArrayList<>();
    int k = start;
    while (k < limit && isWordChar(text.charAt(k))) {
      if (k - start >= 2 && Character.isUpperCase(text.charAt(k)) && Character.isLowerCase(text.charAt(k - 1))) {
        ends.add(k);
      }
      k++;
    }
    if (k - start >= 2 && Character.isLetter(text.charAt(k - 1))) {
      ends.add(k);
    }
    return ends;
  }

  /**
   * The end of a full name that starts at {@code start} and closes with {@code surname} (and perhaps a
   * suffix), or -1. The surname may be glued to what follows, but not continue in lower case. A full
   * name of the surname alone must be glued to a word or a quotation mark, so that a name said
   * twice ("Warren Warren", "Cruz Cruz, ...") is not read as a card.
   */
  static int fullNameEnd(String text, int start, String surname, int limit) {
    int pos = start;
    for (int parts = 0; parts < MAX_PARTS && pos < limit; parts++) {
      int afterSurname = pos + surname.length();
      if (afterSurname <= limit && startsWithFolded(text, pos, surname) && !continuesWord(text, afterSurname, limit)) {
        if (parts == 0 && afterSurname < limit && !Character.isLetterOrDigit(text.charAt(afterSurname))
            && "'‘\"“".indexOf(text.charAt(afterSurname)) < 0) {
          return -1;
        }
        return afterSuffix(text, afterSurname, limit);
      }
      int end = partEnd(text, pos, limit, parts == 0);
      if (end < 0 || end >= limit || text.charAt(end) != ' ') {
        return -1;
      }
      pos = end + 1;
    }
    return -1;
  }

  /** After a name ending at {@code end}: past a following suffix (" Jr.", ", III"), if there is one. */
  static int afterSuffix(String text, int end, int limit) {
    int k = end;
    if (k < limit && text.charAt(k) == ',') {
      k++;
    }
    if (k >= limit || text.charAt(k) != ' ') {
      return end;
    }
    for (String suffix : SUFFIXES) {
      int after = k + 1 + suffix.length();
      if (after <= limit && text.startsWith(suffix, k + 1) && !continuesWord(text, after, limit)
          && (after == limit || !Character.isLetter(text.charAt(after)) || suffix.endsWith(".")
              || gluedWordAt(text, after, limit))) {
        return after;
      }
    }
    return end;
  }

  /** The words of a full name, nickname brackets and quotes dropped. */
  static Set<String> words(String fullName) {
    return new HashSet<>(Arrays.asList(fullName.replaceAll("[()\"“”]", " ").trim().split("\\s+")));
  }

  /** Whether {@code word} is a capitalised name word or an initial. */
  static boolean isNameWord(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !TITLES.contains(word);
  }

  static boolean isWordChar(char c) {
    return Character.isLetter(c) || c == '\'' || c == '’' || c == '-';
  }

  /**
   * Whether a capital follows a lower-case letter after more than a short prefix: such a word is a
   * name glued to a headline ("KavanaughDivided"), not a name part ("McConnell", "DeSantis").
   */
  private static boolean gluedInside(String word) {
    for (int i = MAX_PREFIX + 1; i < word.length(); i++) {
      if (Character.isUpperCase(word.charAt(i)) && Character.isLowerCase(word.charAt(i - 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code text} holds {@code surname} at {@code pos}, apostrophes and accents folded: the
   * article may write "O’Rourke" or "Luján" where the card has "O'Rourke" or "Lujan" (issue 3).
   */
  static boolean startsWithFolded(String text, int pos, String surname) {
    if (pos + surname.length() > text.length()) {
      return false;
    }
    for (int i = 0; i < surname.length(); i++) {
      if (fold(text.charAt(pos + i)) != fold(surname.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static char fold(char c) {
    if (c < 128) {
      return c;
    }
    if (c == '’' || c == '‘' || c == 'ʼ') {
      return '\'';
    }
    return Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
  }

  /** Whether a capitalised word starts at {@code at}: a headline glued to a suffix ("IIIBanks wins"). */
  private static boolean gluedWordAt(String text, int at, int limit) {
    return at + 1 < limit && Character.isUpperCase(text.charAt(at)) && Character.isLowerCase(text.charAt(at + 1));
  }

  private static boolean continuesWord(String text, int at, int limit) {
    return at < limit && Character.isLowerCase(text.charAt(at));
  }

  /** The end of one name part at {@code pos}: a name word, an initial, a nickname, a particle; or -1. */
  private static int partEnd(String text, int pos, int limit, boolean first) {
    char c = text.charAt(pos);
    if (c == '(' || c == '"' || c == '“') {
      char close = c == '(' ? ')' : c == '“' ? '”' : '"';
      int end = text.indexOf(close, pos + 1);
      boolean ok = !first && end > pos + 1 && end < Math.min(limit, pos + MAX_NICKNAME)
          && text.substring(pos + 1, end).chars().allMatch(ch -> Character.isLetter(ch) || " .'’-".indexOf(ch) >= 0);
      return ok ? end + 1 : -1;
    }
    int end = pos;
    while (end < limit && (isWordChar(text.charAt(end)) || text.charAt(end) == '.')) {
      end++;
    }
    String word = text.substring(pos, end);
    if (word.isEmpty() || gluedInside(word) || TITLES.contains(word)) {
      return -1;
    }
    if (Character.isUpperCase(c)) {
      return SUFFIXES.contains(word) ? -1 : end;
    }
    return !first && PARTICLES.contains(word) ? end : -1;
  }
}
