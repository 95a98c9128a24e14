package org.newsgraph.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.html.HtmlExtractor;

/**
 * Chooses the reader for an input by its file type, and reads it.
 *
 * <p>{@code .jsonl}, {@code .ndjson} and {@code .json} files are JSON Lines; {@code .html},
 * {@code .htm} and {@code .xhtml} files, gzipped or not, are web pages (issue 10); {@code .warc} and
 * {@code .warc.gz} files are web archives; {@code .txt} files and files named explicitly with
 * another extension are dated plain text. Standard input is a web page when its
 * first non-blank character is '<', JSON Lines when it is '{', plain text otherwise.
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
    Format format = formatOf(input.fileName()).orElse(Format.TEXT);
    ArticleReader reader = switch (format) {
      case JSON_LINES -> jsonLines;
      case HTML -> html;
      case WARC -> warc;
      case TEXT -> text;
    };
    reader.read(input, options, sink);
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
    Input stdin = Input.stdin();
    byte[] bytes;
    try {
      bytes = stdin.readAllBytes();
    } catch (IOException e) {
      sink.problem(new Problem("-", "unreadable", "cannot read standard input: " + reason(e)));
      return;
    }
    Decoded decoded = Decoded.of(bytes);
    if (decoded.text().isEmpty()) {
      sink.problem(new Problem("-", "undecodable", decoded.error().orElseThrow()));
      return;
    }
    readText(stdin, decoded.text().get(), options, sink);
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
