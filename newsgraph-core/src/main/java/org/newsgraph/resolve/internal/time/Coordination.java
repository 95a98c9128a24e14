package org.newsgraph.resolve.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeExpression;

/**
 * Times coordinated with each other share their reading: in "on Monday and Tuesday nights" the
 * plural belongs to both days, so Monday recurs too (issue 6; TimeBank: XXXX-WXX-1TNI); in "ads
 * reserved in December and January" the January is the one after that December.
 */
public final class Coordination {

  private static final Pattern RECURRING = Pattern.compile("^XXXX-WXX-\\d(T[A-Z]{2})?$");
  private static final Pattern WEEKDAY = Pattern.compile("^(?:on )?(?<wd>" + Patterns.WD + ")$");
  private static final Pattern AND = Pattern.compile("^,?\\s+(?:and|or)\\s+$");
  private static final Pattern MONTH = Pattern.compile("^(?:(?:in|from|between|through|until|to) )?" + Patterns.MON + "$");
  private static final Pattern MONTH_VALUE = Pattern.compile("^(\\d{4})-(\\d\\d)$");
  /** What joins two months of one stretch of time: "December and January", "from May to August". */
  private static final Pattern SEQUENCE = Pattern.compile("^,?\\s*(?:and|or|to|through|until|-|–)\\s*$");

  /** A day of a month written last in a time: "April 24", "Sept. 19". */
  private static final Pattern MONTH_DAY_END = Pattern.compile("(?i)\\b" + Patterns.MON + "\\.?\\s+(?<d>\\d{1,2})$");
  private static final Pattern DAY_VALUE = Pattern.compile("^(?<ym>\\d{4}-\\d\\d)-(?<d>\\d\\d)$");
  /** The second day of "April 24 and 25", "Sept. 19 to 22,": a bare day number ending the clause. */
  private static final Pattern ELIDED_DAY = Pattern.compile("^\\s*(?:and|or|to|through|until|-|\u2013)\\s*"
      + "(?<d>\\d{1,2})(?=[.,;)]|\\s*$)");

  private Coordination() {}

  /** {@code times} (in text order) with each weekday before "and" + a recurring weekday made recurring. */
  public static List<TimeExpression> shared(String text, List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeExpression day = out.get(i);
      TimeExpression next = out.get(i + 1);
      Matcher wd = WEEKDAY.matcher(Phrase.of(day.span().text()).normal());
      Matcher recurring = RECURRING.matcher(next.value());
      if (wd.matches() && recurring.matches() && next.span().start() >= day.span().end()
          && AND.matcher(text.substring(day.span().end(), next.span().start())).matches()) {
        String part = recurring.group(1) == null ? "" : recurring.group(1);
        out.set(i, new TimeExpression(day.span(), "XXXX-WXX-" + Lexicon.weekday(wd.group("wd")).orElseThrow() + part));
      }
    }
    return elidedDays(text, sequenced(text, out));
  }

  /**
   * "the summit on April 24 and 25", "conducted from Sept. 19 to 22": the second day, written without
   * its month, is a day of the first's month (issue 6: TimeBank marks it, 1999-04-25).
   */
  private static List<TimeExpression> elidedDays(String text, List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (TimeExpression t : times) {
      Matcher value = DAY_VALUE.matcher(t.value());
      Matcher written = MONTH_DAY_END.matcher(t.span().text());
      Matcher elided = ELIDED_DAY.matcher(text).region(t.span().end(), text.length());
      if (!value.matches() || !written.find() || !elided.lookingAt()) {
        continue;
      }
      int first = Integer.parseInt(value.group("d"));
      int day = Integer.parseInt(elided.group("d"));
      java.time.YearMonth month = java.time.YearMonth.parse(value.group("ym"));
      int start = elided.start("d");
      int end = elided.end("d");
      if (day <= first || day > month.lengthOfMonth()
          || times.stream().anyMatch(o -> o.span().start() < end && start < o.span().end())) {
        continue;
      }
      out.add(new TimeExpression(org.newsgraph.model.Span.of(text, start, end), Timex.day(month.atDay(day))));
    }
    out.sort(java.util.Comparator.comparingInt(x -> x.span().start()));
    return List.copyOf(out);
  }

  /** Months named one after the other without a year run forward: the second is not before the first. */
  private static List<TimeExpression> sequenced(String text, List<TimeExpression> times) {
    List<TimeExpression> out = new ArrayList<>(times);
    for (int i = 0; i + 1 < out.size(); i++) {
      TimeExpression first = out.get(i);
      TimeExpression second = out.get(i + 1);
      Matcher a = MONTH_VALUE.matcher(first.value());
      Matcher b = MONTH_VALUE.matcher(second.value());
      if (!a.matches() || !b.matches() || second.span().start() < first.span().end()
          || !MONTH.matcher(Phrase.of(first.span().text()).normal()).matches()
          || !MONTH.matcher(Phrase.of(second.span().text()).normal()).matches()
          || !SEQUENCE.matcher(text.substring(first.span().end(), second.span().start())).matches()) {
        continue;
      }
      int year = Integer.parseInt(a.group(1));
      int month = Integer.parseInt(b.group(2));
      int next = month < Integer.parseInt(a.group(2)) ? year + 1 : year;
      if (Integer.parseInt(b.group(1)) != next) {
        out.set(i + 1, new TimeExpression(second.span(), Timex.month(next, month)));
      }
    }
    return List.copyOf(out);
  }
}
