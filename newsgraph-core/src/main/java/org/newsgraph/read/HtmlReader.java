package org.newsgraph.read;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.html.Extraction;
import org.newsgraph.read.html.HtmlExtractor;

/**
 * Reads a saved web page ({@code .html}, {@code .htm}, gzipped or not) into the article it holds.
 *
 * <p>The text is the article body that {@link HtmlExtractor} finds; title, date, authors and URL come
 * from the page's metadata, the date else from {@link ReadOptions#published()}. A page that is not an
 * article (an index, an error page, no body) is a problem, not an article. Pages larger than
 * {@link #MAX_BYTES} are refused rather than risk the run's memory.
 */
public final class HtmlReader implements ArticleReader {

  /** The largest page read, uncompressed: ten times the 10 MB pages that must pass (issue 10). */
  public static final int MAX_BYTES = 100 << 20;

  private final HtmlExtractor extractor = new HtmlExtractor();

  @Override
  public void read(Input input, ReadOptions options, ReadSink sink) {
    byte[] page;
    try {
      page = gunzipIfNeeded(input.readAtMost(MAX_BYTES + 1));
    } catch (EOFException e) {
      sink.problem(new Problem(input.name(), "truncated", "cannot read: the gzip data is cut short; skipped"));
      return;
    } catch (IOException e) {
      sink.problem(new Problem(input.name(), "unreadable", "cannot read: " + Readers.reason(e)));
      return;
    } catch (PageTooLargeException e) {
      sink.problem(new Problem(input.name(), "too-large", e.getMessage()));
      return;
    }
    Extraction extraction = extractor.extract(page, Optional.empty(), Optional.empty());
    deliver(input.name(), extraction, options, sink);
  }

  /** Turns one extraction into an article, or a problem when the page holds none. */
  static void deliver(String source, Extraction extraction, ReadOptions options, ReadSink sink) {
    if (!extraction.isArticle()) {
      sink.problem(new Problem(source, "not-article", "not an article: " + extraction.notArticle().orElseThrow()));
      return;
    }
    var meta = extraction.metadata();
    var published = meta.published().or(options::published);
    String text = extraction.body();
    String id = ArticleIds.of(text, meta.title(), published);
    sink.article(new RawArticle(id, source, published, meta.title(), text, meta.authors(), meta.url()));
  }

  /** The page's bytes, uncompressed when they are gzip (by their magic number, whatever the name). */
  static byte[] gunzipIfNeeded(byte[] bytes) throws IOException {
    limit(bytes); // compressed or not, the file itself is held to the limit
    if (!Decoded.isGzip(bytes)) {
      return bytes;
    }
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return limit(in.readNBytes(MAX_BYTES + 1));
    }
  }

  private static byte[] limit(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw new PageTooLargeException("the page is larger than " + (MAX_BYTES >> 20) + " MB; skipped");
    }
    return bytes;
  }

  /** A page over the size limit; caught in this package and reported as a problem. */
  static final class PageTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PageTooLargeException(String message) {
      super(message);
    }
  }
}
