package org.newsgraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Optional;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/**
 * Coverage-guided fuzzing of the cleaner (#11): whatever the text, it returns residue spans inside
 * the text, in order and not overlapping, and an analysis text of the same length. Saved inputs
 * (src/test/resources/.../CleanerFuzzTestInputs) run on every test run; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -pl newsgraph-core -am -Dsurefire.failIfNoSpecifiedTests=false
 * -Dtest=CleanerFuzzTest} (a run lasts the annotation's {@code maxDuration}).
 */
class CleanerFuzzTest {

  private static final ResidueCleaner CLEANER = new ResidueCleaner();

  @FuzzTest(maxDuration = "10s")
  void cleanerKeepsSpansInsideTheText(FuzzedDataProvider data) {
    String text = data.consumeRemainingAsString();
    RawArticle raw = new RawArticle("fuzz", "fuzz", Optional.empty(), Optional.empty(), text, List.of(), Optional.empty());
    CleanArticle clean = CLEANER.clean(raw);
    int previousEnd = 0;
    for (Removed r : clean.removed()) {
      assertThat(r.span().start()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(r.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(r.span().text()).isEqualTo(text.substring(r.span().start(), r.span().end()));
      previousEnd = r.span().end();
    }
    assertThat(clean.analysisText()).hasSameSizeAs(text);
  }
}
