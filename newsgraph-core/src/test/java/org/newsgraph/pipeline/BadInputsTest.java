package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.read.Input;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.Readers;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.testing.BadInputs;
import org.newsgraph.testing.CollectingSink;
import org.newsgraph.testing.FakeEngine;
import org.newsgraph.testing.SpanAssertions;

/**
 * A folder of every kind of bad input ({@link BadInputs}) goes through a run as {@code extract} and
 * {@code ingest} make it (the collector, the readers, the cleaner, the batch runner): each bad input is
 * named with a reason, the good ones come out, nothing hangs (#11).
 */
class BadInputsTest {

  @TempDir Path dir;

  @Test
  @Timeout(120)
  void aRunOverBadInputsNamesEachAndKeepsTheGoodOnes() throws IOException {
    Path bad = BadInputs.write(dir);

    InputCollector.Collected collected = new InputCollector().collect(List.of(bad.toString()));
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(collected.problems());
    ArticlePipeline pipeline = new ArticlePipeline(new ResidueCleaner(), new FakeEngine(), new NameEntityResolver(),
        new EngineTimeResolver(), QuoteExtractor.none(), FactExtractor.none());
    new BatchRunner(pipeline, 2, Duration.ofSeconds(60)).run(collected.inputs(), ReadOptions.defaults(),
        new BatchRunner.Sink() {
          @Override
          public void article(Article article) {
            SpanAssertions.assertSpansConsistent(article);
            articles.add(article);
          }

          @Override
          public void problem(Problem problem) {
            problems.add(problem);
          }
        });

    for (String good : BadInputs.GOOD_TEXTS) {
      assertThat(articles).as("an article holding '%s'", good).anySatisfy(a -> assertThat(a.text()).contains(good));
    }
    assertThat(articles).anySatisfy(a -> assertThat(a.text().length()).isGreaterThanOrEqualTo(BadInputs.BIG_CHARS));
    assertThat(articles).anySatisfy(a -> assertThat(a.text()).hasSize(BadInputs.LONG_LINE_CHARS).doesNotContain("."));
    List<String> named = problems.stream().map(p -> p.input().replace(bad + "/", "")).toList();
    assertThat(named).containsAll(BadInputs.NAMED_BAD);
    assertThat(named).noneMatch(n -> n.startsWith("good") || n.startsWith("utf16") || n.startsWith("big")
        || n.startsWith("long-line") || n.startsWith("nested"));
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
    assertThat(problems).extracting(Problem::describe).anyMatch(d -> d.endsWith("latin1.txt: undecodable bytes: not valid UTF-8 at byte offset 3"))
        .anyMatch(d -> d.endsWith("nul.txt: binary data (a NUL byte at offset 9), not text"))
        .anyMatch(d -> d.endsWith("cut.html.gz: cannot read: the gzip data is cut short; skipped"))
        .anyMatch(d -> d.contains("cut.warc#2: the archive is cut short"))
        .anyMatch(d -> d.endsWith("gone.txt: a symbolic link to nothing (its target does not exist); skipped"))
        .anyMatch(d -> d.endsWith("loop: a link loop; skipped"));
    if (BadInputs.unreadableIsUnreadable(bad)) { // not as root: root reads any file
      assertThat(problems).anySatisfy(p -> assertThat(p.describe()).contains(BadInputs.UNREADABLE)
          .contains("permission denied"));
    }
  }

  /**
   * An input that cannot be opened is named with the reason in every format, whoever runs the test
   * (root, as CI runs, reads the unreadable file of {@link BadInputs}).
   */
  @Test
  void anInputThatCannotBeOpenedIsNamedInEveryFormat() {
    for (String name : List.of("a.txt", "a.jsonl", "a.json", "a.html", "a.html.gz", "a.warc", "a.warc.gz")) {
      CollectingSink sink = new CollectingSink();
      new Readers().read(Input.stream(name, () -> {
        throw new AccessDeniedException(name);
      }), ReadOptions.defaults(), sink);
      assertThat(sink.articles).isEmpty();
      assertThat(sink.problems).as(name).singleElement()
          .satisfies(p -> assertThat(p.describe()).isEqualTo(name + ": cannot read: permission denied"));
    }
  }

  /** A text file too large for one article is refused before it is held in memory. */
  @Test
  void aTextFileOverTheLimitIsRefusedUnread() {
    CollectingSink sink = new CollectingSink();
    long size = (100L << 20) + 1;
    new Readers().read(Input.stream("huge.txt", () -> new InputStream() {
      long left = size;

      @Override
      public int read() {
        return left-- > 0 ? 'a' : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int n = (int) Math.min(len, left);
        Arrays.fill(b, off, off + n, (byte) 'a');
        left -= n;
        return n;
      }
    }), ReadOptions.defaults(), sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.describe())
        .isEqualTo("huge.txt: the file is larger than 100 MB, too large for one article; skipped"));
  }
}
