package org.newsgraph.resolve.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;

/**
 * Places calendar names that carry no year or week (a weekday, a month, a day of a month, a season,
 * a quarter) on the calendar around the article's date.
 *
 * <p>Issue 6: the clause's tense decides the direction. In news a past-tense clause means the most
 * recent one, possibly the article's date itself; a future one the next, possibly the article's
 * date too. Without a tense, a weekday is the most recent one (news reports what happened), and a
 * month or a day of a month the nearest one.
 */
public final class Placement {

  /** A modifier written before the name: "last Tuesday", "next March", "this fall". */
  public enum Modifier { NONE, LAST, NEXT, THIS }

  private static final int PAST_WINDOW_DAYS = 45;

  private Placement() {}

  /** The day named by weekday {@code isoDay} (Monday 1 .. Sunday 7). */
  public static LocalDate weekday(LocalDate date, int isoDay, Tense tense, Modifier modifier) {
    DayOfWeek day = DayOfWeek.of(isoDay);
    return switch (modifier) {
      case LAST -> date.with(TemporalAdjusters.previous(day));
      case NEXT -> date.with(TemporalAdjusters.next(day));
      case THIS -> tense == Tense.PAST ? date.with(TemporalAdjusters.previousOrSame(day))
          : tense == Tense.FUTURE ? date.with(TemporalAdjusters.nextOrSame(day))
          : date.with(day);
      case NONE -> switch (tense) {
        case FUTURE -> date.with(TemporalAdjusters.nextOrSame(day));
        case PRESENT -> nearest(date, day);
        default -> date.with(TemporalAdjusters.previousOrSame(day));
      };
    };
  }

  /** The day named {@code day} nearest {@code date}: three days either side, the later one on a tie. */
  private static LocalDate nearest(LocalDate date, DayOfWeek day) {
    LocalDate next = date.with(TemporalAdjusters.nextOrSame(day));
    LocalDate previous = date.with(TemporalAdjusters.previousOrSame(day));
    return next.toEpochDay() - date.toEpochDay() <= date.toEpochDay() - previous.toEpochDay() ? next : previous;
  }

  /**
   * The year of the month {@code month} named. News names the month just gone "last month": "last
   * February" written in March is a year back (issue 6).
   */
  public static int monthYear(LocalDate date, int month, Tense tense, Modifier modifier) {
    int year = date.getYear();
    int now = date.getMonthValue();
    return switch (modifier) {
      // "last December" written in January may be the one just gone: only within a year
      case LAST -> month >= now - 1 ? year - 1 : year;
      case NEXT -> month <= now ? year + 1 : year;
      case THIS -> year;
      case NONE -> switch (tense) {
        case PAST -> month <= now ? year : year - 1;
        case FUTURE -> month >= now ? year : year + 1;
        default -> nearestMonth(year, now, month);
      };
    };
  }

  /**
   * The year of the month {@code month} named alone in a clause, not as the name of the event the
   * clause is about: the month about to start is the coming one whatever the tense ("informed of a
   * cutback in September", "spoke in the September issue", written in August: a past month would be
   * "last September"); otherwise as {@link #monthYear}.
   */
  public static int monthInClauseYear(LocalDate date, int month, Tense tense) {
    return month == date.getMonthValue() % 12 + 1 ? date.plusMonths(1).getYear()
        : monthYear(date, month, tense, Modifier.NONE);
  }

  /** The nearest such month; half a year either way goes ahead ("by August" written in February). */
  private static int nearestMonth(int year, int now, int month) {
    int ahead = month - now;
    if (ahead > 6) {
      return year - 1;
    }
    return ahead < -5 ? year + 1 : year;
  }

  /** The day {@code day} of month {@code month}, in the year the tense points to. */
  public static LocalDate monthDay(LocalDate date, int month, int day, Tense tense) {
    MonthDay md = MonthDay.of(month, Math.min(day, MonthDay.of(month, 1).getMonth().maxLength()));
    LocalDate same = md.atYear(date.getYear());
    return switch (tense) {
      // a date a few weeks ahead under a past verb is a limit set in the past ("extended to Nov. 20")
      case PAST -> same.isAfter(date.plusDays(PAST_WINDOW_DAYS)) ? md.atYear(date.getYear() - 1) : same;
      // a deadline a few days gone is still this year's ("by Jan. 14" written on Jan. 15)
      case FUTURE -> same.isBefore(date.minusDays(7)) ? md.atYear(date.getYear() + 1) : same;
      default -> md.atYear(nearestYear(date, same));
    };
  }

  /** The day {@code day} of month {@code month} strictly before ({@code LAST}) or after ({@code NEXT}) {@code date}. */
  public static LocalDate monthDay(LocalDate date, int month, int day, Modifier modifier) {
    MonthDay md = MonthDay.of(month, Math.min(day, MonthDay.of(month, 1).getMonth().maxLength()));
    LocalDate same = md.atYear(date.getYear());
    if (modifier == Modifier.LAST) {
      return same.isBefore(date) ? same : md.atYear(date.getYear() - 1);
    }
    if (modifier == Modifier.NEXT) {
      return same.isAfter(date) ? same : md.atYear(date.getYear() + 1);
    }
    return same;
  }

  /** The year of the season {@code code} (SP, SU, FA, WI) named. */
  public static int seasonYear(LocalDate date, String code, Tense tense, Modifier modifier) {
    int start = switch (code) {
      case "SP" -> 3;
      case "SU" -> 6;
      case "FA" -> 9;
      default -> 12;
    };
    // a winter belongs to the year of its December; January and February close the last one
    int year = date.getYear();
    int month = date.getMonthValue();
    int current = code.equals("WI") && month <= 2 ? year - 1 : year;
    boolean started = code.equals("WI") ? month <= 2 || month == 12 : month >= start;
    boolean over = !code.equals("WI") && month >= start + 3;
    return switch (modifier) {
      case LAST -> over ? current : current - 1;
      case NEXT -> started ? current + 1 : current;
      case THIS -> current;
      case NONE -> switch (tense) {
        case PAST -> started ? current : current - 1;
        case FUTURE -> over ? current + 1 : current;
        default -> current;
      };
    };
  }

  /**
   * The year of quarter {@code quarter} named without one. Business news reports quarters that have
   * begun: the fourth quarter in January is last year's, the third in November this year's.
   */
  public static int quarterYear(LocalDate date, int quarter, Tense tense) {
    int current = Timex.quarterOf(date);
    if (quarter <= current || tense == Tense.FUTURE) {
      return date.getYear();
    }
    return date.getYear() - 1;
  }

  private static int nearestYear(LocalDate date, LocalDate sameYear) {
    LocalDate before = sameYear.minusYears(1);
    LocalDate after = sameYear.plusYears(1);
    long d0 = Math.abs(sameYear.toEpochDay() - date.toEpochDay());
    if (Math.abs(before.toEpochDay() - date.toEpochDay()) < d0) {
      return before.getYear();
    }
    if (Math.abs(after.toEpochDay() - date.toEpochDay()) < d0) {
      return after.getYear();
    }
    return sameYear.getYear();
  }
}
