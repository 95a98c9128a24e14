package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.read.Input;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.testing.FakeEngine;

class BatchRunnerTest {

  @TempDir Path dir;

  /** An engine that fails on one text and is slow on early ones, to scramble completion order. */
  private static final class MoodyEngine implements NlpEngine {
    private final FakeEngine fake = new FakeEngine();

    @Override
    public Analysis analyse(String text, Optional<LocalDate> date) {
      if (text.contains("poison")) {
        throw new IllegalStateException("cannot analyse this");
      }
      if (text.contains("slow")) {
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return fake.analyse(text, date);
    }

    @Override
    public String version() {
      return "moody";
    }
  }

  @Test
  void deliversArticlesInInputOrderAndReportsFailuresWithoutStopping() throws IOException {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 20; i++) {
      String body = i == 7 ? "poison" : (i % 3 == 0 ? "slow " : "") + "Article " + i + ".";
      lines.append("{\"text\":\"").append(body).append("\"}\n");
    }
    lines.append("not json\n");
    Path file = dir.resolve("a.jsonl");
    Files.writeString(file, lines);
    ArticlePipeline pipeline = new ArticlePipeline(Cleaner.none(), new MoodyEngine(), new NameEntityResolver(),
        new EngineTimeResolver(), QuoteExtractor.none(), FactExtractor.none());
    List<String> sources = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    BatchRunner.Summary summary = new BatchRunner(pipeline, 3).run(List.of(Input.file(file)), ReadOptions.defaults(),
        new BatchRunner.Sink() {
          @Override
          public void article(Article article) {
            sources.add(article.raw().source());
          }

          @Override
          public void problem(Problem problem) {
            problems.add(problem);
          }
        });
    assertThat(summary.articles()).isEqualTo(19);
    assertThat(summary.problems()).isEqualTo(2);
    assertThat(sources).hasSize(19).isSortedAccordingTo((a, b) -> Integer.compare(line(a), line(b)));
    assertThat(problems).extracting(Problem::code).containsExactlyInAnyOrder("analysis-failed", "invalid-json");
    assertThat(problems).filteredOn(p -> p.code().equals("analysis-failed")).singleElement()
        .satisfies(p -> assertThat(p.input()).endsWith("#8"));
  }

  private static int line(String source) {
    return Integer.parseInt(source.substring(source.lastIndexOf('#') + 1));
  }

  @Test
  void abandonsAnArticleThatRunsPastTheTimeBoundAndGoesOn() throws IOException {
    Path file = dir.resolve("b.jsonl");
    Files.writeString(file, "{\"text\":\"First.\"}\n{\"text\":\"hang\"}\n{\"text\":\"Third.\"}\n");
    NlpEngine hanging = new NlpEngine() {
      private final FakeEngine fake = new FakeEngine();

      @Override
      public Analysis analyse(String text, Optional<LocalDate> date) {
        if (text.equals("hang")) {
          try {
            Thread.sleep(60_000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }
        return fake.analyse(text, date);
      }

      @Override
      public String version() {
        return "hanging";
      }
    };
    ArticlePipeline pipeline = new ArticlePipeline(Cleaner.none(), hanging, new NameEntityResolver(),
        new EngineTimeResolver(), QuoteExtractor.none(), FactExtractor.none());
    List<String> texts = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    long t0 = System.nanoTime();
    new BatchRunner(pipeline, 2, java.time.Duration.ofMillis(300)).run(List.of(Input.file(file)),
        ReadOptions.defaults(), new BatchRunner.Sink() {
          @Override
          public void article(Article article) {
            texts.add(article.text());
          }

          @Override
          public void problem(Problem problem) {
            problems.add(problem);
          }
        });
    assertThat((System.nanoTime() - t0) / 1e9).isLessThan(10);
    assertThat(texts).containsExactly("First.", "Third.");
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("too-slow");
      assertThat(p.input()).endsWith("#2");
    });
  }
}
