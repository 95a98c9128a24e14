package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** TIMEX3 values written from calendar positions: days, ISO weeks, months, quarters, seasons, years. */
public final class Timex {

  /** The value of a day nobody can place: no article date. */
  public static final String UNKNOWN_DAY = "XXXX-XX-XX";
  public static final String UNKNOWN_WEEK = "XXXX-WXX";
  public static final String UNKNOWN_MONTH = "XXXX-XX";
  public static final String UNKNOWN_YEAR = "XXXX";
  public static final String PRESENT = "PRESENT_REF";
  public static final String PAST = "PAST_REF";
  public static final String FUTURE = "FUTURE_REF";

  private Timex() {}

  public static String day(LocalDate d) {
    return year(d.getYear()) + "-" + two(d.getMonthValue()) + "-" + two(d.getDayOfMonth());
  }

  /** The ISO week of {@code d}, "2019-W44" (TimeBank writes weeks with two digits). */
  public static String week(LocalDate d) {
    return year(d.get(IsoFields.WEEK_BASED_YEAR)) + "-W" + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  public static String month(int year, int month) {
    return year(year) + "-" + two(month);
  }

  public static String month(LocalDate d) {
    return month(d.getYear(), d.getMonthValue());
  }

  public static String quarter(int year, int quarter) {
    return year(year) + "-Q" + quarter;
  }

  public static String half(int year, int half) {
    return year(year) + "-H" + half;
  }

  public static String season(int year, String code) {
    return year(year) + "-" + code;
  }

  /** A year as four digits ("0080" is a year too; TIMEX3 has no shorter form for one). */
  public static String year(int year) {
    return String.format("%04d", year);
  }

  /** The decade of {@code year}: "199" for the 1990s. */
  public static String decade(int year) {
    return year(year).substring(0, 3);
  }

  /** The quarter (1..4) of {@code d}. */
  public static int quarterOf(LocalDate d) {
    return (d.getMonthValue() - 1) / 3 + 1;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
