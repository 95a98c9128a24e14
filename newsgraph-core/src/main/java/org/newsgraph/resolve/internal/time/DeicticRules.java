package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expressions that point from the article's date: "today", "last night", "this week", "last year",
 * "two years ago", "now", "recently".
 */
final class DeicticRules {

  private static final Pattern DAY = Patterns.of("(?<d>today|tonight|yesterday|tomorrow)(?: (?<part>{PART}))?");
  /** "mid-afternoon yesterday", "this moment": the part of the day written first; the present moment. */
  private static final Pattern PART_BEFORE_DAY = Patterns.of("(?<part>{PART}) (?<d>today|yesterday|tomorrow)");
  private static final Pattern THIS_MOMENT = Patterns.of("this (?:[a-z]+ )?moment");
  private static final Pattern PART_OF_TODAY = Patterns.of("(?<mod>this|last|tomorrow|yesterday) (?<part>{PART})");
  private static final Pattern UNIT = Patterns.of(
      "(?<mod>this|last|next|past|coming|previous|current|following) (?<u>week|weekend|month|quarter|year|decade|century)");
  private static final Pattern AGO = Patterns.of("(?<n>{NUM}|several|a few|few|some|many) (?<u>{UNIT}) (?<dir>ago|earlier|before|from now|hence)");
  private static final Pattern AGO_UNIT = Patterns.of("(?<u>year|month|week|day) (?<dir>ago|earlier)");
  /** "years ago", "many, many years ago": some time back, no day of it (issue 6). */
  private static final Pattern AGO_BARE = Patterns.of("(?:many )?(?:days|weeks|months|years|decades|centuries) ago");

  /**
   * "in future quarters", "future years": times to come, not a length (issue 6: TimeBank FUTURE_REF);
   * also what {@link Extents} finds of them.
   */
  static final String FUTURE_UNIT_WORDS = "future (?:days|weeks|months|quarters|years|decades)";
  private static final Pattern FUTURE_UNITS = Patterns.of(FUTURE_UNIT_WORDS);

  /** "the eighth day" of a strike, "the second straight day": an ordinal day of something going on. */
  private static final Pattern NTH_DAY = Patterns.of("(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
      + "|tenth|\\d{1,3}(?:st|nd|rd|th))(?: straight| consecutive| successive)? day");

  private static final Map<String, String> REFERENCES = Map.ofEntries(
      Map.entry("now", Timex.PRESENT), Map.entry("right now", Timex.PRESENT), Map.entry("currently", Timex.PRESENT),
      Map.entry("current", Timex.PRESENT), Map.entry("at present", Timex.PRESENT), Map.entry("presently", Timex.PRESENT),
      Map.entry("these days", Timex.PRESENT), Map.entry("nowadays", Timex.PRESENT), Map.entry("present", Timex.PRESENT),
      Map.entry("then current", Timex.PAST),
      Map.entry("recently", Timex.PAST), Map.entry("recent", Timex.PAST), Map.entry("lately", Timex.PAST),
      Map.entry("past", Timex.PAST), Map.entry("the past", Timex.PAST), Map.entry("recent years", Timex.PAST),
      Map.entry("earlier", Timex.PAST), Map.entry("formerly", Timex.PAST),
      Map.entry("future", Timex.FUTURE), Map.entry("the future", Timex.FUTURE), Map.entry("soon", Timex.FUTURE),
      Map.entry("near future", Timex.FUTURE), Map.entry("the near future", Timex.FUTURE),
      Map.entry("foreseeable future", Timex.FUTURE), Map.entry("the foreseeable future", Timex.FUTURE),
      Map.entry("near term", Timex.FUTURE), Map.entry("the near term", Timex.FUTURE),
      Map.entry("short term", Timex.FUTURE), Map.entry("the short term", Timex.FUTURE),
      Map.entry("a later date", Timex.FUTURE));

  private DeicticRules() {}

  static Optional<String> value(String p, Reference ref) {
    String named = REFERENCES.get(p);
    if (named != null) {
      return Optional.of(named);
    }
    Matcher m;
    if (THIS_MOMENT.matcher(p).matches()) {
      return Optional.of(Timex.PRESENT);
    }
    if (FUTURE_UNITS.matcher(p).matches()) {
      return Optional.of(Timex.FUTURE);
    }
    if ((m = DAY.matcher(p)).matches() || (m = PART_BEFORE_DAY.matcher(p)).matches()) {
      int shift = switch (m.group("d")) {
        case "yesterday" -> -1;
        case "tomorrow" -> 1;
        default -> 0;
      };
      String part = m.group("d").equals("tonight") ? "TNI" : part(m.group("part"));
      return Optional.of(day(ref, d -> d.plusDays(shift)) + part);
    }
    if ((m = PART_OF_TODAY.matcher(p)).matches()) {
      String mod = m.group("mod");
      int shift = mod.equals("last") || mod.equals("yesterday") ? -1 : mod.equals("tomorrow") ? 1 : 0;
      return Optional.of(day(ref, d -> d.plusDays(shift)) + part(m.group("part")));
    }
    if (NTH_DAY.matcher(p).matches() && ref.tense() == Tense.PRESENT) {
      // "today is the eighth day of the blockade", "it is the second day of an offensive" (issue 6)
      return Optional.of(day(ref, d -> d));
    }
    if (p.equals("year end")) {
      // "by year-end", "around year end", "by year's end": the end of this year; "since year-end" the
      // last one (issue 6: the edge goes, as for "the end of the month")
      return Optional.of(unit("year", ref.tense() == Tense.PAST ? -1 : 0, ref));
    }
    if (p.equals("weekend")) {
      return Optional.of(unit("weekend", ref.tense() == Tense.FUTURE ? 1 : 0, ref));
    }
    if (p.equals("this weekend") && ref.date().isPresent() && ref.tense() != Tense.PAST) {
      return Optional.of(comingWeekend(ref.date().get(), ref.tense() == Tense.FUTURE));
    }
    if ((m = UNIT.matcher(p)).matches()) {
      if (m.group("mod").equals("past") && (m.group("u").equals("decade") || m.group("u").equals("century"))) {
        // "over the past decade" is the ten years up to now (P10Y), not the 1980s; "the last decade" names them
        return Lexicon.unit(m.group("u")).map(u -> u.duration(1));
      }
      return Optional.of(unit(m.group("u"), CalendarRules.shift(m.group("mod")), ref));
    }
    if ((m = AGO.matcher(p)).matches()) {
      return ago(m.group("n"), m.group("u"), m.group("dir"), ref);
    }
    if (AGO_BARE.matcher(p).matches()) {
      return Optional.of(Timex.PAST);
    }
    if ((m = AGO_UNIT.matcher(p)).matches()) {
      return ago("1", m.group("u"), m.group("dir"), ref);
    }
    return Optional.empty();
  }

  /** The week, month, quarter or year {@code shift} units from the article's date, or its X form. */
  static String unit(String unit, int shift, Reference ref) {
    if (ref.date().isEmpty()) {
      return switch (unit) {
        case "week" -> Timex.UNKNOWN_WEEK;
        case "weekend" -> Timex.UNKNOWN_WEEK + "-WE";
        case "month" -> Timex.UNKNOWN_MONTH;
        case "quarter" -> "XXXX-QX";
        case "decade" -> "XXX";
        case "century" -> "XX";
        default -> Timex.UNKNOWN_YEAR;
      };
    }
    LocalDate d = ref.date().get();
    return switch (unit) {
      case "week" -> Timex.week(d.plusWeeks(shift));
      case "weekend" -> weekend(d, shift);
      case "month" -> Timex.month(d.plusMonths(shift));
      case "quarter" -> {
        LocalDate q = d.plusMonths(3L * shift);
        yield Timex.quarter(q.getYear(), Timex.quarterOf(q));
      }
      case "decade" -> Timex.decade(d.getYear() + 10 * shift);
      case "century" -> Timex.year(d.getYear() + 100 * shift).substring(0, 2);
      default -> Timex.year(d.getYear() + shift);
    };
  }

  /**
   * "The weekend" in news is the one just past, or under way; "next weekend" the one to come; "last
   * weekend" written on a weekday the one just past (issue 6: on a Wednesday, "last weekend" and "this
   * past weekend" are the same days), written at a weekend the one before.
   */
  private static String weekend(LocalDate d, int shift) {
    LocalDate saturday = d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
    if (shift > 0) {
      saturday = d.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
    } else if (shift < 0 && atWeekend(d)) {
      saturday = saturday.minusWeeks(1);
    }
    return Timex.week(saturday) + "-WE";
  }

  /**
   * "will travel this weekend" written on a Tuesday: the weekend ahead, or the one under way. Without
   * a tense, the nearer one: on a Monday "a panel discussion this weekend" was the day before.
   */
  private static String comingWeekend(LocalDate d, boolean ahead) {
    LocalDate last = d.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.SATURDAY));
    LocalDate next = d.with(java.time.temporal.TemporalAdjusters.next(java.time.DayOfWeek.SATURDAY));
    boolean nearerPast = d.toEpochDay() - last.plusDays(1).toEpochDay() < next.toEpochDay() - d.toEpochDay();
    LocalDate saturday = atWeekend(d) || (!ahead && nearerPast) ? last : next;
    return Timex.week(saturday) + "-WE";
  }

  private static boolean atWeekend(LocalDate d) {
    return d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY;
  }

  private static Optional<String> ago(String count, String unitWord, String dir, Reference ref) {
    Optional<Unit> unit = Lexicon.unit(unitWord);
    OptionalInt n = Lexicon.number(count.equals("a") || count.equals("an") ? "1" : count);
    boolean back = dir.equals("ago") || dir.equals("earlier") || dir.equals("before");
    if (unit.isEmpty() || unit.get().compareTo(Unit.DAY) < 0) {
      return Optional.empty(); // "an hour ago": the engine's time of day is as good as ours
    }
    if (!dir.equals("ago") && back && unit.get() == Unit.DAY) {
      // "a day earlier", "three days before": days counted from the story's time, not the article's;
      // TimeBank writes their length, as for "three days later" (issue 6)
      return Optional.of(n.isEmpty() ? unit.get().vagueDuration() : unit.get().duration(n.getAsInt()));
    }
    if (n.isEmpty()) {
      return Optional.of(back ? Timex.PAST : Timex.FUTURE);
    }
    int k = back ? -n.getAsInt() : n.getAsInt();
    return Optional.of(switch (unit.get()) {
      case DAY -> day(ref, d -> d.plusDays(k));
      case WEEK -> ref.date().map(d -> Timex.week(d.plusWeeks(k))).orElse(Timex.UNKNOWN_WEEK);
      case MONTH -> ref.date().map(d -> Timex.month(d.plusMonths(k))).orElse(Timex.UNKNOWN_MONTH);
      case YEAR -> ref.date().map(d -> Timex.year(d.getYear() + k)).orElse(Timex.UNKNOWN_YEAR);
      case DECADE -> ref.date().map(d -> Timex.year(d.getYear() + 10 * k)).orElse(Timex.UNKNOWN_YEAR);
      default -> ref.date().map(d -> Timex.year(d.getYear() + k)).orElse(Timex.UNKNOWN_YEAR);
    });
  }

  private static String day(Reference ref, Function<LocalDate, LocalDate> move) {
    return ref.date().map(move).map(Timex::day).orElse(Timex.UNKNOWN_DAY);
  }

  private static String part(String word) {
    return word == null ? "" : "T" + Lexicon.partOfDay(word).orElseThrow();
  }
}
