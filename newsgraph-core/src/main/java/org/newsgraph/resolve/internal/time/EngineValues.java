package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine's value of an expression no rule of ours knows, cleaned into a TIMEX3 value. */
public final class EngineValues {

  private static final Pattern TIMEX = Pattern.compile(
      "^(?:\\d{4}|XXXX)(?:-(?:\\d\\d|XX|W\\d\\d|WXX|Q\\d|H\\d|SP|SU|FA|WI)(?:-(?:\\d\\d|XX|\\d|WE))?)?"
      + "(?:T[\\dA-Z:]+)?$|^P[\\dX.]+[YMWDQE]$|^PT[\\dX.]+[HMS]$|^(?:PRESENT|PAST|FUTURE)_REF$|^\\d{2,3}$");
  private static final Pattern LEADING_VALUE = Pattern.compile("^(\\S+) (?:INTERSECT|OFFSET).*");
  private static final Pattern VAGUE_DECADE = Pattern.compile("^(\\d{3})X$|^(\\d{2})XX$");
  private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|'\\d\\d");
  /** A year in words: "nineteen ninety-seven", "two thousand". */
  private static final Pattern SPELLED_YEAR = Pattern.compile("(?i)\\b(?:nineteen|eighteen|twenty|two thousand)\\b");
  private static final Pattern MONTH = Pattern.compile("\\b(" + Patterns.MON + ")\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(" + Patterns.WD + ")\\b");
  private static final Pattern YEARLESS_DAY = Pattern.compile("^XXXX-(\\d\\d)-(\\d\\d)$");
  private static final Pattern DAY_OF_MONTH = Pattern.compile("^\\d{4}-(\\d\\d)-(\\d\\d)(?:T.*)?$");

  private EngineValues() {}

  /**
   * The engine's {@code value} for {@code text}, when it is a TIMEX3 value we can hand out; without
   * an article date, a year the engine took from the run date becomes XXXX (issue 6).
   */
  public static Optional<String> usable(Optional<String> value, String text, Reference ref) {
    boolean dated = ref.date().isPresent();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> notation = EngineNotation.timex(value.get());
    if (notation.isEmpty()) {
      return Optional.empty();
    }
    String v = notation.get();
    Matcher m = LEADING_VALUE.matcher(v);
    if (m.matches()) {
      v = m.group(1);
    }
    Matcher decade = VAGUE_DECADE.matcher(v);
    if (decade.matches()) {
      v = decade.group(1) != null ? decade.group(1) : decade.group(2);
    }
    if (v.contains("/") && TIMEX.matcher(v.substring(0, v.indexOf('/'))).matches()) {
      v = v.substring(0, v.indexOf('/')); // "two to three weeks" is P2W/P3W to the engine, P2W to TimeBank
    }
    if (!TIMEX.matcher(v).matches()) {
      return Optional.of(v); // the engine's own notation: still a time, its value as the engine wrote it
    }
    Matcher yearless = YEARLESS_DAY.matcher(v);
    if (dated && yearless.matches()) {
      // "days after Oct. 12": a day the engine counted without a year, placed by the clause's tense
      int month = Integer.parseInt(yearless.group(1));
      int day = Integer.parseInt(yearless.group(2));
      return month < 1 || month > 12 || day < 1 || day > 31 ? Optional.of(v)
          : Optional.of(Timex.day(Placement.monthDay(ref.date().get(), month, day, ref.tense())));
    }
    if (!dated && v.matches("^\\d{4}.*") && !HAS_YEAR.matcher(text).find()) {
      v = "XXXX" + v.substring(4);
    }
    if (dated && v.matches("^\\d{4}-.*") && !HAS_YEAR.matcher(text).find() && !SPELLED_YEAR.matcher(text).find()) {
      return Optional.of(placed(v, Phrase.of(text).normal(), ref).orElse(v));
    }
    return Optional.of(v);
  }

  /**
   * The engine's value of words naming a weekday or a month without a year, placed again by our
   * rules. Issue 6: SUTime places such names by a past-or-future tag it keeps on shared objects
   * across documents (CoreNLP issue 1061), so its week or year depends on which articles it read
   * before and on the threads; ours depends on the article alone.
   */
  private static Optional<String> placed(String v, String words, Reference ref) {
    LocalDate date = ref.date().orElseThrow();
    String time = v.indexOf('T') > 0 ? v.substring(v.indexOf('T')) : "";
    Matcher mon = MONTH.matcher(words);
    if (mon.find()) {
      int month = Lexicon.month(mon.group(1)).orElseThrow();
      Matcher day = DAY_OF_MONTH.matcher(v);
      if (day.matches() && Integer.parseInt(day.group(1)) == month) {
        return Optional.of(Timex.day(Placement.monthDay(date, month, Integer.parseInt(day.group(2)), ref.tense()))
            + time);
      }
      return v.matches("^\\d{4}-\\d\\d$")
          ? Optional.of(Timex.month(CalendarRules.year(date, month, Placement.Modifier.NONE, ref), month))
          : Optional.empty();
    }
    Matcher wd = WEEKDAY.matcher(words);
    if (wd.find() && v.matches("^\\d{4}-\\d\\d-\\d\\d.*")) {
      int iso = Lexicon.weekday(wd.group(1)).orElseThrow();
      return Optional.of(Timex.day(Placement.weekday(date, iso, ref.tense(), Placement.Modifier.NONE)) + time);
    }
    return Optional.empty();
  }
}
