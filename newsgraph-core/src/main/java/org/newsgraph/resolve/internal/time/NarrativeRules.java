package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times that count from the time the story last named rather than from the article's date: "that
 * year", "later that day", "the following month", "the year before", "until then"; "in the morning"
 * of a day told of.
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
  /** "placed orders in the morning": that part of the story's day. */
  private static final Pattern PART = Patterns.of("(?:(?:early|late|in|during) )*the (?<part>morning|afternoon|evening)");
  /** "overnight losses", "early overnight": the night that ends on the story's day. */
  private static final Pattern OVERNIGHT = Patterns.of("(?:(?:early|late|in|during) )*overnight");
  /** An anchor that is an evening or a night: "overnight" after it is that same night. */
  private static final Pattern EVENING = Pattern.compile("T(?:EV|NI|2[0-4]|1[89])");
  private static final Pattern POINT = Pattern.compile("^(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?(?:T.*)?$");

  /** "Results for that quarter": the quarter the story last named. */
  private static final Pattern THAT_QUARTER = Patterns.of(LEAD + "(?:that|that same) quarter");
  private static final Pattern QUARTER_VALUE = Pattern.compile("^(?:\\d{4}|XXXX)-Q[1-4X]$");

  private NarrativeRules() {}

  /** Whether {@code value} is a quarter ("1988-Q2") that "that quarter" after it may name again. */
  public static boolean quarter(String value) {
    return QUARTER_VALUE.matcher(value).matches();
  }

  /** "that quarter": {@code lastQuarter}, the quarter the story last named (issue 6). */
  public static Optional<String> thatQuarter(Phrase phrase, Optional<String> lastQuarter) {
    return THAT_QUARTER.matcher(phrase.normal()).matches() ? lastQuarter : Optional.empty();
  }

  /**
   * "then" (found only after "until": "terminate on Nov. 30. Until then, ..."; see Extents): {@code
   * nearAnchor}, the time the story named last, when it was named in this sentence or the one before;
   * further back "then" is as likely the time of an event told since (issue 6).
   */
  public static Optional<String> then(Phrase phrase, Optional<String> nearAnchor) {
    return phrase.normal().equals("then") ? nearAnchor : Optional.empty();
  }

  /** Whether {@code value} names a point the story can count from: a year, month or day. */
  public static boolean anchors(String value) {
    return POINT.matcher(value).matches();
  }

  /** The value of {@code phrase} counted from {@code anchor}, the story's last named time. */
  public static Optional<String> value(Phrase phrase, String anchor) {
    return value(phrase, anchor, Optional.empty());
  }

  /**
   * The value of {@code phrase} counted from {@code anchor}, the story's last named time, in an
   * article of {@code date}: "overnight" counts from the story's day only when that day is news of
   * the week up to the article's date; an older day is background ("the Aug. 7 bombings ... the
   * sites struck overnight" is the article's night).
   */
  public static Optional<String> value(Phrase phrase, String anchor, Optional<LocalDate> date) {
    Matcher a = POINT.matcher(anchor);
    if (!a.matches()) {
      return Optional.empty();
    }
    String p = phrase.normal();
    Matcher m;
    if ((m = THAT.matcher(p)).matches()) {
      return moved(a, m.group("u"), 0);
    }
    if (p.equals("the day")) {
      // only ever an appositive to a date ("Oct. 12, the day before the plunge", see Extents): that day
      return moved(a, "day", 0);
    }
    if (OVERNIGHT.matcher(p).matches()) {
      return overnight(a, anchor).filter(v -> date.isEmpty() || recent(v, date.get()));
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

  /**
   * "in the morning", "during the afternoon" told in the past after the story named {@code anchor}:
   * that part of the anchor's day ("Shares fell Friday. Dealers placed orders in the morning": Friday
   * morning). The caller checks the tense: "he does not drink coffee in the morning" is a habit.
   * Empty when the anchor is no day or the phrase no such part.
   */
  public static Optional<String> partOfDay(Phrase phrase, String anchor) {
    Matcher a = POINT.matcher(anchor);
    Matcher m = PART.matcher(phrase.normal());
    if (!a.matches() || a.group(3) == null || !m.matches()) {
      return Optional.empty();
    }
    return Optional.of(a.group(1) + "-" + a.group(2) + "-" + a.group(3) + "T"
        + Lexicon.partOfDay(m.group("part")).orElseThrow());
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

  /**
   * "Overnight" in a story told about a day is the night before that day, not the article's night:
   * "London shares closed lower Friday ... depressed initially by overnight losses in New York" is
   * Thursday night (issue 6: story time). After an evening or a night it is that night. Empty when
   * the anchor is no day, so the article's date decides.
   */
  private static Optional<String> overnight(Matcher a, String anchor) {
    if (a.group(3) == null) {
      return Optional.empty();
    }
    LocalDate day = LocalDate.of(Integer.parseInt(a.group(1)), Integer.parseInt(a.group(2)), Integer.parseInt(a.group(3)));
    boolean evening = anchor.indexOf('T') > 0 && EVENING.matcher(anchor.substring(anchor.indexOf('T'))).lookingAt();
    return Optional.of(Timex.day(evening ? day : day.minusDays(1)) + "TNI");
  }

  /** Whether the night {@code value} ends within the seven days up to {@code date}. */
  private static boolean recent(String value, LocalDate date) {
    long days = date.toEpochDay() - LocalDate.parse(value.substring(0, 10)).toEpochDay();
    return days >= 0 && days <= 7;
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
