package org.newsgraph.resolve.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A time expression's words in one normal form the rules match: lower case, one space between
 * words, abbreviation dots, commas and possessives gone, hyphenated words split ("third-quarter"
 * is "third quarter"), "a.m." written "am".
 *
 * @param text the expression as written
 * @param normal its words in normal form, separated by single spaces
 */
public record Phrase(String text, String normal) {

  /** The phrase of {@code text}. */
  public static Phrase of(String text) {
    return new Phrase(text, String.join(" ", words(text)));
  }

  /** The words of {@code normal}. */
  public List<String> words() {
    return normal.isEmpty() ? List.of() : List.of(normal.split(" "));
  }

  static List<String> words(String text) {
    String s = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
        .replace('\u2013', '-').replace('\u2014', '-')
        .replaceAll("\\ba\\.m\\.?", "am").replaceAll("\\bp\\.m\\.?", "pm")
        .replaceAll("'s\\b", "").replaceAll("(?<=\\d),(?=\\d{3})", "");
    List<String> words = new ArrayList<>();
    for (String raw : s.split("[\\s,;()\"`]+")) {
      String w = raw.replaceAll("^[^\\p{Alnum}']+|[^\\p{Alnum}]+$", "");
      if (w.startsWith("'") && w.length() > 1 && !Character.isDigit(w.charAt(1))) {
        w = w.substring(1);
      }
      if (w.isEmpty()) {
        continue;
      }
      if (w.indexOf('-') > 0 && Lexicon.number(w).isEmpty()) {
        for (String part : w.split("-+")) {
          if (!part.isEmpty()) {
            words.add(part);
          }
        }
      } else {
        words.add(w);
      }
    }
    return words;
  }
}
