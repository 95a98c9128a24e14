package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StageTimesTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void statesWhatQuoteExtractionAddsToTheOtherStages() {
    StageTimes times = new StageTimes();
    times.add(SECOND, 7 * SECOND, SECOND, SECOND, SECOND);
    times.add(0, 0, 0, SECOND, 0);
    assertThat(times.describe()).isEqualTo("stages: clean 1.00s (8.3%) analyse 7.00s (58.3%) resolve 1.00s (8.3%)"
        + " quotes 2.00s (16.7%) facts 1.00s (8.3%); quotes add 20.0% to the rest");
  }
}
