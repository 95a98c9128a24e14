package org.newsgraph.resolve.internal.time;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The words of English time expressions: weekdays, months, seasons, units and numbers. */
public final class Lexicon {

  private static final Map<String, Integer> WEEKDAYS = Map.ofEntries(
      Map.entry("monday", 1), Map.entry("mon", 1), Map.entry("tuesday", 2), Map.entry("tue", 2),
      Map.entry("tues", 2), Map.entry("wednesday", 3), Map.entry("wed", 3), Map.entry("thursday", 4),
      Map.entry("thu", 4), Map.entry("thur", 4), Map.entry("thurs", 4), Map.entry("friday", 5),
      Map.entry("fri", 5), Map.entry("saturday", 6), Map.entry("sat", 6), Map.entry("sunday", 7),
      Map.entry("sun", 7));

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final Map<String, String> SEASONS = Map.of(
      "spring", "SP", "summer", "SU", "fall", "FA", "autumn", "FA", "winter", "WI");

  private static final Map<String, String> PARTS_OF_DAY = Map.ofEntries(
      Map.entry("morning", "MO"), Map.entry("afternoon", "AF"), Map.entry("evening", "EV"),
      Map.entry("night", "NI"), Map.entry("overnight", "NI"), Map.entry("midday", "MI"));

  private static final Map<String, Integer> NUMBERS = Map.ofEntries(
      Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
      Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
      Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
      Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
      Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
      Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
      Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
      Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("half", 0), Map.entry("dozen", 12));

  private static final Map<String, Integer> ORDINALS = Map.ofEntries(
      Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
      Map.entry("1st", 1), Map.entry("2nd", 2), Map.entry("3rd", 3), Map.entry("4th", 4));

  /** Words that make a count vague: "several years", "a few weeks". */
  private static final Set<String> VAGUE_COUNTS = Set.of("several", "few", "many", "some", "recent", "coming",
      "past", "numerous");

  private Lexicon() {}

  /** The ISO day of the week (Monday 1 .. Sunday 7) that {@code word} names. */
  public static OptionalInt weekday(String word) {
    Integer d = WEEKDAYS.get(word);
    return d == null ? OptionalInt.empty() : OptionalInt.of(d);
  }

  /** The month (1..12) that {@code word} names; "may" and "march" are months only when capitalised. */
  public static OptionalInt month(String word) {
    Integer m = MONTHS.get(word);
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The TIMEX3 season code (SP, SU, FA, WI) of {@code word}. */
  public static Optional<String> season(String word) {
    return Optional.ofNullable(SEASONS.get(word));
  }

  /** The TIMEX3 part-of-day code (MO, AF, EV, NI) of {@code word}. */
  public static Optional<String> partOfDay(String word) {
    return Optional.ofNullable(PARTS_OF_DAY.get(word));
  }

  /** The number {@code word} spells or writes ("two", "12", "two-and-a-half" is not one). */
  public static OptionalInt number(String word) {
    if (word.matches("\\d{1,6}")) {
      return OptionalInt.of(Integer.parseInt(word));
    }
    Integer n = NUMBERS.get(word);
    if (n != null && n > 0) {
      return OptionalInt.of(n);
    }
    int dash = word.indexOf('-');
    if (dash > 0) {
      Integer tens = NUMBERS.get(word.substring(0, dash));
      Integer units = NUMBERS.get(word.substring(dash + 1));
      if (tens != null && units != null && tens >= 20 && units < 10) {
        return OptionalInt.of(tens + units);
      }
    }
    return OptionalInt.empty();
  }

  /** The ordinal 1..4 that {@code word} names ("third" is 3). */
  public static OptionalInt ordinal(String word) {
    Integer n = ORDINALS.get(word);
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** Whether {@code word} makes a count vague ("several", "few"). */
  public static boolean vagueCount(String word) {
    return VAGUE_COUNTS.contains(word);
  }

  /** The TIMEX3 unit letter of a unit word ("years" is Y, "hours" is H), singular or plural. */
  public static Optional<Unit> unit(String word) {
    String w = word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : word;
    return Unit.of(w);
  }
}
