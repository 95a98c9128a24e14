package org.newsgraph.resolve.internal.time;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The engine's value of an expression no rule of ours knows, cleaned into a TIMEX3 value. */
public final class EngineValues {

  private static final Pattern TIMEX = Pattern.compile(
      "^(?:\\d{4}|XXXX)(?:-(?:\\d\\d|XX|W\\d\\d|WXX|Q\\d|H\\d|SP|SU|FA|WI)(?:-(?:\\d\\d|XX|\\d|WE))?)?"
      + "(?:T[\\dA-Z:]+)?$|^P[\\dX.]+[YMWDQE]$|^PT[\\dX.]+[HMS]$|^(?:PRESENT|PAST|FUTURE)_REF$|^\\d{2,3}$");
  private static final Pattern LEADING_VALUE = Pattern.compile("^(\\S+) (?:INTERSECT|OFFSET).*");
  private static final Pattern VAGUE_DECADE = Pattern.compile("^(\\d{3})X$|^(\\d{2})XX$");
  private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}|'\\d\\d");

  private EngineValues() {}

  /**
   * The engine's {@code value} for {@code text}, when it is a TIMEX3 value we can hand out; without
   * an article date, a year the engine took from the run date becomes XXXX (issue 6).
   */
  public static Optional<String> usable(Optional<String> value, String text, boolean dated) {
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String v = value.get();
    Matcher m = LEADING_VALUE.matcher(v);
    if (m.matches()) {
      v = m.group(1);
    }
    Matcher decade = VAGUE_DECADE.matcher(v);
    if (decade.matches()) {
      v = decade.group(1) != null ? decade.group(1) : decade.group(2);
    }
    if (v.contains("/") && TIMEX.matcher(v.substring(0, v.indexOf('/'))).matches()) {
      v = v.substring(0, v.indexOf('/')); // "two to three weeks" is P2W/P3W to the engine, P2W to TimeBank
    }
    if (!TIMEX.matcher(v).matches()) {
      return Optional.of(v); // the engine's own notation: still a time, its value as the engine wrote it
    }
    if (!dated && v.matches("^\\d{4}.*") && !HAS_YEAR.matcher(text).find()) {
      v = "XXXX" + v.substring(4);
    }
    return Optional.of(v);
  }
}
