package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.RawArticle;

/** Standard input and other streams of unknown format: told by their content, and streamed. */
class ReadStreamTest {

  private static final String LINE = "{\"title\": \"T\", \"date_publish\": \"2019-11-07\", \"maintext\": "
      + "\"Sessions said on Thursday that he would run.\"}\n";

  private static RecordingSink read(byte[] bytes) {
    RecordingSink sink = new RecordingSink();
    new Readers().readStream("-", new ByteArrayInputStream(bytes), ReadOptions.defaults(), sink);
    return sink;
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  @Test
  void jsonLinesAreReadLineByLineAndNamedByTheirLine() {
    RecordingSink sink = read(utf8("\n" + LINE + "not json\n" + LINE));
    assertThat(sink.articles).extracting(RawArticle::source).containsExactly("-#2", "-#4");
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.input()).isEqualTo("-#3");
      assertThat(p.code()).isEqualTo("invalid-json");
    });
  }

  @Test
  void datedTextWithAByteOrderMarkIsText() {
    RecordingSink sink = read(utf8("\uFEFFdate 2019-11-07\nSessions said he would run."));
    assertThat(sink.articles).singleElement().satisfies(a -> {
      assertThat(a.text()).isEqualTo("Sessions said he would run.");
      assertThat(a.published()).hasValueSatisfying(d -> assertThat(d).hasToString("2019-11-07"));
    });
  }

  @Test
  void aWebPageIsAPage() {
    String page = "  <html><head><title>Sessions to run</title></head><body><article><p>"
        + "Former Attorney General Jeff Sessions said on Thursday that he would run for the Senate seat he held "
        + "for two decades, setting up a primary fight.</p><p>He made the announcement on television, "
        + "and his rivals answered within the hour with statements of their own about the race.</p>"
        + "</article></body></html>";
    RecordingSink sink = read(utf8(page));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).singleElement().satisfies(a -> assertThat(a.text()).contains("primary fight"));
  }

  @Test
  void gzipIsUncompressedBeforeTheFormatIsTold() throws IOException {
    RecordingSink sink = read(gzip(utf8(LINE + LINE)));
    assertThat(sink.problems).isEmpty();
    assertThat(sink.articles).extracting(RawArticle::source).containsExactly("-#1", "-#2");
  }

  @Test
  void brokenGzipIsNamedAsSuch() {
    RecordingSink sink = read(new byte[] {0x1F, (byte) 0x8B, 8, 'x', 'y'});
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("truncated");
      assertThat(p.message()).contains("gzip data is cut short or corrupt");
    });
  }

  @Test
  void emptyInputIsAProblemNotACrash() {
    RecordingSink sink = read(new byte[0]);
    assertThat(sink.articles).isEmpty();
    assertThat(sink.problems).singleElement().satisfies(p -> assertThat(p.input()).isEqualTo("-"));
  }

  @Test
  void jsonLinesArriveBeforeTheStreamEnds() {
    // 20 MB of lines, made as they are read: the first article must reach the sink long before the end
    GeneratedStream lines = new GeneratedStream("", LINE, "", 20L << 20);
    new Readers().readStream("-", lines, ReadOptions.defaults(), lines);
    assertThat(lines.problems).isEmpty();
    assertThat(lines.served).isGreaterThanOrEqualTo(20L << 20);
    assertThat(lines.servedAtFirstArticle).isPositive().isLessThan(1L << 20);
  }
}
