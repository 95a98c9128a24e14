package org.newsgraph.resolve.internal.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;

/** Issue 6: a bare time of day takes the day written just after it. */
class ClockDaysTest {

  @Test
  void dayAfterAParenthesisDatesTheClock() {
    String text = "It occurred at about 10:35 a.m. (0735 GMT) Friday, police said.";
    List<TimeExpression> times = List.of(time(text, "about 10:35 a.m.", "1998-08-08T10:35"),
        time(text, "0735 GMT", "1998-08-08T07:35"), time(text, "Friday", "1998-08-07"));
    assertThat(ClockDays.dated(text, times)).extracting(TimeExpression::value)
        .containsExactly("1998-08-07T10:35", "1998-08-07T07:35", "1998-08-07");
  }

  @Test
  void dayInsideTheParenthesisDatesTheClock() {
    String text = "He will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.";
    List<TimeExpression> times = List.of(time(text, "4 in the morning", "2000-04-05T04:00"),
        time(text, "4 a.m. EDT Thursday", "2000-04-06T04:00"));
    assertThat(ClockDays.dated(text, times)).extracting(TimeExpression::value)
        .containsExactly("2000-04-06T04:00", "2000-04-06T04:00");
  }

  @Test
  void aDayInTheNextClauseIsNotTheClocks() {
    String text = "The blast came at 6 p.m. and on Friday the police arrived.";
    List<TimeExpression> times = List.of(time(text, "6 p.m.", "1998-08-08T18:00"), time(text, "Friday", "1998-08-07"));
    assertThat(ClockDays.dated(text, times)).extracting(TimeExpression::value)
        .containsExactly("1998-08-08T18:00", "1998-08-07");
  }

  private static TimeExpression time(String text, String words, String value) {
    int start = text.indexOf(words);
    return new TimeExpression(Span.of(text, start, start + words.length()), value);
  }
}
