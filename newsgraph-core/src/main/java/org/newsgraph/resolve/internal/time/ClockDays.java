package org.newsgraph.resolve.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeExpression;

/**
 * Times of day whose day is written just after them, past a parenthesis: "at about 10:35 a.m. (0735
 * GMT) Friday", "at 4 in the morning (4 a.m. EDT Thursday)".
 *
 * <p>Issue 6: alone, "10:35 a.m." is read on the article's date; the day written with it decides.
 */
public final class ClockDays {

  private static final Pattern CLOCK_VALUE = Pattern.compile("^(?:\\d{4}-\\d\\d-\\d\\d|XXXX-XX-XX)(T\\d\\d:\\d\\d)$");
  private static final Pattern DAY_VALUE = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\d|XXXX-WXX-\\d)(?:T.*)?$");
  private static final Pattern DAY_WORDS = Pattern.compile("\\b(?:" + Patterns.WD + "|" + Patterns.MON
      + "|today|tonight|yesterday|tomorrow)\\b");
  private static final Pattern PARENTHESIS = Pattern.compile("\\([^()]*\\)");
  private static final int MAX_GAP = 30;

  /** Whether {@code t} is a time of day written without a day. */
  private static boolean bare(TimeExpression t) {
    return CLOCK_VALUE.matcher(t.value()).matches() && !DAY_WORDS.matcher(Phrase.of(t.span().text()).normal()).find();
  }

  private ClockDays() {}

  /** {@code times} (in text order) with each bare time of day given the day written right after it. */
  public static List<TimeExpression> dated(String text, List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i < out.size(); i++) {
      TimeExpression t = out.get(i);
      Matcher clock = CLOCK_VALUE.matcher(t.value());
      if (!clock.matches() || !bare(t)) {
        continue;
      }
      for (int j = i + 1; j < out.size(); j++) {
        TimeExpression next = out.get(j);
        int gapStart = t.span().end();
        if (next.span().start() - gapStart > MAX_GAP || next.span().start() < gapStart) {
          break;
        }
        String gap = text.substring(gapStart, next.span().start());
        String open = PARENTHESIS.matcher(gap).replaceAll("").strip();
        // "(0735 GMT) Friday": the day after the parenthesis is the day of the time inside it too
        if (!open.isEmpty() && !open.equals("(") && !open.equals(")")) {
          if (!gap.contains("(") || gap.contains(")")) {
            break; // words between them: the day is not this time's
          }
          continue; // inside the parenthesis opened after the time: look further
        }
        if (bare(next)) {
          continue; // "10:35 a.m. (0735 GMT) Friday": the other clock has no day of its own either
        }
        Matcher day = DAY_VALUE.matcher(next.value());
        if (day.matches()) {
          out.set(i, new TimeExpression(t.span(), day.group(1) + clock.group(1)));
          break;
        }
      }
    }
    return List.copyOf(out);
  }
}
