package org.newsgraph.read;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.html.HtmlExtractor;

/**
 * Chooses the reader for an input by its file type, and reads it.
 *
 * <p>{@code .jsonl}, {@code .ndjson} and {@code .json} files are JSON Lines; {@code .html},
 * {@code .htm} and {@code .xhtml} files, gzipped or not, are web pages (issue 10); {@code .warc} and
 * {@code .warc.gz} files are web archives; {@code .txt} files and files named explicitly with
 * another extension are dated plain text. Standard input is told by its content (see
 * {@link #readStream}) and streamed.
 */
public final class Readers {

  private final DatedTextReader text = new DatedTextReader();
  private final JsonLinesReader jsonLines = new JsonLinesReader();
  private final HtmlReader html = new HtmlReader();
  private final WarcArchiveReader warc = new WarcArchiveReader();

  /** The formats newsgraph reads. */
  public enum Format { TEXT, JSON_LINES, HTML, WARC }

  /** The format of a file found inside a folder, or empty when newsgraph does not read such files. */
  public static Optional<Format> formatOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(Format.JSON_LINES);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(Format.TEXT);
    }
    if (name.matches(".*\\.(html?|xhtml)(\\.gz)?")) {
      return Optional.of(Format.HTML);
    }
    if (name.matches(".*\\.(warc|arc)(\\.gz)?")) {
      return Optional.of(Format.WARC);
    }
    return Optional.empty();
  }

  /**
   * Reads {@code input}: by its file type, as text when the type is unknown. A reader's own failure
   * (a bug: readers report bad input as problems) costs this input, as a problem coded
   * {@link #INTERNAL_ERROR}, not the run; what the sink throws goes through.
   */
  public void read(Input input, ReadOptions options, ReadSink sink) {
    GuardedSink guarded = new GuardedSink(sink);
    try {
      readUnguarded(input, options, guarded);
    } catch (GuardedSink.Failure e) {
      throw e.cause;
    } catch (RuntimeException e) {
      sink.problem(new Problem(input.name(), INTERNAL_ERROR, "internal error while reading (" + e
          + "); the rest of this input is skipped; please report it with the input"));
    }
  }

  /** The code of a problem that is newsgraph's fault, not the input's; the fuzz tests fail on it. */
  public static final String INTERNAL_ERROR = "internal-error";

  private void readUnguarded(Input input, ReadOptions options, ReadSink sink) {
    if (input.isStdin()) {
      readStdin(options, sink);
      return;
    }
    reader(formatOf(input.fileName()).orElse(Format.TEXT)).read(input, options, sink);
  }

  private ArticleReader reader(Format format) {
    return switch (format) {
      case JSON_LINES -> jsonLines;
      case HTML -> html;
      case WARC -> warc;
      case TEXT -> text;
    };
  }

  /** Passes to a sink, marking what it throws so that {@link #read} tells it from a reader's failure. */
  private record GuardedSink(ReadSink sink) implements ReadSink {

    static final class Failure extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final transient RuntimeException cause;

      Failure(RuntimeException cause) {
        super(cause);
        this.cause = cause;
      }
    }

    @Override
    public void article(RawArticle article) {
      try {
        sink.article(article);
      } catch (RuntimeException e) {
        throw new Failure(e);
      }
    }

    @Override
    public void problem(Problem problem) {
      try {
        sink.problem(problem);
      } catch (RuntimeException e) {
        throw new Failure(e);
      }
    }
  }

  private void readStdin(ReadOptions options, ReadSink sink) {
    readStream("-", System.in, options, sink);
  }

  /** How many bytes are looked at to tell a stream's format. */
  static final int SNIFF_BYTES = 64 << 10;

  /**
   * Reads a stream of unknown format, such as standard input, without holding more of it than its
   * format needs: JSON Lines and WARC are read record by record as they arrive, so that an archive
   * piped in takes no more memory than one read from a file; a web page or a dated text is read
   * whole, up to the size limit of its format. The format is told by the first non-blank
   * character: '<' a web page, '{' JSON Lines, "WARC/" a web archive, anything else dated text;
   * gzip data is uncompressed first. Articles and problems are named {@code name}, and
   * {@code name#n} for the n-th line or record.
   */
  public void readStream(String name, InputStream stream, ReadOptions options, ReadSink sink) {
    BufferedInputStream in = new BufferedInputStream(stream, SNIFF_BYTES);
    Format format;
    try {
      if (isGzip(in)) {
        in = new BufferedInputStream(new GZIPInputStream(in), SNIFF_BYTES);
      }
      format = sniff(in);
    } catch (EOFException | ZipException e) {
      sink.problem(new Problem(name, "truncated", cannotRead(name) + "the gzip data is cut short or corrupt"));
      return;
    } catch (IOException e) {
      sink.problem(new Problem(name, "unreadable", cannotRead(name) + reason(e)));
      return;
    }
    InputStream sniffed = in;
    // one stream, opened once by the reader that takes it
    reader(format).read(Input.stream(name, () -> sniffed), options, sink);
  }

  private static String cannotRead(String name) {
    return "cannot read " + (name.equals("-") ? "standard input" : name) + ": ";
  }

  private static boolean isGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    byte[] magic = in.readNBytes(2);
    in.reset();
    return Decoded.isGzip(magic);
  }

  /** The format of what {@code in} holds, by its first non-blank bytes; the stream is left unread. */
  private static Format sniff(BufferedInputStream in) throws IOException {
    in.mark(SNIFF_BYTES);
    try {
      byte[] head = in.readNBytes(SNIFF_BYTES);
      int i = Decoded.utf8Bom(head);
      while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
        i++;
      }
      if (i == head.length) {
        return Format.TEXT;
      }
      if (head[i] == '<') {
        return Format.HTML;
      }
      if (head[i] == '{') {
        return Format.JSON_LINES;
      }
      String start = new String(head, i, Math.min(5, head.length - i), StandardCharsets.US_ASCII);
      return start.equals("WARC/") ? Format.WARC : Format.TEXT;
    } finally {
      in.reset();
    }
  }

  /**
   * Reads already decoded content of unknown format: an HTML page if it starts with '<', JSON Lines
   * if with '{', else dated text.
   */
  public void readText(Input input, String content, ReadOptions options, ReadSink sink) {
    if (content.stripLeading().startsWith("<")) {
      HtmlReader.deliver(input.name(), new HtmlExtractor().extract(content, Optional.empty()), options, sink);
    } else if (content.stripLeading().startsWith("{")) {
      String[] lines = content.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          jsonLines.parseLine(input, i + 1, lines[i], options, sink);
        }
      }
    } else {
      text.parse(input, content, options, sink);
    }
  }

  /** A short reason for an I/O failure, for a person. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }
}
