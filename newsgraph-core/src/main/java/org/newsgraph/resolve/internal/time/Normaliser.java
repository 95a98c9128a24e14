package org.newsgraph.resolve.internal.time;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TIMEX3 value of a time expression's words against a {@link Reference}, by newsgraph's rules;
 * empty when no rule knows the expression (the caller then keeps the engine's value).
 *
 * <p>The words are first brought to a core: leading prepositions, "the", hedges ("about", "more
 * than") and edges ("early", "the end of") go, as they do not change a TIMEX3 value; "this past"
 * is "last" and "this coming" is "next". Stateless.
 */
public final class Normaliser {

  /** Words before a time that do not change its value; longest first, so "at least" wins over "at". */
  private static final List<String> LEADING_WORDS = List.of("on", "in", "at", "by", "since", "until", "till",
      "through", "throughout", "during", "for", "from", "of", "within", "over", "before", "after", "into", "as of",
      "as early as", "as soon as", "as late as", "starting", "beginning", "the", "about", "around", "approximately",
      "roughly", "nearly", "almost", "more than", "less than", "fewer than", "under", "at least", "at most", "up to",
      "only", "just", "another", "an additional", "barely", "close to", "upwards of", "some", "the better part of",
      "as many as", "as much as", "as long as", "early", "mid", "late", "earlier", "later", "the end of", "end of",
      "the beginning of", "beginning of", "the start of", "start of", "the middle of", "middle of", "the rest of",
      "the remainder of", "all", "much of", "most of", "part of", "sometime", "some time", "post", "pre",
      "no more than", "no less than", "the night of", "the morning of", "the evening of", "the afternoon of",
      "the weekend of");
  private static final Pattern LEADING = Pattern.compile("^(?:(?:" + LEADING_WORDS.stream()
      .sorted(Comparator.comparingInt(String::length).reversed()).collect(Collectors.joining("|")) + ") )+");
  private static final Pattern CLOCK = Patterns.of(
      "(?:(?<before>.+?) (?:at )?)?(?<h>\\d{1,2})(?:[:.](?<min>\\d\\d))? ?(?<ap>am|pm|o'clock)"
      + "(?: (?:[a-z]{2,4}|local time))?(?: (?:on )?(?<after>.+))?");
  private static final Pattern NAMED_CLOCK = Patterns.of(
      "(?:(?<before>.+?) (?:at )?)?(?<h>noon|midnight)(?: (?:on )?(?<after>.+))?");
  /** A 24-hour time with its zone, as wire copy writes it after the local time: "0735 GMT". */
  private static final Pattern ZONED_CLOCK = Patterns.of(
      "(?:(?<before>.+?) )?(?<h>[01]\\d|2[0-3])(?<min>[0-5]\\d) (?:gmt|utc|edt|est|cdt|cst|pdt|pst)(?: (?:on )?(?<after>.+))?");
  private static final Pattern IN_THE_YEAR = Patterns.of(".*\\b(?:of|in|for|during|throughout|through|over|by) the year");
  private static final Pattern IN_THE_PART = Patterns.of("(?<h>\\d{1,2}) in the (?<part>morning|afternoon|evening)");

  /**
   * "an additional year", "another day": one more of the unit, which the count-less core would lose;
   * the words and the prepositions before them that {@link Extents} finds them after.
   */
  static final String ONE_MORE_PREPOSITIONS = "(?:for|in|within|after|by|over)";
  static final String ONE_MORE_WORDS = "(?:an additional|another|one more)";
  static final String ONE_MORE_UNITS = "(?:day|week|month|year)";
  private static final Pattern ONE_MORE = Patterns.of(
      "(?:" + ONE_MORE_PREPOSITIONS + " )?" + ONE_MORE_WORDS + " (?<u>" + ONE_MORE_UNITS + ")");

  private Normaliser() {}

  /** The value of {@code phrase} against {@code ref}, when a rule knows it. */
  public static Optional<String> value(Phrase phrase, Reference ref) {
    Matcher more = ONE_MORE.matcher(phrase.normal());
    if (more.matches()) {
      return Lexicon.unit(more.group("u")).map(u -> u.duration(1));
    }
    String p = core(phrase.normal());
    if (p.isEmpty()) {
      return Optional.empty();
    }
    if (p.equals("year")) {
      // "for the year", "earlier in the year": the year news is written in (issue 6); "the year ended
      // March 31" is a length, read before any rule; "2010, the year the court ruled" is 2010, and a
      // bare "year" ("a flat year") no time
      return IN_THE_YEAR.matcher(phrase.normal()).matches() ? Optional.of(DeicticRules.unit("year", 0, ref))
          : Optional.empty();
    }
    Optional<String> clock = clock(p, ref);
    if (clock.isPresent()) {
      return clock;
    }
    return plain(p, ref);
  }

  private static Optional<String> plain(String p, Reference ref) {
    return QuarterRules.value(p, ref)
        .or(() -> Holidays.value(p, ref))
        .or(() -> DeicticRules.value(p, ref))
        .or(() -> CalendarRules.value(p, ref))
        .or(() -> DurationRules.value(p))
        .or(() -> AnchoredRules.value(p, ref));
  }

  /** The words that decide the value: prepositions, hedges and edges dropped. */
  static String core(String normal) {
    String p = normal.replace("this past ", "last ").replace("this coming ", "next ");
    String stripped = LEADING.matcher(p).replaceFirst("");
    // "the past" and "earlier" alone are references, not a hedge before nothing
    return stripped.isEmpty() ? p.replaceFirst("^the ", "") : stripped;
  }

  /** "9 a.m. Tuesday", "4 p.m.", "noon Friday": the day's value and the time of day. */
  private static Optional<String> clock(String p, Reference ref) {
    Matcher m = CLOCK.matcher(p);
    String hhmm;
    if (m.matches()) {
      int h = Integer.parseInt(m.group("h"));
      int min = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
      if (h > 12 || min > 59) {
        return Optional.empty();
      }
      if ("pm".equals(m.group("ap")) && h < 12) {
        h += 12;
      } else if ("am".equals(m.group("ap")) && h == 12) {
        h = 0;
      }
      hhmm = two(h) + ":" + two(min);
    } else if ((m = ZONED_CLOCK.matcher(p)).matches()) {
      hhmm = m.group("h") + ":" + m.group("min");
    } else if ((m = NAMED_CLOCK.matcher(p)).matches()) {
      hhmm = m.group("h").equals("noon") ? "12:00" : "24:00";
    } else if ((m = IN_THE_PART.matcher(p)).matches()) {
      int h = Integer.parseInt(m.group("h")) + (m.group("part").equals("morning") ? 0 : 12);
      return Optional.of(DeicticRules.value("today", ref).orElseThrow() + "T" + two(h) + ":00");
    } else {
      return Optional.empty();
    }
    String dayWords = m.group("before") != null ? m.group("before") : m.group("after");
    Optional<String> day = dayWords == null ? DeicticRules.value("today", ref) : plain(core(dayWords), ref);
    String time = hhmm;
    return day.filter(v -> v.matches("(\\d{4}|XXXX)-(\\d\\d|XX|WXX)-(\\d\\d|XX|\\d)"))
        .map(v -> v + "T" + time);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
