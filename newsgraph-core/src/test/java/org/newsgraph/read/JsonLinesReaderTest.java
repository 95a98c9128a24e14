package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.RawArticle;
import org.newsgraph.testing.CollectingSink;

class JsonLinesReaderTest {

  @TempDir Path dir;

  private CollectingSink read(String content, ReadOptions options) throws IOException {
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(file, content);
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader().read(Input.file(file), options, sink);
    return sink;
  }

  @Test
  void readsNewsPleaseFields() throws IOException {
    RawArticle a = read("{\"title\":\"T\",\"maintext\":\"Body.\",\"date_publish\":\"2019-10-29 08:15:00\","
        + "\"url\":\"https://example.com/a\",\"authors\":[\"Ann Lee\"]}\n", ReadOptions.defaults()).articles.get(0);
    assertThat(a.title()).contains("T");
    assertThat(a.text()).isEqualTo("Body.");
    assertThat(a.published()).contains(LocalDate.of(2019, 10, 29));
    assertThat(a.url()).contains("https://example.com/a");
    assertThat(a.authors()).containsExactly("Ann Lee");
    assertThat(a.source()).endsWith("articles.jsonl#1");
  }

  @Test
  void readsPlainAndScrapedNewsFields() throws IOException {
    CollectingSink sink = read("{\"text\":\"One.\",\"published\":\"2018-01-02T10:00:00Z\"}\n"
        + "{\"content_original\":\"Two.\",\"date\":\"2017-05-06\"}\n", ReadOptions.defaults());
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("One.", "Two.");
    assertThat(sink.articles).extracting(a -> a.published().orElseThrow())
        .containsExactly(LocalDate.of(2018, 1, 2), LocalDate.of(2017, 5, 6));
  }

  @Test
  void readsNamedFields() throws IOException {
    ReadOptions options = ReadOptions.defaults().withTextField("story").withDateField("when");
    RawArticle a = read("{\"story\":\"Body.\",\"text\":\"not this\",\"when\":\"2015-03-04\"}", options).articles.get(0);
    assertThat(a.text()).isEqualTo("Body.");
    assertThat(a.published()).contains(LocalDate.of(2015, 3, 4));
  }

  @Test
  void namesALineOfBadBytesAndReadsTheLinesAfterIt() throws IOException {
    Path file = dir.resolve("articles.jsonl");
    Files.write(file, concat("\uFEFF{\"text\":\"One.\"}\r\n{\"text\":\"Caf", new byte[] {(byte) 0xE9},
        "\"}\r{\"text\":\"Three.\"}"));
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader().read(Input.file(file), ReadOptions.defaults(), sink);
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("One.", "Three.");
    assertThat(sink.articles).extracting(RawArticle::source).allSatisfy(s -> assertThat(s).doesNotEndWith("#2"));
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.input()).endsWith("articles.jsonl#2");
      assertThat(p.message()).isEqualTo("undecodable bytes: not valid UTF-8 at byte offset 12 of the line; skipped");
    });
  }

  @Test
  void namesALineWithTwoRecordsInsteadOfDroppingTheSecond() throws IOException {
    CollectingSink sink = read("{\"text\":\"One.\"} {\"text\":\"Two.\"}\n{\"text\":\"Three.\"}\n", ReadOptions.defaults());
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("Three.");
    assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.describe())
        .endsWith("articles.jsonl#1: invalid JSON: more than one JSON value on the line (each record needs a line of its own)"));
  }

  private static byte[] concat(String before, byte[] bad, String after) {
    byte[] a = before.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] c = after.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] out = java.util.Arrays.copyOf(a, a.length + bad.length + c.length);
    System.arraycopy(bad, 0, out, a.length, bad.length);
    System.arraycopy(c, 0, out, a.length + bad.length, c.length);
    return out;
  }

  @Test
  void namesABrokenLineAndReadsTheOthers() throws IOException {
    CollectingSink sink = read("{\"text\":\"One.\"}\n{\"text\": \"Two\n{\"text\":\"Three.\"}\n", ReadOptions.defaults());
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("One.", "Three.");
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.input()).endsWith("articles.jsonl#2");
      assertThat(p.code()).isEqualTo("invalid-json");
    });
  }

  @Test
  void reportsWrongTypesMissingTextAndATruncatedLastLine() throws IOException {
    CollectingSink sink = read("{\"text\":42}\n[1,2]\n{\"title\":\"no body\"}\n{\"text\":\"ok.\"}\n{\"text\":\"cut",
        ReadOptions.defaults());
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("ok.");
    assertThat(sink.problems).extracting(Problem::code)
        .containsExactly("no-text", "invalid-json", "no-text", "invalid-json");
    assertThat(sink.problems.get(3).input()).endsWith("#5");
  }

  @Test
  void skipsBlankLinesButCountsThem() throws IOException {
    CollectingSink sink = read("\n{\"text\":\"One.\"}\n\n{\"text\":\"Two.\"}\n", ReadOptions.defaults());
    assertThat(sink.articles).extracting(RawArticle::source).allSatisfy(s -> assertThat(s).matches(".*#[24]"));
  }

  @Test
  void readsAJsonFileHoldingAnArrayOrOneArticle() throws IOException {
    Path array = dir.resolve("many.json");
    Files.writeString(array, "[\n {\"text\": \"One.\"},\n {\"text\": \"Two.\"}\n]\n");
    Path single = dir.resolve("one.json");
    Files.writeString(single, "{\n  \"text\": \"Alone.\",\n  \"date\": \"2019-01-02\"\n}\n");
    Path lines = dir.resolve("lines.json");
    Files.writeString(lines, "{\"text\":\"L1.\"}\n{\"text\":\"L2.\"}\n");
    CollectingSink sink = new CollectingSink();
    for (Path p : new Path[] {array, single, lines}) {
      new JsonLinesReader().read(Input.file(p), ReadOptions.defaults(), sink);
    }
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::text).containsExactly("One.", "Two.", "Alone.", "L1.", "L2.");
    assertThat(sink.articles.get(1).source()).endsWith("many.json#2");
    assertThat(sink.articles.get(2).source()).endsWith("one.json");
  }

  @Test
  void aBrokenArrayKeepsTheArticlesBeforeTheBreak() throws IOException {
    Path cut = dir.resolve("cut.json");
    Files.writeString(cut, "[{\"text\": \"One.\"}, {\"text\": \"Two.\"}, {\"text\": \"Thr");
    Path broken = dir.resolve("broken.json");
    Files.writeString(broken, "[{\"text\": \"One.\"}, {\"text\" \"Two.\"}, {\"text\": \"Three.\"}]");
    CollectingSink sink = new CollectingSink();
    new JsonLinesReader().read(Input.file(cut), ReadOptions.defaults(), sink);
    new JsonLinesReader().read(Input.file(broken), ReadOptions.defaults(), sink);
    assertThat(sink.articles).extracting(RawArticle::source)
        .satisfiesExactly(s -> assertThat(s).endsWith("cut.json#1"), s -> assertThat(s).endsWith("cut.json#2"),
            s -> assertThat(s).endsWith("broken.json#1"));
    assertThat(sink.problems).satisfiesExactly(
        p -> assertThat(p.input()).endsWith("cut.json#3"),
        p -> assertThat(p.input()).endsWith("broken.json#2"));
    assertThat(sink.problems).allSatisfy(p -> {
      assertThat(p.code()).isEqualTo("invalid-json");
      assertThat(p.message()).contains("the articles before it were read");
    });
  }

  @Test
  void aLargeArrayIsStreamedElementByElement() {
    // a 20 MB array, made as it is read: its first article must reach the sink long before the end
    GeneratedStream array = new GeneratedStream("[", "{\"text\": \"Sessions said on Thursday that he would run.\"},",
        "{\"text\": \"The end.\"}]", 20L << 20);
    new JsonLinesReader().read(Input.stream("big.json", () -> array), ReadOptions.defaults(), array);
    assertThat(array.problems).isEmpty();
    assertThat(array.served).isGreaterThan(20L << 20);
    assertThat(array.servedAtFirstArticle).isPositive().isLessThan(1L << 20);
  }
}
