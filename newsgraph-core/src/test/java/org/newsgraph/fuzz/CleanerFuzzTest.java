package org.newsgraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/**
 * Coverage-guided fuzzing of the cleaner (#11): whatever the text, it returns residue spans inside
 * the text, in order and not overlapping, and an analysis text of the same length; and 20,000
 * characters of repeated text are cleaned within seconds, not the minutes of a blow-up. Saved inputs
 * (src/test/resources/.../CleanerFuzzTestInputs) run on every test run; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -pl newsgraph-core -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=CleanerFuzzTest#cleanerKeepsSpansInsideTheText} (a run lasts the annotation's {@code maxDuration}).
 */
class CleanerFuzzTest {

  private static final ResidueCleaner CLEANER = new ResidueCleaner();

  private static final int LONG_TEXT_CHARS = 20_000;

  /**
   * Generous for 20,000 characters, which the cleaner reads in about 10 ms, and in 0.6-1.2 s under
   * Jazzer's hooks: only a blow-up (quadratic or backtracking) exceeds it.
   */
  private static final Duration LONG_TEXT_LIMIT = Duration.ofSeconds(10);

  static {
    // loads (and so instruments) the cleaner's classes before any input is timed
    CLEANER.clean(raw("Jane Doe\nSenator Jane Doe of Ohio MORE\n\nAdvertisement\n\n\"Yes,\" she said. Read more: A | B\n"));
  }

  @FuzzTest(maxDuration = "10s")
  void cleanerKeepsSpansInsideTheText(FuzzedDataProvider data) {
    cleansWithSpansInsideTheText(data.consumeRemainingAsString());
  }

  /**
   * Long pathological text (#11): a fragment repeated to 20,000 characters, as one long line or many,
   * is cleaned within {@link #LONG_TEXT_LIMIT}, with the same guarantees.
   */
  @FuzzTest(maxDuration = "10s")
  void cleanerIsQuickOnLongRepeatedText(FuzzedDataProvider data) {
    String fragment = data.consumeRemainingAsString();
    if (fragment.isEmpty()) {
      return;
    }
    String text = fragment.repeat(LONG_TEXT_CHARS / fragment.length() + 1);
    long started = System.nanoTime();
    cleansWithSpansInsideTheText(text);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG_TEXT_LIMIT);
  }

  private static void cleansWithSpansInsideTheText(String text) {
    CleanArticle clean = CLEANER.clean(raw(text));
    int previousEnd = 0;
    for (Removed r : clean.removed()) {
      assertThat(r.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(r.span().text()).isEqualTo(text.substring(r.span().start(), r.span().end()));
      previousEnd = r.span().end();
    }
    assertThat(clean.analysisText()).hasSameSizeAs(text);
  }

  private static RawArticle raw(String text) {
    return new RawArticle("fuzz", "fuzz", Optional.empty(), Optional.empty(), text, List.of(), Optional.empty());
  }
}
