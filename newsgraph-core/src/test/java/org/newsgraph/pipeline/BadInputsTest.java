package org.newsgraph.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.resolve.EngineTimeResolver;
import org.newsgraph.resolve.NameEntityResolver;
import org.newsgraph.testing.FakeEngine;
import org.newsgraph.testing.SpanAssertions;

/** A folder of every kind of bad input goes through a run: each is named with a reason, the good ones come out (#11). */
class BadInputsTest {

  @TempDir Path dir;

  @Test
  void aRunOverBadInputsNamesEachAndKeepsTheGoodOnes() throws IOException {
    Path bad = Files.createDirectories(dir.resolve("corpus"));
    Files.writeString(bad.resolve("good.txt"), "date 2019-10-29 The mayor spoke.");
    Files.write(bad.resolve("empty.txt"), new byte[0]);
    Files.write(bad.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Files.write(bad.resolve("latin1.txt"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    byte[] utf16 = "\uFEFFThe governor answered.".getBytes(StandardCharsets.UTF_16BE);
    Files.write(bad.resolve("utf16.txt"), utf16);
    Files.writeString(bad.resolve("long-line.txt"), "word ".repeat(40_000));
    Files.writeString(bad.resolve("big.txt"), "The council met again. ".repeat(200_000));
    Files.writeString(bad.resolve("mixed.jsonl"),
        "{\"text\":\"Good line.\"}\n{\"text\":[1,2]}\n{\"date\":5,\"text\":\"Bad date type.\"}\n{\"text\":\"trunc");
    Files.createSymbolicLink(bad.resolve("loop"), bad);
    Path locked = bad.resolve("locked.txt");
    Files.writeString(locked, "Secret.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    boolean rootCanReadAnyway = Files.isReadable(locked);

    InputCollector.Collected collected = new InputCollector().collect(List.of(bad.toString()));
    List<Article> articles = new ArrayList<>();
    List<Problem> problems = new ArrayList<>(collected.problems());
    ArticlePipeline pipeline = new ArticlePipeline(Cleaner.none(), new FakeEngine(), new NameEntityResolver(),
        new EngineTimeResolver(), QuoteExtractor.none(), FactExtractor.none());
    new BatchRunner(pipeline, 2).run(collected.inputs(), ReadOptions.defaults(), new BatchRunner.Sink() {
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

    assertThat(articles).extracting(a -> a.text().length() > 60 ? "long" : a.text())
        .contains("The mayor spoke.", "The governor answered.", "Good line.", "Bad date type.", "long");
    assertThat(problems).extracting(p -> p.input().replace(bad.toString() + "/", ""))
        .contains("empty.txt", "binary.txt", "latin1.txt", "mixed.jsonl#2", "mixed.jsonl#4", "loop");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank().doesNotContain("Exception"));
    if (!rootCanReadAnyway) {
      assertThat(problems).anySatisfy(p -> assertThat(p.describe()).contains("locked.txt").contains("permission denied"));
    }
  }
}
