package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCollectorTest {

  @TempDir Path dir;

  @Test
  void readsFoldersRecursivelyByFileTypeInAStableOrder() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), "x");
    Files.writeString(dir.resolve("a.jsonl"), "{}");
    Files.writeString(dir.resolve("b/notes.pdf"), "x");
    InputCollector.Collected c = new InputCollector().collect(List.of(dir.toString()));
    assertThat(c.inputs()).extracting(Input::fileName).containsExactly("a.jsonl", "z.txt");
    assertThat(c.problems()).isEmpty();
  }

  @Test
  void namesMissingPathsAndFoldersWithNothingReadable() throws IOException {
    Files.createDirectories(dir.resolve("empty"));
    InputCollector.Collected c = new InputCollector().collect(
        List.of(dir.resolve("missing.txt").toString(), dir.resolve("empty").toString()));
    assertThat(c.inputs()).isEmpty();
    assertThat(c.problems()).extracting(Problem::message)
        .containsExactly("no such file or folder", "no readable files in this folder (.txt, .jsonl, .json, .ndjson, .html, .htm, .html.gz, .warc, .warc.gz)");
  }

  @Test
  void survivesALinkLoop() throws IOException {
    Files.createDirectories(dir.resolve("loop"));
    Files.writeString(dir.resolve("loop/a.txt"), "x");
    Files.createSymbolicLink(dir.resolve("loop/back"), dir.resolve("loop"));
    InputCollector.Collected c = new InputCollector().collect(List.of(dir.resolve("loop").toString()));
    assertThat(c.inputs()).extracting(Input::fileName).containsExactly("a.txt");
    assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("loop"));
  }

  @Test
  void takesDashForStandardInput() {
    assertThat(new InputCollector().collect(List.of("-")).inputs()).containsExactly(Input.stdin());
  }
}
