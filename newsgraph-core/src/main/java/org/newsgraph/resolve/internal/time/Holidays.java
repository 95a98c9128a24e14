package org.newsgraph.resolve.internal.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Holidays US news names by name: "Thanksgiving", "Election Day", "Christmas", placed like a day of a month. */
final class Holidays {

  private static final Map<String, IntFunction<LocalDate>> DAYS = Map.ofEntries(
      Map.entry("new year day", y -> LocalDate.of(y, 1, 1)),
      Map.entry("new year eve", y -> LocalDate.of(y, 12, 31)),
      Map.entry("christmas", y -> LocalDate.of(y, 12, 25)),
      Map.entry("christmas day", y -> LocalDate.of(y, 12, 25)),
      Map.entry("christmas eve", y -> LocalDate.of(y, 12, 24)),
      Map.entry("independence day", y -> LocalDate.of(y, 7, 4)),
      Map.entry("fourth of july", y -> LocalDate.of(y, 7, 4)),
      Map.entry("veterans day", y -> LocalDate.of(y, 11, 11)),
      Map.entry("valentine day", y -> LocalDate.of(y, 2, 14)),
      Map.entry("halloween", y -> LocalDate.of(y, 10, 31)),
      Map.entry("easter", Holidays::easter),
      Map.entry("easter sunday", Holidays::easter),
      Map.entry("thanksgiving", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
      Map.entry("thanksgiving day", y -> nth(y, 11, DayOfWeek.THURSDAY, 4)),
      Map.entry("labor day", y -> nth(y, 9, DayOfWeek.MONDAY, 1)),
      Map.entry("memorial day", y -> LocalDate.of(y, 5, 31).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))),
      Map.entry("martin luther king day", y -> nth(y, 1, DayOfWeek.MONDAY, 3)),
      // the Tuesday after the first Monday in November
      Map.entry("election day", y -> nth(y, 11, DayOfWeek.MONDAY, 1).plusDays(1)));
  /** "Easter week", "Christmas week": the ISO week holding the holiday (issue 6: TimeBank 2000-W16). */
  private static final Pattern WEEK = Patterns.of("(?<h>[a-z ]+?) week");
  private static final Pattern NAMED = Patterns.of("(?:(?<mod>last|next|this) )?(?<h>[a-z ]+?)(?: (?<y>\\d{4}))?");

  private Holidays() {}

  static Optional<String> value(String p, Reference ref) {
    Matcher week = WEEK.matcher(p);
    if (week.matches() && DAYS.containsKey(week.group("h"))) {
      // the week under way when the article was written is this year's, whatever the tense
      Optional<LocalDate> thisYear = ref.date().map(d -> DAYS.get(week.group("h")).apply(d.getYear()));
      if (thisYear.isPresent() && Timex.week(thisYear.get()).equals(Timex.week(ref.date().get()))) {
        return Optional.of(Timex.week(thisYear.get()));
      }
      return value(week.group("h"), ref).map(d -> d.startsWith("XXXX") ? Timex.UNKNOWN_WEEK
          : Timex.week(LocalDate.parse(d)));
    }
    Matcher m = NAMED.matcher(p);
    if (!m.matches() || !DAYS.containsKey(m.group("h"))) {
      return Optional.empty();
    }
    IntFunction<LocalDate> day = DAYS.get(m.group("h"));
    if (m.group("y") != null) {
      return Optional.of(Timex.day(day.apply(Integer.parseInt(m.group("y")))));
    }
    if (ref.date().isEmpty()) {
      LocalDate any = day.apply(2001);
      return Optional.of("XXXX-" + CalendarRules.two(any.getMonthValue()) + "-" + CalendarRules.two(any.getDayOfMonth()));
    }
    LocalDate date = ref.date().get();
    Tense tense = m.group("mod") == null ? ref.tense()
        : m.group("mod").equals("last") ? Tense.PAST : m.group("mod").equals("next") ? Tense.FUTURE : Tense.PRESENT;
    LocalDate thisYear = day.apply(date.getYear());
    if (tense == Tense.PAST && thisYear.isAfter(date)) {
      return Optional.of(Timex.day(day.apply(date.getYear() - 1)));
    }
    if (tense == Tense.FUTURE && thisYear.isBefore(date)) {
      return Optional.of(Timex.day(day.apply(date.getYear() + 1)));
    }
    MonthDay md = MonthDay.from(thisYear);
    int year = Placement.monthDay(date, md.getMonthValue(), md.getDayOfMonth(), Tense.NONE).getYear();
    return Optional.of(Timex.day(day.apply(year)));
  }

  /** Easter Sunday of {@code year} in the Gregorian calendar (the anonymous computus). */
  private static LocalDate easter(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }

  private static LocalDate nth(int year, int month, DayOfWeek day, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
  }
}
