package org.newsgraph.resolve.internal.time;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths of time and repetitions: "two weeks", "a month" (issue 6: a duration, not a date), "the
 * past 20 years", "years", "16-hour"; "daily", "every Monday", "twice a year".
 */
final class DurationRules {

  private static final String BEFORE = "(?:(?:past|last|next|first|coming|previous|following|final|initial"
      + "|latest|preceding|remaining|other|additional|more|further|entire|whole|full) )?";
  private static final String AFTER = "(?: (?:more|additional|full|straight|consecutive|long|running|trading|business))?";
  private static final Pattern COUNTED = Patterns.of(
      BEFORE + "(?<n>{NUM}|\\d+\\.\\d+|a couple of|couple of)(?<half> and a half| 1/2)?" + AFTER + " (?<u>{UNIT})(?<half2> and a half)?(?: (?:long|old|or so|or more|running|later|of (?:the|this|last|next) year|of \\d{4}))?");
  private static final Pattern VAGUE = Patterns.of(
      BEFORE + "(?:(?<n>several|a few|few|many|some|recent|numerous|the) )?"
      + "(?<u>seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)(?: long| old| later)?");
  /** A length written with no count or unit: "a fairly lengthy period" (TimeML: PXX). */
  static final String SPAN = "an? (?:(?:fairly|very|relatively|rather|quite) )?(?:long|short|brief|lengthy|extended"
      + "|indefinite|limited|prolonged|considerable) period(?: of time)?";
  /** A length nobody counted: "a while", "a fairly lengthy period" (TimeML: PXX). */
  static final String UNCOUNTED_WORDS = "a while|" + SPAN;
  /**
   * "day-long", "several-year": a unit as an adjective, one of it or some (issue 6: TimeBank P1D, PXY);
   * the units {@link Extents} finds with "-long" and "several-" before them.
   */
  static final String LONG_UNITS = "(?:hour|day|week|month|year)";
  static final String SEVERAL_UNITS = "(?:day|week|month|year)";
  private static final Pattern UNIT_LONG = Patterns.of("(?<u>" + LONG_UNITS + ") long");
  private static final Pattern SEVERAL_UNIT = Patterns.of("several (?<u>" + SEVERAL_UNITS + ")");
  private static final Pattern UNCOUNTED = Patterns.of(UNCOUNTED_WORDS);
  private static final Pattern EVERY = Patterns.of("(?:every|each|per|a|an) (?:(?<n>{NUM}) )?(?<u>{UNIT})");
  private static final Pattern EVERY_DAY = Patterns.of("(?:every|each) (?<wd>{WD})");
  /** "Tuesdays", "on Tuesday nights": a weekday in the plural recurs. */
  private static final Pattern PLURAL_DAY = Patterns.of("(?<wd>{WD})(?:s|(?: (?<part>{PART})s))");
  private static final Pattern TIMES_A = Patterns.of("(?:once|twice|\\w+ times) (?:a|an|per|every|each) (?<u>{UNIT})");
  private static final Map<String, String> SETS = Map.of(
      "daily", "P1D", "nightly", "P1D", "weekly", "P1W", "monthly", "P1M", "yearly", "P1Y",
      "hourly", "PT1H");

  private DurationRules() {}

  static Optional<String> value(String p) {
    String set = SETS.get(p);
    if (set != null) {
      return Optional.of(set);
    }
    if (UNCOUNTED.matcher(p).matches()) {
      return Optional.of("PXX");
    }
    Matcher m;
    if ((m = UNIT_LONG.matcher(p)).matches()) {
      return Lexicon.unit(m.group("u")).map(u -> u.duration(1));
    }
    if ((m = SEVERAL_UNIT.matcher(p)).matches()) {
      return Lexicon.unit(m.group("u")).map(Unit::vagueDuration);
    }
    if ((m = EVERY_DAY.matcher(p)).matches()) {
      return Optional.of("XXXX-WXX-" + Lexicon.weekday(m.group("wd")).orElseThrow());
    }
    if ((m = PLURAL_DAY.matcher(p)).matches()) {
      String part = m.group("part") == null ? "" : "T" + Lexicon.partOfDay(m.group("part")).orElseThrow();
      return Optional.of("XXXX-WXX-" + Lexicon.weekday(m.group("wd")).orElseThrow() + part);
    }
    if ((m = EVERY.matcher(p)).matches()) {
      int n = m.group("n") == null ? 1 : Lexicon.number(m.group("n")).orElse(1);
      return Lexicon.unit(m.group("u")).map(u -> u.duration(n));
    }
    if ((m = TIMES_A.matcher(p)).matches()) {
      return Lexicon.unit(m.group("u")).map(u -> u.duration(1));
    }
    if ((m = COUNTED.matcher(p)).matches()) {
      return counted(m);
    }
    if ((m = VAGUE.matcher(p)).matches()) {
      return Lexicon.unit(m.group("u")).map(Unit::vagueDuration);
    }
    return Optional.empty();
  }

  private static Optional<String> counted(Matcher m) {
    Optional<Unit> unit = Lexicon.unit(m.group("u"));
    String count = m.group("n");
    if (unit.isEmpty()) {
      return Optional.empty();
    }
    if (count.contains(".")) {
      return Optional.of(unit.get().duration(new java.math.BigDecimal(count)));
    }
    // "a couple of years" is two of them (TimeBank: P2Y), not a vague number
    OptionalInt n = count.endsWith("couple of") ? OptionalInt.of(2)
        : Lexicon.number(count.equals("a") || count.equals("an") ? "1" : count);
    if (n.isEmpty()) {
      return Optional.empty();
    }
    if (m.group("half") != null || m.group("half2") != null) {
      return Optional.of(unit.get().andAHalf(n.getAsInt()));
    }
    return Optional.of(unit.get().duration(n.getAsInt()));
  }
}
