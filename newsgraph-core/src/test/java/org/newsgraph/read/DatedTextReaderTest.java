package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.RawArticle;
import org.newsgraph.testing.CollectingSink;

class DatedTextReaderTest {

  @TempDir Path dir;

  private CollectingSink read(String fileName, String content, ReadOptions options) throws IOException {
    Path file = dir.resolve(fileName);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    CollectingSink sink = new CollectingSink();
    new DatedTextReader().read(Input.file(file), options, sink);
    return sink;
  }

  @Test
  void takesDateHeaderOnTheBodysOwnLine() throws IOException {
    RawArticle a = read("a.txt", " date 2019-10-29 Former Attorney General spoke.", ReadOptions.defaults()).articles.get(0);
    assertThat(a.published()).contains(LocalDate.of(2019, 10, 29));
    assertThat(a.text()).isEqualTo("Former Attorney General spoke.");
  }

  @Test
  void takesDateHeaderOnItsOwnLine() throws IOException {
    RawArticle a = read("a.txt", "date 2020-01-02\n\nThe mayor spoke.\n", ReadOptions.defaults()).articles.get(0);
    assertThat(a.published()).contains(LocalDate.of(2020, 1, 2));
    assertThat(a.text()).isEqualTo("The mayor spoke.\n");
  }

  @Test
  void keepsAFileWithoutHeaderByteForByte() throws IOException {
    String body = "  The senator said on Tuesday that \"nothing\" changed.\n\nSecond paragraph.";
    RawArticle a = read("plain.txt", body, ReadOptions.defaults()).articles.get(0);
    assertThat(a.text()).isEqualTo(body);
    assertThat(a.published()).isEmpty();
  }

  @Test
  void takesTheDateFromTheFileNameWhenThereIsNoHeader() throws IOException {
    RawArticle a = read("politico_2016-09-21_some-title.txt", "Body.", ReadOptions.defaults()).articles.get(0);
    assertThat(a.published()).contains(LocalDate.of(2016, 9, 21));
  }

  @Test
  void prefersThePublishedOptionToTheFileName() throws IOException {
    ReadOptions options = ReadOptions.defaults().withPublished(LocalDate.of(2001, 2, 3));
    RawArticle a = read("politico_2016-09-21_x.txt", "Body.", options).articles.get(0);
    assertThat(a.published()).contains(LocalDate.of(2001, 2, 3));
  }

  @Test
  void reportsAnImpossibleHeaderDate() throws IOException {
    CollectingSink sink = read("a.txt", "date 2019-13-45 Body.", ReadOptions.defaults());
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.message()).contains("2019-13-45"));
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    CollectingSink sink = read("empty.txt", "", ReadOptions.defaults());
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.code()).isEqualTo("no-text"));
  }

  @Test
  void reportsInvalidUtf8AndBinaryData() throws IOException {
    Path bad = dir.resolve("bad.txt");
    Files.write(bad, new byte[] {'a', (byte) 0xC3, (byte) 0x28, 'b'});
    Path binary = dir.resolve("bin.txt");
    Files.write(binary, new byte[] {'a', 0, 'b'});
    CollectingSink sink = new CollectingSink();
    new DatedTextReader().read(Input.file(bad), ReadOptions.defaults(), sink);
    new DatedTextReader().read(Input.file(binary), ReadOptions.defaults(), sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).extracting(Problem::code).containsExactly("undecodable", "undecodable");
    assertThat(sink.problems.get(0).describe()).startsWith(bad.toString()).contains("UTF-8");
    assertThat(sink.problems.get(1).message()).contains("NUL");
  }

  @Test
  void readsUtf16WithByteOrderMark() throws IOException {
    Path file = dir.resolve("u16.txt");
    byte[] body = "date 2019-01-01 Café au lait.".getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(body, 0, bytes, 2, body.length);
    Files.write(file, bytes);
    CollectingSink sink = new CollectingSink();
    new DatedTextReader().read(Input.file(file), ReadOptions.defaults(), sink);
    assertThat(sink.articles).singleElement().satisfies(a -> assertThat(a.text()).isEqualTo("Café au lait."));
  }

  @Test
  void givesTheSameIdToTheSameArticleWhereverItLies() throws IOException {
    RawArticle a = read("one.txt", "date 2019-10-29 Same body.", ReadOptions.defaults()).articles.get(0);
    RawArticle b = read("two.txt", "date 2019-10-29 Same body.", ReadOptions.defaults()).articles.get(0);
    RawArticle c = read("three.txt", "date 2019-10-30 Same body.", ReadOptions.defaults()).articles.get(0);
    assertThat(a.id()).isEqualTo(b.id()).hasSize(16).isNotEqualTo(c.id());
    assertThat(a.source()).isNotEqualTo(b.source());
  }
}
