package org.newsgraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.DatedTextReader;
import org.newsgraph.read.Decoded;
import org.newsgraph.read.Input;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.testing.CollectingSink;

/**
 * Coverage-guided fuzzing of the readers (#11): whatever the bytes, a reader returns articles or
 * problems and never throws. Runs its saved inputs on every test run; fuzz with
 * {@code JAZZER_FUZZ=1 mvn test -pl newsgraph-core -Dtest=ReadersFuzzTest}.
 */
class ReadersFuzzTest {

  @FuzzTest(maxDuration = "10s")
  void datedTextNeverThrows(FuzzedDataProvider data) {
    byte[] bytes = data.consumeRemainingAsBytes();
    Decoded decoded = Decoded.of(bytes);
    assertThat(decoded.text().isPresent()).isNotEqualTo(decoded.error().isPresent());
    decoded.text().ifPresent(text -> {
      CollectingSink sink = new CollectingSink();
      new DatedTextReader().parse(Input.stdin(), text, ReadOptions.defaults(), sink);
      assertThat(sink.articles.size() + sink.problems.size()).isEqualTo(1);
      for (RawArticle a : sink.articles) {
        assertThat(a.text()).isNotBlank();
        assertThat(text).endsWith(a.text());
      }
    });
  }

  @FuzzTest(maxDuration = "10s")
  void jsonLinesNeverThrow(FuzzedDataProvider data) {
    String content = data.consumeRemainingAsString();
    CollectingSink sink = new CollectingSink();
    new org.newsgraph.read.Readers().readText(Input.stdin(), content, ReadOptions.defaults(), sink);
    assertThat(sink.articles).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    assertThat(sink.problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
  }
}
