package org.newsgraph.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Locale;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.newsgraph.read.html.Extraction;
import org.newsgraph.read.html.HtmlExtractor;

/**
 * Reads a WARC archive ({@code .warc}, {@code .warc.gz}, as crawlers and Common Crawl's CC-News
 * write them) into the articles of its HTML response records, through jwarc.
 *
 * <p>Record {@code n} (counting every record from 1) is reported as {@code path#n}. Records that are
 * not HTTP responses with an HTML payload (warcinfo, requests, images, robots.txt) are skipped
 * without a word, as an archive is full of them; an HTML page that holds no article, or a response
 * whose HTTP message is malformed, is a problem. A record the archive cuts short ends the reading of
 * that archive with a problem, after the articles before it.
 */
public final class WarcArchiveReader implements ArticleReader {

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Override
  public void read(Input input, ReadOptions options, ReadSink sink) {
    InputStream in;
    try {
      in = input.open();
    } catch (IOException e) {
      sink.problem(new Problem(input.name(), "unreadable", "cannot read: " + Readers.reason(e)));
      return;
    }
    int n = 0;
    try (in; WarcReader warc = new WarcReader(in)) {
      warc.setLenient(true);
      for (n = 1; ; n++) {
        Optional<WarcRecord> record = warc.next();
        if (record.isEmpty()) {
          break;
        }
        if (record.get() instanceof WarcResponse response) {
          readRecord(input.name() + "#" + n, response, options, sink);
        }
        // read to the record's end here, so that a record cut short is reported as itself (issue 10)
        record.get().body().consume();
      }
    } catch (IOException | RuntimeException e) {
      // jwarc reports a cut or corrupt record as an IOException or a ParsingException (issue 10)
      String what = e instanceof IOException io ? Readers.reason(io) : e.getClass().getSimpleName() + ": " + e.getMessage();
      sink.problem(new Problem(n == 0 ? input.name() : input.name() + "#" + n, "truncated",
          "the archive is cut short or corrupt here (" + what + "); the records before it were read"));
      return;
    }
    if (n == 1) {
      sink.problem(new Problem(input.name(), "no-text", "no WARC records (the file is empty)"));
    }
  }

  /** Reads one response; a record whose HTTP message is malformed is a problem, and the archive goes on. */
  private void readRecord(String source, WarcResponse response, ReadOptions options, ReadSink sink)
      throws EOFException {
    try {
      readResponse(source, response, options, sink);
    } catch (EOFException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      String what = e instanceof IOException io ? Readers.reason(io) : e.getClass().getSimpleName() + ": " + e.getMessage();
      sink.problem(new Problem(source, "bad-record", "unreadable HTTP response (" + what + "); skipped"));
    }
  }

  private void readResponse(String source, WarcResponse response, ReadOptions options, ReadSink sink)
      throws IOException {
    if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE) && !response.contentType().raw()
        .toLowerCase(Locale.ROOT).startsWith("application/http")) {
      return;
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (!isHtml(type)) {
      return;
    }
    if (http.status() >= 300) {
      sink.problem(new Problem(source, "not-article", "not an article: HTTP status " + http.status()));
      return;
    }
    byte[] page = readAtMost(http.bodyDecoded().stream(), HtmlReader.MAX_BYTES + 1);
    if (page.length > HtmlReader.MAX_BYTES) {
      sink.problem(new Problem(source, "too-large", "the page is larger than " + (HtmlReader.MAX_BYTES >> 20)
          + " MB; skipped"));
      return;
    }
    Extraction extraction = extractor.extract(page, charset(type), Optional.of(response.target()));
    HtmlReader.deliver(source, extraction, options, sink);
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The charset the HTTP header declares, when Java knows it; else the page's own declaration rules. */
  private static Optional<String> charset(MediaType type) {
    String name = type.parameters().get("charset");
    try {
      return name != null && Charset.isSupported(name.strip()) ? Optional.of(name.strip()) : Optional.empty();
    } catch (IllegalCharsetNameException e) {
      return Optional.empty();
    }
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    return in.readNBytes(max);
  }
}
