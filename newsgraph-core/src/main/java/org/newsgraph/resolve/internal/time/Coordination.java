package org.newsgraph.resolve.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeExpression;

/**
 * Weekdays coordinated with a recurring one share its reading: in "on Monday and Tuesday nights" the
 * plural belongs to both days, so Monday recurs too (issue 6; TimeBank: XXXX-WXX-1TNI).
 */
public final class Coordination {

  private static final Pattern RECURRING = Pattern.compile("^XXXX-WXX-\\d(T[A-Z]{2})?$");
  private static final Pattern WEEKDAY = Pattern.compile("^(?:on )?(?<wd>" + Patterns.WD + ")$");
  private static final Pattern AND = Pattern.compile("^,?\\s+(?:and|or)\\s+$");

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
    return List.copyOf(out);
  }
}
