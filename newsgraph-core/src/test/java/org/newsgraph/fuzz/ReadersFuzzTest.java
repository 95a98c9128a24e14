package org.newsgraph.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.DatedTextReader;
import org.newsgraph.read.Decoded;
import org.newsgraph.read.Input;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Readers;
import org.newsgraph.testing.CollectingSink;

/**
 * Coverage-guided fuzzing of the readers (#11): whatever the bytes, a reader returns articles or
 * problems and never throws. Runs its saved inputs (src/test/resources/.../ReadersFuzzTestInputs) on
 * every test run; fuzz one method at a time with {@code JAZZER_FUZZ=1 mvn test -pl newsgraph-core -am
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtest=ReadersFuzzTest#htmlNeverThrows} (a run lasts the
 * annotation's {@code maxDuration}; the 10-minute runs of issue 11 set it to "10m" locally). A
 * finding is written there and stays as a regression input.
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

  @FuzzTest(maxDuration = "10s")
  void htmlNeverThrows(FuzzedDataProvider data) {
    readsFileWithoutThrowing("page.html", data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "10s")
  void warcNeverThrows(FuzzedDataProvider data) {
    boolean gzip = data.consumeBoolean();
    readsFileWithoutThrowing(gzip ? "crawl.warc.gz" : "crawl.warc", data.consumeRemainingAsBytes());
  }

  @FuzzTest(maxDuration = "10s")
  void jsonLinesFileNeverThrows(FuzzedDataProvider data) {
    readsFileWithoutThrowing("articles.jsonl", data.consumeRemainingAsBytes());
  }

  private static void readsFileWithoutThrowing(String name, byte[] bytes) {
    CollectingSink sink = new CollectingSink();
    new Readers().read(Input.stream(name, () -> new ByteArrayInputStream(bytes)), ReadOptions.defaults(), sink);
    assertThat(sink.articles).allSatisfy(a -> assertThat(a.text()).isNotBlank());
    assertThat(sink.problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    // Readers turns a reader's exception into this problem, so that it costs one input; here it is a finding
    assertThat(sink.problems).noneMatch(p -> p.code().equals(Readers.INTERNAL_ERROR));
  }
}
