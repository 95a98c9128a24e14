package org.newsgraph.read;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the reader for an input by its file type, and reads it.
 *
 * <p>{@code .jsonl}, {@code .ndjson} and {@code .json} files are JSON Lines; {@code .txt} files and
 * files named explicitly with another extension are dated plain text. Standard input is JSON Lines
 * when its first non-blank character is '{', plain text otherwise.
 */
public final class Readers {

  private final DatedTextReader text = new DatedTextReader();
  private final JsonLinesReader jsonLines = new JsonLinesReader();

  /** The formats newsgraph reads. */
  public enum Format { TEXT, JSON_LINES }

  /** The format of a file found inside a folder, or empty when newsgraph does not read such files. */
  public static Optional<Format> formatOf(String fileName) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return Optional.of(Format.JSON_LINES);
    }
    if (name.endsWith(".txt") || name.endsWith(".text")) {
      return Optional.of(Format.TEXT);
    }
    return Optional.empty();
  }

  /** Reads {@code input}: by its file type, as text when the type is unknown. */
  public void read(Input input, ReadOptions options, ReadSink sink) {
    if (input.isStdin()) {
      readStdin(options, sink);
      return;
    }
    Format format = formatOf(input.fileName()).orElse(Format.TEXT);
    (format == Format.JSON_LINES ? jsonLines : text).read(input, options, sink);
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
    String content = decoded.text().get();
    if (content.stripLeading().startsWith("{")) {
      String[] lines = content.split("\\R", -1);
      for (int i = 0; i < lines.length; i++) {
        if (!lines[i].isBlank()) {
          jsonLines.parseLine(stdin, i + 1, lines[i], options, sink);
        }
      }
    } else {
      text.parse(stdin, content, options, sink);
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
