package org.newsgraph.resolve.internal.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.analyse.Analysis;

/**
 * An engine candidate widened to the words the engine left out around it (issue 6): the count of a
 * bare unit ("two more weeks"), a half after it ("a minute and a half"), the day after a month ("last
 * Oct." then "23"), the zone after a 24-hour time ("0735 GMT"), "fiscal" before a year and "the ...
 * period" around one.
 */
final class Widening {

  /** A bare unit the engine found without its count: "years" in "2 1/2 years", "20 more years". */
  private static final Pattern BARE_UNIT = Pattern.compile("(?i)(?:seconds|minutes|hours|days|weeks|months|years"
      + "|decades)");
  /** A counted unit that "and a half" may follow: "a minute", "two hours". */
  private static final Pattern HALF_AFTER = Pattern.compile("(?i)\\b(?:second|minute|hour|day|week|month|year)s?$");
  /** The count written before a bare unit, at the end of the text before it. */
  private static final Pattern COUNT_BEFORE = Pattern.compile("(?i)\\b(?:\\d+(?: 1/2)?|(?:a )?couple of|" + Patterns.NUM
      .substring(3, Patterns.NUM.length() - 1) + ")(?:\\s(?:more|additional|full|straight|consecutive|trading|business))?\\s+$");

  /** "these days": the present, not an unknown number of days (issue 6). */
  private static final Pattern THESE_BEFORE = Pattern.compile("(?i)\\bthese\\s+$");
  /** "the then current market price": the present of a past time, not the article's (issue 6). */
  private static final Pattern THEN_BEFORE = Pattern.compile("(?i)\\bthen[\\s-]$");

  /** A month the engine ended before its day: "last Oct." then " 23". */
  private static final Pattern MONTH_LAST = Pattern.compile("(?i)\\b" + Patterns.MON + "\\.?$");
  /** The day of the month right after it (not a count or an amount), with its year if written. */
  private static final Pattern DAY_AFTER = Pattern.compile(
      " (?<d>\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:%|percent|[.,]\\d|-))(?:, (?:19|20)\\d\\d\\b)?");
  /** A year with the words that make it a fiscal year or an earnings period: "fiscal 1989", "the 1988 period". */
  private static final Pattern FISCAL_BEFORE = Pattern.compile("(?i)\\bfiscal\\s+$");
  private static final Pattern PERIOD_AROUND = Pattern.compile("(?i)\\bthe\\s+$");
  private static final Pattern PERIOD_AFTER = Pattern.compile("(?i)\\s+period\\b");
  /** A time zone after a 24-hour time: "(0735 GMT)" is a time of day, not the year 735. */
  private static final Pattern ZONE_AFTER = Pattern.compile("\\s+(?:GMT|UTC|EDT|EST|CDT|CST|PDT|PST)\\b");

  /** A part of the day written before the day: "mid-afternoon yesterday", "late morning Tuesday". */
  private static final Pattern PART_BEFORE = Pattern.compile("(?i)\\b(?:(?:mid|early|late)[- ])?(?:morning|afternoon"
      + "|evening)\\s+$");
  private static final Pattern DAY_WORD = Pattern.compile("(?i)(?:yesterday|today|tomorrow|" + Patterns.WD + ")");

  /** "Following Monday's debate": before a possessive, "following" is a preposition, not "the next". */
  private static final Pattern FOLLOWING = Pattern.compile("(?i)^(?:following|after|before)\\s+");

  /** "the comparable year-ago" before a bare "quarter" the engine found: one expression with it. */
  private static final Pattern YEAR_AGO_BEFORE = Pattern.compile("(?i)\\b(?:the\\s+)?(?:(?:comparable|corresponding|same)\\s+)?"
      + "year-(?:ago|earlier)\\s+$");

  /** A holiday with "week" after it: "as Easter week began" is that week, not the day. */
  private static final Pattern HOLIDAY_NAME = Pattern.compile("Easter|Christmas|Thanksgiving");
  private static final Pattern WEEK_AFTER = Pattern.compile("\\s+week\\b(?!-)");

  private Widening() {}

  /** {@code c} with the words around it that belong to it; {@code c} itself when there are none. */
  static Candidate of(Analysis analysis, String text, Candidate c) {
    return widened(analysis, text, counted(analysis, text, prepositionCut(analysis, text, c)));
  }

  /** The candidate without a preposition the engine read as a modifier: "Following Monday" + "'s debate". */
  private static Candidate prepositionCut(Analysis analysis, String text, Candidate c) {
    Matcher lead = FOLLOWING.matcher(text.substring(c.start(), c.end()));
    if (!lead.find() || !Extents.POSSESSIVE_AFTER.matcher(text).region(c.end(), text.length()).find()
        || c.start() + lead.end() >= c.end()) {
      return c;
    }
    int start = c.start() + lead.end();
    return new Candidate(start, c.end(), Extents.indexOf(analysis, start), c.endToken(), Optional.empty());
  }

  /**
   * A unit with the count before it or the half after it that the engine left out: "two more weeks",
   * "5 1/2 hours", "a minute and a half" (issue 6: the count is the value, "weeks" alone would be
   * PXW); "days" after "these" (the present); "current" after "then" (a past present). Otherwise the
   * candidate.
   */
  private static Candidate counted(Analysis analysis, String text, Candidate c) {
    String s = text.substring(c.start(), c.end());
    Matcher then = THEN_BEFORE.matcher(text.substring(Math.max(0, c.start() - 5), c.start()));
    if (s.equalsIgnoreCase("current") && then.find()) {
      int start = c.start() - (Math.min(5, c.start()) - then.start());
      return new Candidate(start, c.end(), Extents.indexOf(analysis, start), c.endToken(), Optional.empty());
    }
    if (HALF_AFTER.matcher(s).find() && text.startsWith(" and a half", c.end())) {
      int end = c.end() + " and a half".length();
      return new Candidate(c.start(), end, c.firstToken(), Extents.indexOf(analysis, end - 1) + 1, Optional.empty());
    }
    if (!BARE_UNIT.matcher(s).matches()) {
      return c;
    }
    Matcher m = COUNT_BEFORE.matcher(text.substring(Math.max(0, c.start() - 24), c.start()));
    if (!m.find()) {
      m = THESE_BEFORE.matcher(text.substring(Math.max(0, c.start() - 8), c.start()));
      if (!s.equalsIgnoreCase("days") || !m.find()) {
        return c;
      }
    }
    int start = c.start() - (m.end() - m.start());
    return new Candidate(start, c.end(), Extents.indexOf(analysis, start), c.endToken(), Optional.empty());
  }

  /**
   * The candidate with the words the engine left out around it: the day after a month ("last Oct."
   * then "23"), the zone after a 24-hour time ("0735 GMT"), "fiscal" before a year, "the ... period"
   * around one (issue 6). Otherwise the candidate.
   */
  private static Candidate widened(Analysis analysis, String text, Candidate c) {
    String s = text.substring(c.start(), c.end());
    Matcher day = DAY_AFTER.matcher(text).region(c.end(), text.length());
    String[] words = s.split("\\s+");
    if (MONTH_LAST.matcher(s).find() && Character.isUpperCase(words[words.length - 1].charAt(0)) && day.lookingAt()
        && Integer.parseInt(day.group("d")) >= 1 && Integer.parseInt(day.group("d")) <= 31) {
      return new Candidate(c.start(), day.end(), c.firstToken(), Extents.indexOf(analysis, day.end() - 1) + 1, Optional.empty());
    }
    Matcher part = PART_BEFORE.matcher(text.substring(Math.max(0, c.start() - 20), c.start()));
    if (DAY_WORD.matcher(s).matches() && part.find()) {
      int start = c.start() - (Math.min(20, c.start()) - part.start());
      return new Candidate(start, c.end(), Extents.indexOf(analysis, start), c.endToken(), Optional.empty());
    }
    Matcher week = WEEK_AFTER.matcher(text).region(c.end(), text.length());
    if (HOLIDAY_NAME.matcher(s).matches() && week.lookingAt()) {
      return new Candidate(c.start(), week.end(), c.firstToken(), Extents.indexOf(analysis, week.end() - 1) + 1,
          Optional.empty());
    }
    Matcher yearAgo = YEAR_AGO_BEFORE.matcher(text.substring(Math.max(0, c.start() - 40), c.start()));
    if (s.matches("(?i)quarter|period") && yearAgo.find()) {
      int start = c.start() - (Math.min(40, c.start()) - yearAgo.start());
      return new Candidate(start, c.end(), Extents.indexOf(analysis, start), c.endToken(), Optional.empty());
    }
    Matcher zone = ZONE_AFTER.matcher(text).region(c.end(), text.length());
    if (s.matches("(?:[01]\\d|2[0-3])[0-5]\\d") && zone.lookingAt()) {
      return new Candidate(c.start(), zone.end(), c.firstToken(), Extents.indexOf(analysis, zone.end() - 1) + 1, Optional.empty());
    }
    if (!s.matches("(?:19|20)\\d\\d")) {
      return c;
    }
    String before = text.substring(Math.max(0, c.start() - 12), c.start());
    Matcher fiscal = FISCAL_BEFORE.matcher(before);
    if (fiscal.find()) {
      int start = c.start() - (before.length() - fiscal.start());
      return new Candidate(start, c.end(), Extents.indexOf(analysis, start), c.endToken(), c.engineValue());
    }
    Matcher the = PERIOD_AROUND.matcher(before);
    Matcher period = PERIOD_AFTER.matcher(text).region(c.end(), text.length());
    if (the.find() && period.lookingAt()) {
      int start = c.start() - (before.length() - the.start());
      return new Candidate(start, period.end(), Extents.indexOf(analysis, start), Extents.indexOf(analysis, period.end() - 1) + 1,
          Optional.empty());
    }
    return c;
  }
}
