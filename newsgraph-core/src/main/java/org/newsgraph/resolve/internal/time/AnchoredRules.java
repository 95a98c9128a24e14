package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Days and weeks counted from another time the same words name: "the day after Monday", "two days
 * before Nov. 3", "the week of March 6", "the day Friday".
 *
 * <p>Issue 6: the engine resolves these against its own reading of the inner name, which depends on
 * what it read before (SUTime keeps a past-or-future tag on its shared weekday and month objects,
 * CoreNLP issue 1061), so the same article came out with different weeks from run to run. Ours places
 * the inner name by the article's date and the clause's tense, then counts.
 */
final class AnchoredRules {

  private static final Pattern NEXT_DAY = Patterns.of(
      "(?:the )?(?<u>day|night|morning|afternoon|evening) (?<dir>after|before|following|preceding|prior to) (?<x>.+)");
  private static final Pattern COUNTED = Patterns.of(
      "(?<n>{NUM}) (?<u>days?|weeks?) (?<dir>after|before|following|later than|earlier than|prior to) (?<x>.+)");
  private static final Pattern WEEK_OF = Patterns.of("(?:the )?week of (?<x>.+)");
  private static final Pattern THE_DAY = Patterns.of("(?:the )?day (?<x>{WD}(?: .+)?)");
  private static final Pattern DAY = Pattern.compile("^(\\d{4})-(\\d\\d)-(\\d\\d)");
  private static final Pattern UNDATED_WEEKDAY = Pattern.compile("^XXXX-WXX-(\\d)$");

  private AnchoredRules() {}

  static Optional<String> value(String p, Reference ref) {
    Matcher m;
    if ((m = THE_DAY.matcher(p)).matches()) {
      return day(m.group("x"), ref).map(Timex::day);
    }
    if ((m = WEEK_OF.matcher(p)).matches()) {
      return inner(m.group("x"), ref).flatMap(v -> parse(v).map(Timex::week)
          .or(() -> v.startsWith("XXXX") ? Optional.of(Timex.UNKNOWN_WEEK) : Optional.empty()));
    }
    if ((m = NEXT_DAY.matcher(p)).matches()) {
      String part = m.group("u").equals("day") ? "" : "T" + Lexicon.partOfDay(m.group("u")).orElseThrow();
      return shifted(m.group("x"), back(m.group("dir")) ? -1 : 1, ref).map(v -> v + part);
    }
    if ((m = COUNTED.matcher(p)).matches()) {
      String n = m.group("n");
      OptionalInt count = Lexicon.number(n.equals("a") || n.equals("an") ? "1" : n);
      if (count.isEmpty()) {
        return Optional.empty();
      }
      int days = count.getAsInt() * (m.group("u").startsWith("week") ? 7 : 1);
      return shifted(m.group("x"), back(m.group("dir")) ? -days : days, ref);
    }
    return Optional.empty();
  }

  private static boolean back(String dir) {
    return dir.equals("before") || dir.equals("preceding") || dir.equals("earlier than") || dir.equals("prior to");
  }

  /** The day {@code days} from the day {@code words} name; an undated weekday moves round the week. */
  private static Optional<String> shifted(String words, int days, Reference ref) {
    Optional<String> v = inner(words, ref);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> d = parse(v.get());
    if (d.isPresent()) {
      return Optional.of(Timex.day(d.get().plusDays(days)));
    }
    Matcher w = UNDATED_WEEKDAY.matcher(v.get());
    if (w.matches()) {
      return Optional.of("XXXX-WXX-" + (Math.floorMod(Integer.parseInt(w.group(1)) - 1 + days, 7) + 1));
    }
    return v.get().startsWith("XXXX-") ? Optional.of(Timex.UNKNOWN_DAY) : Optional.empty();
  }

  private static Optional<LocalDate> day(String words, Reference ref) {
    return inner(words, ref).flatMap(AnchoredRules::parse);
  }

  private static Optional<String> inner(String words, Reference ref) {
    return Normaliser.value(Phrase.of(words), ref);
  }

  private static Optional<LocalDate> parse(String value) {
    Matcher m = DAY.matcher(value);
    if (!m.find()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(3))));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // not a day on the calendar: no value of ours, the caller decides
    }
  }
}
