package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.resolve.internal.time.Placement.Modifier;

/**
 * Names on the calendar: weekdays, days of months, months, years, decades and seasons, with or
 * without their year, placed by {@link Placement} when it is missing.
 */
final class CalendarRules {

  private static final String MOD = "(?:(?<mod>last|next|this|past|coming|previous|following) )?";
  private static final Pattern WEEKDAY = Patterns.of(MOD + "(?<wd>{WD})(?: (?<part>{PART}))?");
  private static final Pattern PART_WEEKDAY = Patterns.of("(?<part>{PART}) (?:of |on )?(?<wd>{WD})");
  private static final Pattern MONTH_DAY = Patterns.of(
      "(?:(?<mod>last|next|this|past|coming) )?(?:{WD} )?(?<mon>{MON}) (?<d>\\d{1,2})(?:st|nd|rd|th)?(?: (?<y>\\d{4}))?(?: (?<part>{PART}))?");
  private static final Pattern DAY_MONTH = Patterns.of(
      "(?:{WD} )?(?:the )?(?<d>\\d{1,2})(?:st|nd|rd|th)?(?: of)? (?<mon>{MON})(?: (?<y>\\d{4}))?");
  private static final Pattern MONTH_YEAR = Patterns.of("(?<mon>{MON}) (?:of )?(?<y>\\d{4})");
  private static final Pattern MONTH = Patterns.of(MOD + "(?<mon>{MON})");
  private static final Pattern MONTH_SHIFTED = Patterns.of("(?<mon>{MON}) (?:of )?(?<mod>last|this|next) year");
  /** A year, bare or as a fiscal, school or election year: "fiscal 1989", "the 2018 school year". */
  private static final Pattern YEAR = Patterns.of("(?:(?:calendar|fiscal|school|academic|year|fy|model) )*(?<y>\\d{4})"
      + "(?: (?:calendar|fiscal|school|academic|election|budget|tax|model))?(?: year| season| cycle| period)?");
  private static final Pattern SHORT_FISCAL = Patterns.of("(?:fiscal|fy) ?'?(?<yy>\\d{2})");
  private static final Pattern DECADE = Patterns.of("(?:the )?(?<y>\\d{3}0)s");
  private static final Pattern SHORT_DECADE = Patterns.of("(?:the )?'?(?<yy>\\d0)s");
  private static final Pattern SPELLED_DECADE = Patterns.of("(?:the )?(?<d>twenties|thirties|forties|fifties|sixties"
      + "|seventies|eighties|nineties)");
  private static final Pattern SEASON = Patterns.of(MOD + "(?<s>{SEASON})(?: (?:of )?(?<y>\\d{4}))?");

  private CalendarRules() {}

  static Optional<String> value(String p, Reference ref) {
    Matcher m;
    if ((m = WEEKDAY.matcher(p)).matches() || (m = PART_WEEKDAY.matcher(p)).matches()) {
      return Optional.of(weekday(m, ref));
    }
    if ((m = MONTH_DAY.matcher(p)).matches() || (m = DAY_MONTH.matcher(p)).matches()) {
      return monthDay(m, ref);
    }
    if ((m = MONTH_YEAR.matcher(p)).matches()) {
      return Optional.of(Timex.month(Integer.parseInt(m.group("y")), month(m)));
    }
    if ((m = MONTH.matcher(p)).matches()) {
      int mon = month(m);
      Modifier mod = modifier(m.group("mod"));
      return Optional.of(ref.date()
          .map(d -> Timex.month(year(d, mon, mod, ref), mon))
          .orElse("XXXX-" + two(mon)));
    }
    if ((m = MONTH_SHIFTED.matcher(p)).matches()) {
      int mon = month(m);
      int shift = shift(m.group("mod"));
      return Optional.of(ref.date().map(d -> Timex.month(d.getYear() + shift, mon)).orElse("XXXX-" + two(mon)));
    }
    return years(p, ref);
  }

  /** The year of a month named without one: alone in a clause or as an event's name. */
  static int year(LocalDate date, int month, Modifier mod, Reference ref) {
    return mod == Modifier.NONE && !ref.namesEvent() ? Placement.monthInClauseYear(date, month, ref.tense())
        : Placement.monthYear(date, month, ref.tense(), mod);
  }

  private static Optional<String> years(String p, Reference ref) {
    Matcher m;
    if ((m = YEAR.matcher(p)).matches()) {
      return Optional.of(m.group("y"));
    }
    if ((m = SHORT_FISCAL.matcher(p)).matches()) {
      return Optional.of(Timex.year(century(Integer.parseInt(m.group("yy")), ref)));
    }
    if ((m = DECADE.matcher(p)).matches()) {
      return Optional.of(m.group("y").substring(0, 3));
    }
    if ((m = SHORT_DECADE.matcher(p)).matches()) {
      return Optional.of(Timex.decade(century(Integer.parseInt(m.group("yy")), ref)));
    }
    if ((m = SPELLED_DECADE.matcher(p)).matches()) {
      int tens = java.util.List.of("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties").indexOf(m.group("d")) + 2;
      return Optional.of(Timex.decade(century(tens * 10, ref)));
    }
    if ((m = SEASON.matcher(p)).matches()) {
      String code = Lexicon.season(m.group("s")).orElseThrow();
      if (m.group("y") != null) {
        return Optional.of(m.group("y") + "-" + code);
      }
      Modifier mod = modifier(m.group("mod"));
      return Optional.of(ref.date().map(d -> Timex.season(Placement.seasonYear(d, code, ref.tense(), mod), code))
          .orElse("XXXX-" + code));
    }
    return Optional.empty();
  }

  private static String weekday(Matcher m, Reference ref) {
    int wd = Lexicon.weekday(m.group("wd")).orElseThrow();
    String part = m.group("part") == null ? "" : "T" + Lexicon.partOfDay(m.group("part")).orElseThrow();
    String mod = m.pattern() == WEEKDAY ? m.group("mod") : null;
    return ref.date().map(d -> Timex.day(Placement.weekday(d, wd, ref.tense(), modifier(mod))))
        .orElse("XXXX-WXX-" + wd) + part;
  }

  private static Optional<String> monthDay(Matcher m, Reference ref) {
    int mon = month(m);
    int day = Integer.parseInt(m.group("d"));
    if (day < 1 || day > 31) {
      return Optional.empty();
    }
    String part = m.pattern() == MONTH_DAY && m.group("part") != null
        ? "T" + Lexicon.partOfDay(m.group("part")).orElseThrow() : "";
    if (m.group("y") != null) {
      int year = Integer.parseInt(m.group("y"));
      return Optional.of(Timex.month(year, mon) + "-" + two(day) + part);
    }
    // "last Oct. 23" is the one before the article's date, "next Jan. 5" the one after (issue 6)
    Modifier mod = m.pattern() == MONTH_DAY ? modifier(m.group("mod")) : Modifier.NONE;
    return Optional.of(ref.date().map(d -> Timex.day(mod == Modifier.LAST || mod == Modifier.NEXT
            ? Placement.monthDay(d, mon, day, mod) : Placement.monthDay(d, mon, day, ref.tense())))
        .orElse("XXXX-" + two(mon) + "-" + two(day)) + part);
  }

  /** The full year of a two-digit one: the latest not more than ten years after the article's. */
  private static int century(int yy, Reference ref) {
    int now = ref.date().map(LocalDate::getYear).orElse(2000);
    int year = now - now % 100 + yy;
    return year > now + 10 ? year - 100 : year;
  }

  private static int month(Matcher m) {
    return Lexicon.month(m.group("mon")).orElseThrow();
  }

  static Modifier modifier(String word) {
    if (word == null) {
      return Modifier.NONE;
    }
    return switch (word) {
      case "last", "past", "previous" -> Modifier.LAST;
      case "next", "coming", "following" -> Modifier.NEXT;
      default -> Modifier.THIS;
    };
  }

  static int shift(String word) {
    return switch (modifier(word)) {
      case LAST -> -1;
      case NEXT -> 1;
      default -> 0;
    };
  }

  static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
