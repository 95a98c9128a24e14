package org.newsgraph.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.FakeEngine;

class CachingNlpEngineTest {

  @TempDir Path dir;

  @Test
  void analysesEachTextOnceAndReturnsTheSameAnalysis() {
    AtomicInteger built = new AtomicInteger();
    AtomicInteger calls = new AtomicInteger();
    NlpEngine counting = new NlpEngine() {
      private final FakeEngine fake = new FakeEngine();

      @Override
      public Analysis analyse(String text, Optional<LocalDate> date) {
        calls.incrementAndGet();
        return fake.analyse(text, date);
      }

      @Override
      public String version() {
        return "counting";
      }
    };
    CachingNlpEngine cache = new CachingNlpEngine(() -> {
      built.incrementAndGet();
      return counting;
    }, "counting", dir);
    Optional<LocalDate> date = Optional.of(LocalDate.of(2019, 1, 1));
    Analysis first = cache.analyse("Then Smith spoke in 2018. Jones listened.", date);
    Analysis again = cache.analyse("Then Smith spoke in 2018. Jones listened.", date);
    cache.analyse("Then Smith spoke in 2018. Jones listened.", Optional.empty());
    assertThat(again).isEqualTo(first);
    assertThat(calls).hasValue(2);
    assertThat(built).hasValue(2);
  }
}
