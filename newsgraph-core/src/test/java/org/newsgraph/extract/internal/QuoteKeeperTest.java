package org.newsgraph.extract.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuoteKeeperTest {

  private static final RuleVerdict DROPPED_TITLE = new RuleVerdict("none", true, false, false, false);
  private static final RuleVerdict KEPT = new RuleVerdict("cue", false, false, true, false);

  @Test
  void keepsWhatTheRulesKeepWhenItHasNoWeights() {
    var keeper = new QuoteKeeper(Map.of());
    assertThat(keeper.keep(List.of("bias", "title=true"), DROPPED_TITLE)).isFalse();
    assertThat(keeper.keep(List.of("bias", "title=false"), KEPT)).isTrue();
  }

  @Test
  void keepsAQuotationWhoseFeaturesWeighMoreThanNothing() {
    var keeper = new QuoteKeeper(Map.of("bias", -1.0, "cueAbove=speech|2", 1.5, "title=true", -0.2));
    assertThat(keeper.keep(List.of("bias", "cueAbove=speech|2", "title=true"), DROPPED_TITLE)).isTrue();
    assertThat(keeper.keep(List.of("bias", "cueAbove=none", "title=false"), KEPT)).isFalse();
    assertThat(keeper.score(List.of("bias", "unknown"))).isEqualTo(-1.0);
  }

  @Test
  void rejectsAVerdictWithAnUnknownSource() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleVerdict("guess", false, false, true, false))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guess");
  }
}
