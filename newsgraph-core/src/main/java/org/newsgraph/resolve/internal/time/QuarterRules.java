package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quarters and halves: "the third quarter", "fiscal 1989's second quarter", "the first half", and
 * the business-news references to the quarter being reported: "the quarter", "the latest period",
 * "a year earlier", "the year-ago quarter".
 *
 * <p>Earnings news reports the quarter that ended before the article: in October "the quarter" is
 * the third, unless the report has named the quarter it is about (its fiscal fourth quarter, "the
 * quarter ended Aug. 26"; {@link Reference#storyQuarter()}). In an article that speaks of quarters,
 * "a year earlier" is that quarter a year before (TimeBank annotates it so).
 */
public final class QuarterRules {

  /** How business news describes a quarter without changing which one it is: "a flat second quarter". */
  private static final String QUALITY = "(?:(?:flat|strong|weak|solid|record|disappointing|difficult|tough|sluggish|slow"
      + "|busy|lackluster|poor|good|bad|dismal|robust|profitable|seasonal|traditional|usual|typical) )?";
  /** "the first quarter of next year", "the second half of this year", "the first quarter of the year". */
  private static final String OF_YEAR = "(?: of (?<mod2>last|next|this|the) year)?";
  private static final Pattern NAMED = Patterns.of("(?:(?<y>\\d{4}) )?(?:(?<mod>last|next|this) year )?" + QUALITY
      + "(?:fiscal )?(?<q>{ORD}) (?:fiscal )?(?:quarters?|qtr)(?: (?:of )?(?:fiscal )?(?<y2>\\d{4}))?" + OF_YEAR);
  private static final Pattern HALF = Patterns.of("(?:(?<y>\\d{4}) )?(?:(?<mod>last|next|this) year )?"
      + "(?<h>first|second|last) (?:half|halves)(?: (?:of )?(?<y2>\\d{4}))?" + OF_YEAR);
  /** "the first two quarters of 1990": a half of a year written as its quarters (TimeML: 1990-H1). */
  private static final Pattern TWO_QUARTERS = Patterns.of("(?<h>first|last|final|second) two quarters (?:of )?(?<y>\\d{4})");
  private static final Pattern REPORTED = Patterns.of("(?:latest|most recent|recent|same|comparable"
      + "|just ended|reporting) (?:quarter|period)|quarter|period");
  private static final Pattern YEAR_BEFORE = Patterns.of("(?:comparable |corresponding |same )?(?:a )?year (?:ago|earlier)"
      + "(?: (?<q>{ORD}))?(?: (?:quarter|period|results))?|(?:quarter|period) (?:a year ago|last year)"
      + "|(?:corresponding|comparable|same) (?:quarter|period) (?:a year ago|last year)|last year quarter");
  private static final Pattern YEAR_PERIOD = Patterns.of("(?<y>\\d{4}) (?:quarter|period)");

  private static final Pattern BARE_ORDINAL = Patterns.of("(?:the )?(?<q>{ORD})");
  private static final Pattern NEXT_ORDINAL = Pattern.compile("(?i)^\\s*,?\\s+(?:and|or)\\s+(?:the\\s+)?"
      + Patterns.ORD + "\\s+(?<fiscal>fiscal\\s+)?(?<noun>quarters|halves)\\b(?<of>\\s+of\\s+(?:\\d{4}|(?:this|last|next)\\s+year))?");

  /** "the quarter" and the date it ended on, written right after it: "the quarter ended July 31". */
  private static final Pattern THE_QUARTER = Patterns.of("(?:latest |most recent |fiscal )?quarter");
  private static final Pattern ENDED_ON = Pattern.compile("^,?\\s+(?:ended|ending)\\s+(?<mon>[A-Za-z]{3,9})\\.?\\s+"
      + "(?<d>\\d{1,2})\\b");
  /** Days back from a quarter's last day to a day well inside it. */
  private static final int INTO_QUARTER_DAYS = 45;

  private QuarterRules() {}

  /**
   * The calendar quarter of "the quarter ended July 31" (issue 6): a fiscal quarter ending on July 31
   * is mostly May to July, the second calendar quarter. The phrase ends at offset {@code end} of {@code text}.
   */
  public static Optional<String> ended(Phrase phrase, String text, int end, Reference ref) {
    Matcher ended = ENDED_ON.matcher(text).region(end, text.length());
    if (!THE_QUARTER.matcher(Normaliser.core(phrase.normal())).matches() || !ended.find() || ref.date().isEmpty()) {
      return Optional.empty();
    }
    java.util.OptionalInt month = Lexicon.month(ended.group("mon").toLowerCase(java.util.Locale.ROOT));
    int day = Integer.parseInt(ended.group("d"));
    if (month.isEmpty() || day < 1 || day > 31) {
      return Optional.empty();
    }
    LocalDate last = Placement.monthDay(ref.date().get(), month.getAsInt(), day, Tense.PAST);
    LocalDate inside = last.minusDays(INTO_QUARTER_DAYS);
    return Optional.of(Timex.quarter(inside.getYear(), Timex.quarterOf(inside)));
  }

  /**
   * The value of a bare ordinal that shares the noun of the ordinal after it ("the second" in "the
   * second and fourth quarters of 1990"): the ordinal with that noun and what follows it. The ordinal
   * ends at offset {@code end} of {@code text}; empty when no such noun follows.
   */
  public static Optional<String> sharedNoun(Phrase phrase, String text, int end, Reference ref) {
    Matcher own = BARE_ORDINAL.matcher(phrase.normal());
    Matcher next = NEXT_ORDINAL.matcher(text).region(end, text.length());
    if (!own.matches() || !next.lookingAt()) {
      return Optional.empty();
    }
    String noun = next.group("noun").toLowerCase(java.util.Locale.ROOT).startsWith("hal") ? "half" : "quarter";
    String of = next.group("of") == null ? "" : " " + Phrase.of(next.group("of")).normal();
    return value(own.group("q") + " " + (next.group("fiscal") == null ? "" : "fiscal ") + noun + of, ref);
  }

  static Optional<String> value(String p, Reference ref) {
    Matcher m;
    if ((m = NAMED.matcher(p)).matches()) {
      int q = Lexicon.ordinal(m.group("q")).orElseThrow();
      return Optional.of(year(m, ref, d -> Placement.quarterYear(d, q, ref.tense())) + "-Q" + q);
    }
    if ((m = TWO_QUARTERS.matcher(p)).matches()) {
      return Optional.of(m.group("y") + (m.group("h").equals("first") ? "-H1" : "-H2"));
    }
    if ((m = HALF.matcher(p)).matches()) {
      int h = m.group("h").equals("first") ? 1 : 2;
      return Optional.of(year(m, ref, d -> h == 1 || d.getMonthValue() > 6 ? d.getYear() : d.getYear() - 1) + "-H" + h);
    }
    if (!ref.quarterly()) {
      return Optional.empty();
    }
    if ((m = REPORTED.matcher(p)).matches() || p.equals("this quarter")) {
      return Optional.of(reported(ref, 0, Optional.empty()));
    }
    if ((m = YEAR_BEFORE.matcher(p)).matches()) {
      Optional<Integer> q = Optional.ofNullable(m.group("q")).map(w -> Lexicon.ordinal(w).orElseThrow());
      return Optional.of(reported(ref, -1, q));
    }
    if ((m = YEAR_PERIOD.matcher(p)).matches()) {
      // "for the nine months ... in the 1988 period": that year's months; after "the fiscal first
      // quarter", "the 1988 period" is 1988's first quarter
      Optional<String> story = ref.storyPeriod();
      if (story.isPresent()) {
        return Optional.of(m.group("y") + story.get().substring(4));
      }
      LocalDate d = reportedQuarterStart(ref.date().orElse(LocalDate.of(2000, 1, 1)));
      return Optional.of(m.group("y") + "-Q" + Timex.quarterOf(d));
    }
    return Optional.empty();
  }

  private static String year(Matcher m, Reference ref, java.util.function.ToIntFunction<LocalDate> placed) {
    String explicit = m.group("y") != null ? m.group("y") : m.group("y2");
    if (explicit != null) {
      return explicit;
    }
    String mod = m.group("mod") != null ? m.group("mod") : m.group("mod2");
    // "the third quarter of the year" says no more than "the third quarter": placed the same way
    if (mod != null && !mod.equals("the")) {
      return ref.date().map(d -> Timex.year(d.getYear() + CalendarRules.shift(mod))).orElse(Timex.UNKNOWN_YEAR);
    }
    return ref.date().map(d -> Timex.year(placed.applyAsInt(d))).orElse(Timex.UNKNOWN_YEAR);
  }

  /** The reported quarter, {@code years} years on, or quarter {@code q} of that year. */
  private static String reported(Reference ref, int years, Optional<Integer> q) {
    if (ref.date().isEmpty()) {
      return "XXXX-Q" + q.map(String::valueOf).orElse("X");
    }
    Optional<String> story = ref.storyPeriod().filter(p -> years != 0 || p.contains("-Q"));
    if (q.isEmpty() && story.isPresent()) {
      // the period the report is telling of: "fourth-quarter profit ... a year earlier" in a fiscal year
      // is the fourth quarter a year back; "for the nine months, net rose ... from $4 a year earlier"
      // the year before (issue 6: story time)
      String named = story.get();
      int year = Integer.parseInt(named.substring(0, 4)) + years;
      return named.contains("-Q") ? Timex.quarter(year, named.charAt(6) - '0') : Timex.year(year);
    }
    LocalDate start = reportedQuarterStart(ref.date().get()).plusYears(years);
    return Timex.quarter(start.getYear(), q.orElse(Timex.quarterOf(start)));
  }

  /** The first day of the quarter before the one {@code date} falls in. */
  private static LocalDate reportedQuarterStart(LocalDate date) {
    LocalDate previous = date.minusMonths(3);
    return LocalDate.of(previous.getYear(), (Timex.quarterOf(previous) - 1) * 3 + 1, 1);
  }
}
