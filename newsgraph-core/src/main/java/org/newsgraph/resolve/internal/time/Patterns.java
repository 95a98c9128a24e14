package org.newsgraph.resolve.internal.time;

import java.util.regex.Pattern;

/**
 * Regular expressions over a {@link Phrase}'s normal form, written with named word classes:
 * {@code {WD}} a weekday, {@code {MON}} a month, {@code {NUM}} a count, {@code {UNIT}} a unit of
 * time (singular or plural), {@code {SEASON}}, {@code {PART}} a part of the day, {@code {ORD}} an
 * ordinal up to fourth.
 */
final class Patterns {

  static final String WD = "(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
      + "|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)";
  static final String MON = "(?:january|february|march|april|may|june|july|august|september|october"
      + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
  static final String NUM = "(?:\\d+(?:\\.\\d+)?|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
      + "|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty"
      + "|fifty|sixty|seventy|eighty|ninety|hundred|dozen|(?:twenty|thirty|forty|fifty|sixty|seventy"
      + "|eighty|ninety)-(?:one|two|three|four|five|six|seven|eight|nine))";
  static final String UNIT = "(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|quarters?"
      + "|years?|yrs?|decades?|century|centuries)";
  static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
  static final String PART = "(?:morning|afternoon|evening|night|overnight)";
  static final String ORD = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";

  private Patterns() {}

  /** The whole-phrase pattern of {@code template}, its word classes filled in. */
  static Pattern of(String template) {
    String regex = template.replace("{WD}", WD).replace("{MON}", MON).replace("{NUM}", NUM)
        .replace("{UNIT}", UNIT).replace("{SEASON}", SEASON).replace("{PART}", PART).replace("{ORD}", ORD);
    return Pattern.compile("^" + regex + "$");
  }
}
