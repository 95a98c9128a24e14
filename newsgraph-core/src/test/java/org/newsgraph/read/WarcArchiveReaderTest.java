package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.model.RawArticle;

class WarcArchiveReaderTest {

  @TempDir Path dir;

  private static final String PARAGRAPHS = "<p>The council voted on Tuesday to rebuild the old bridge over the river,"
      + " ending a debate that had run for more than ten years in the town.</p>"
      + "<p>Work will start in the spring, the mayor said, and the bridge should open again by the end of next year.</p>";

  static String page(String title, String date, String body) {
    return "<html><head><title>" + title + " | Example News</title>"
        + "<meta property=\"article:published_time\" content=\"" + date + "T09:00:00Z\">"
        + "<meta name=\"author\" content=\"Ann Writer\"></head><body>"
        + "<nav><a href=/>Home</a> <a href=/world>World</a></nav>"
        + "<article><h1>" + title + "</h1>" + body + "</article>"
        + "<footer>Copyright Example News</footer></body></html>";
  }

  private static WarcResponse response(String url, String contentType, byte[] body, boolean truncated)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse(contentType), body).build();
    WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).body(http);
    if (truncated) {
      b.truncated(WarcTruncationReason.LENGTH);
    }
    return b.build();
  }

  private Path writeArchive(String name, WarcCompression compression) throws IOException {
    Path file = dir.resolve(name);
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        WarcWriter w = new WarcWriter(ch, compression)) {
      w.write(response("https://news.example/2021/03/04/bridge", "text/html; charset=utf-8",
          page("Bridge to be rebuilt", "2021-03-04", PARAGRAPHS).getBytes(StandardCharsets.UTF_8), false));
      w.write(response("https://news.example/logo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, false));
      String latin = page("Café opens", "2021-03-05", "<p>The new café in the square opened its doors on Friday morning,"
          + " and the queue reached the end of the street before nine o'clock.</p><p>Its owner, who grew up in the"
          + " town, said she had waited twenty years to open a place of her own.</p>");
      w.write(response("https://news.example/cafe", "text/html; charset=ISO-8859-1",
          latin.getBytes(StandardCharsets.ISO_8859_1), false));
      w.write(response("https://news.example/", "text/html",
          "<html><body><ul><li><a href=/a>One story</a></li><li><a href=/b>Another story</a></li></ul></body></html>"
              .getBytes(StandardCharsets.UTF_8), false));
      String full = page("Storm closes schools", "2021-03-06", "<p>A storm closed every school in the county on Monday,"
          + " and the roads were shut to all but emergency vehicles for most of the day.</p><p>The storm is expected to"
          + " pass by Wednesday, forecasters said.</p>");
      byte[] cut = Arrays.copyOf(full.getBytes(StandardCharsets.UTF_8), full.indexOf("<p>The storm is"));
      w.write(response("https://news.example/storm", "text/html", cut, true));
    }
    return file;
  }

  @Test
  void readsTheArticlesOfHtmlResponsesAndSkipsOtherRecords() throws IOException {
    Path file = writeArchive("crawl.warc.gz", WarcCompression.GZIP);
    RecordingSink sink = new RecordingSink();
    new Readers().read(Input.file(file), ReadOptions.defaults(), sink);

    assertThat(sink.articles).extracting(RawArticle::source)
        .containsExactly(file + "#1", file + "#3", file + "#5");
    RawArticle bridge = sink.articles.get(0);
    assertThat(bridge.title()).contains("Bridge to be rebuilt");
    assertThat(bridge.published()).contains(LocalDate.of(2021, 3, 4));
    assertThat(bridge.authors()).containsExactly("Ann Writer");
    assertThat(bridge.url()).contains("https://news.example/2021/03/04/bridge");
    assertThat(bridge.text()).isEqualTo("The council voted on Tuesday to rebuild the old bridge over the river,"
        + " ending a debate that had run for more than ten years in the town.\n\n"
        + "Work will start in the spring, the mayor said, and the bridge should open again by the end of next year.");
    assertThat(sink.articles.get(1).text()).startsWith("The new café in the square");
    assertThat(sink.articles.get(2).text()).startsWith("A storm closed every school").doesNotContain("The storm is");
    assertThat(sink.problems).extracting(Problem::input, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(file + "#4", "not-article"));
  }

  @Test
  void anArchiveCutShortKeepsTheRecordsBeforeTheCut() throws IOException {
    Path whole = writeArchive("crawl.warc", WarcCompression.NONE);
    byte[] bytes = Files.readAllBytes(whole);
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    int cafe = text.indexOf("The new caf");
    Path cut = dir.resolve("cut.warc");
    Files.write(cut, Arrays.copyOf(bytes, cafe));
    RecordingSink sink = new RecordingSink();

    new Readers().read(Input.file(cut), ReadOptions.defaults(), sink);

    assertThat(sink.articles).extracting(RawArticle::source).containsExactly(cut + "#1");
    assertThat(sink.problems).hasSize(1);
    assertThat(sink.problems.get(0).code()).isEqualTo("truncated");
    assertThat(sink.problems.get(0).input()).isEqualTo(cut + "#3");
  }

  @Test
  void anEmptyArchiveIsAProblem() throws IOException {
    Path empty = Files.createFile(dir.resolve("empty.warc.gz"));
    RecordingSink sink = new RecordingSink();
    new Readers().read(Input.file(empty), ReadOptions.defaults(), sink);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).extracting(Problem::code).containsExactly("no-text");
    assertThat(Optional.of(sink.problems.get(0).input())).contains(empty.toString());
  }
}
