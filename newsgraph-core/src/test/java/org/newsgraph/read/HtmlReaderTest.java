package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.RawArticle;

class HtmlReaderTest {

  @TempDir Path dir;

  private static final String BODY = "<p>The council voted on Tuesday to rebuild the old bridge over the river,"
      + " ending a debate that had run for more than ten years in the town.</p>";

  @Test
  void knowsPagesAndArchivesByTheirNames() {
    assertThat(Readers.formatOf("a.html")).contains(Readers.Format.HTML);
    assertThat(Readers.formatOf("A.HTM")).contains(Readers.Format.HTML);
    assertThat(Readers.formatOf("a.html.gz")).contains(Readers.Format.HTML);
    assertThat(Readers.formatOf("crawl.warc.gz")).contains(Readers.Format.WARC);
    assertThat(Readers.formatOf("crawl.warc")).contains(Readers.Format.WARC);
    assertThat(Readers.formatOf("a.gz")).isEmpty();
  }

  @Test
  void readsAGzippedPageFoundInAFolder() throws IOException {
    Path page = dir.resolve("bridge.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(page))) {
      out.write(WarcArchiveReaderTest.page("Bridge to be rebuilt", "2021-03-04", BODY).getBytes(StandardCharsets.UTF_8));
    }
    Files.writeString(dir.resolve("index.html"), "<html><body><a href=/a>Home</a></body></html>");
    InputCollector.Collected found = new InputCollector().collect(List.of(dir.toString()));
    RecordingSink sink = new RecordingSink();

    found.inputs().forEach(input -> new Readers().read(input, ReadOptions.defaults(), sink));

    assertThat(sink.articles).hasSize(1);
    RawArticle a = sink.articles.get(0);
    assertThat(a.source()).isEqualTo(page.toString());
    assertThat(a.published()).contains(LocalDate.of(2021, 3, 4));
    assertThat(a.text()).startsWith("The council voted on Tuesday");
    assertThat(sink.problems).extracting(Problem::code).containsExactly("not-article");
  }

  @Test
  void readsJsonLinesOfPagesWithAnHtmlField() throws IOException {
    String html = WarcArchiveReaderTest.page("Bridge", "2021-03-04", BODY).replace("\"", "\\\"");
    Path lines = dir.resolve("pages.jsonl");
    Files.writeString(lines, "{\"url\": \"https://x.example/b\", \"html\": \"" + html + "\"}\n{\"url\": \"u\"}\n");
    RecordingSink sink = new RecordingSink();

    new Readers().read(Input.file(lines), ReadOptions.defaults().withHtmlField("html"), sink);

    assertThat(sink.articles).extracting(RawArticle::source).containsExactly(lines + "#1");
    assertThat(sink.articles.get(0).url()).contains("https://x.example/b");
    assertThat(sink.articles.get(0).text()).startsWith("The council voted");
    assertThat(sink.problems).extracting(Problem::input).containsExactly(lines + "#2");
  }
}
