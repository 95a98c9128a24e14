package org.newsgraph.resolve.internal.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The engine's own notations written as the TIMEX3 values the contract promises (issue 6): SUTime
 * writes "every night" as "TNI", "weekdays" as "XXXX-WD", "the same month last year" as "PREV P1Y
 * INTERSECT 2015-11", "another four to ten years" as "(REF,UNKNOWN,P4Y/P10Y)", "first year" as
 * "P1Y-#1" and a clock with its zone as "2015-11-23T09:00-0500". Stateless.
 */
final class EngineNotation {

  private static final Pattern PART_OF_EVERY_DAY = Pattern.compile("^T(MO|AF|EV|NI)$");
  private static final Pattern WEEK_PART = Pattern.compile("^XXXX-(WD|WE)$");
  private static final Pattern ZONED = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d)(?::\\d\\d)?[-+]\\d{4}$");
  private static final Pattern RANGE = Pattern.compile("^\\(REF,UNKNOWN,(P[^/,]+)/P[^)]*\\)$");
  private static final Pattern ORDINAL = Pattern.compile("^(PT?[\\d.]+[A-Z])-#\\d+$");
  private static final Pattern YEAR_INTERSECT = Pattern.compile("^(THIS|PREV|NEXT) P1Y INTERSECT (\\d{4})(-\\d\\d)?$");
  private static final Pattern DAY_WITH_WEEKDAY = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d)-WXX-\\d$");
  private static final Pattern MONTH_WEEK = Pattern.compile("^(\\d{4})-\\d\\d-(W\\d\\d)$");
  /** A day counted from a named one: "days after Oct. 12" as "THIS P1D INTERSECT XXXX-10-12 OFFSET P1D". */
  private static final Pattern DAY_OFFSET = Pattern.compile(
      "^(?:THIS )?P1D INTERSECT (\\d{4}|XXXX)-(\\d\\d)-(\\d\\d) OFFSET (-?)P(\\d{1,3})D$");
  /** A count the engine took for a year: "One ad" as "+0001". */
  private static final Pattern SIGNED_YEAR = Pattern.compile("^[+-]\\d+$");

  private EngineNotation() {}

  /**
   * {@code value} in TIMEX3 when it is one of the engine's notations we know; {@code value} itself
   * when it is not; empty when it is no time at all.
   */
  static Optional<String> timex(String value) {
    if (SIGNED_YEAR.matcher(value).matches()) {
      return Optional.empty();
    }
    Matcher m;
    if ((m = PART_OF_EVERY_DAY.matcher(value)).matches()) {
      return Optional.of("XXXX-XX-XXT" + m.group(1));
    }
    if ((m = WEEK_PART.matcher(value)).matches()) {
      return Optional.of("XXXX-WXX-" + m.group(1));
    }
    if ((m = YEAR_INTERSECT.matcher(value)).matches()) {
      int shift = switch (m.group(1)) {
        case "PREV" -> -1;
        case "NEXT" -> 1;
        default -> 0;
      };
      return Optional.of(Timex.year(Integer.parseInt(m.group(2)) + shift) + (m.group(3) == null ? "" : m.group(3)));
    }
    if ((m = DAY_OFFSET.matcher(value)).matches()) {
      return Optional.of(offsetDay(m));
    }
    if ((m = MONTH_WEEK.matcher(value)).matches()) {
      return Optional.of(m.group(1) + "-" + m.group(2));
    }
    for (Pattern first : new Pattern[] {ZONED, RANGE, ORDINAL, DAY_WITH_WEEKDAY}) {
      if ((m = first.matcher(value)).matches()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.of(value);
  }

  /** The day of a {@link #DAY_OFFSET} notation; its year stays X when the engine gave none. */
  private static String offsetDay(Matcher m) {
    int days = Integer.parseInt(m.group(5)) * (m.group(4).isEmpty() ? 1 : -1);
    boolean known = !m.group(1).equals("XXXX");
    // a leap year stands in for an unknown one, so Feb. 29 stays a day
    java.time.LocalDate day = java.time.LocalDate.of(known ? Integer.parseInt(m.group(1)) : 2000,
        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))).plusDays(days);
    return known ? Timex.day(day) : "XXXX" + Timex.day(day).substring(4);
  }
}
