package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times that count from the time the story last named rather than from the article's date: "that
 * year", "later that day", "the following month", "the year before".
 *
 * <p>Issue 6: "In May 1995 ... the following year" is 1996, not the year after publication. TimeML
 * anchors these on the narrative's last time; the article's date anchors them only when the story
 * has named none.
 */
public final class NarrativeRules {

  private static final String LEAD = "(?:(?:later|earlier|early|late|in|on|at|by|during|of|for|from|until|since|"
      + "throughout|within|the rest of|the end of|the start of) )*";
  private static final Pattern THAT = Patterns.of(LEAD + "(?:that|the same|that same) (?<u>day|week|month|year)");
  private static final Pattern NEXT = Patterns.of(
      LEAD + "the (?<dir>following|next|previous|preceding|prior) (?<u>day|morning|afternoon|evening|night|week|month|year)");
  private static final Pattern AROUND = Patterns.of(LEAD + "the (?<u>day|week|month|year) (?<dir>before|after)");
  /** "the previous Friday", "the following Monday": the weekday before or after the story's day. */
  private static final Pattern NEXT_WEEKDAY = Patterns.of(LEAD + "the (?<dir>following|next|previous|preceding|prior) (?<wd>{WD})");
  private static final Pattern POINT = Pattern.compile("^(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:T.*)?$");

  private NarrativeRules() {}

  /** Whether {@code value} names a point the story can count from: a year, month or day. */
  public static boolean anchors(String value) {
    return POINT.matcher(value).matches();
  }

  /** The value of {@code phrase} counted from {@code anchor}, the story's last named time. */
  public static Optional<String> value(Phrase phrase, String anchor) {
    Matcher a = POINT.matcher(anchor);
    if (!a.matches()) {
      return Optional.empty();
    }
    String p = phrase.normal();
    Matcher m;
    if ((m = THAT.matcher(p)).matches()) {
      return moved(a, m.group("u"), 0);
    }
    if ((m = NEXT_WEEKDAY.matcher(p)).matches()) {
      return weekday(a, Lexicon.weekday(m.group("wd")).orElseThrow(), forward(m.group("dir")));
    }
    if ((m = NEXT.matcher(p)).matches() || (m = AROUND.matcher(p)).matches()) {
      int step = forward(m.group("dir")) ? 1 : -1;
      String unit = m.group("u");
      boolean part = !unit.equals("day") && Lexicon.partOfDay(unit).isPresent();
      return moved(a, part ? "day" : unit, step).map(v -> part ? v + "T" + Lexicon.partOfDay(unit).orElseThrow() : v);
    }
    return Optional.empty();
  }

  private static boolean forward(String dir) {
    return dir.equals("following") || dir.equals("next") || dir.equals("after");
  }

  /**
   * Weekday {@code isoDay} strictly after (or before) the anchor's day: "down 4.5% from the previous
   * Friday" in a story about a Friday is the Friday a week before (issue 6). Empty when the anchor is
   * no day.
   */
  private static Optional<String> weekday(Matcher a, int isoDay, boolean after) {
    if (a.group(3) == null) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
    java.time.DayOfWeek wd = java.time.DayOfWeek.of(isoDay);
    return Optional.of(Timex.day(day.with(after ? java.time.temporal.TemporalAdjusters.next(wd)
        : java.time.temporal.TemporalAdjusters.previous(wd))));
  }

  /** The {@code unit} holding the anchor, moved {@code step} units; empty when the anchor is coarser. */
  private static Optional<String> moved(Matcher a, String unit, int step) {
    int year = Integer.parseInt(a.group(1));
    if (unit.equals("year")) {
      return Optional.of(Timex.year(year + step));
    }
    if (a.group(2) == null) {
      return Optional.empty();
    }
    int month = Integer.parseInt(a.group(2));
    if (unit.equals("month")) {
      return Optional.of(Timex.month(LocalDate.of(year, month, 1).plusMonths(step)));
    }
    if (a.group(3) == null) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.of(year, month, Integer.parseInt(a.group(3)));
    return Optional.of(unit.equals("week") ? Timex.week(day.plusWeeks(step)) : Timex.day(day.plusDays(step)));
  }
}
