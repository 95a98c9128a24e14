package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * One input to read: a file, or standard input.
 *
 * @param name the name to report it by (the path as given, or {@code -} for standard input)
 * @param path the file, or null for standard input
 */
public record Input(String name, Path path) {

  public Input {
    Objects.requireNonNull(name, "name");
  }

  public static Input file(Path path) {
    return new Input(path.toString(), path);
  }

  public static Input stdin() {
    return new Input("-", null);
  }

  /** The file name, lower-cased, or empty for standard input. */
  public String fileName() {
    return path == null ? "" : path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /** All bytes of the input. */
  public byte[] readAllBytes() throws IOException {
    if (path == null) {
      return System.in.readAllBytes();
    }
    return Files.readAllBytes(path);
  }

  /** A stream over the input's bytes, for readers that stream. */
  public InputStream open() throws IOException {
    return path == null ? System.in : Files.newInputStream(path);
  }
}
