package org.newsgraph.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * One input to read: a file, a stream of bytes from elsewhere (a distributed file system), or
 * standard input.
 *
 * @param name the name to report it by (the path as given, or {@code -} for standard input)
 * @param path the file, or null for standard input and for streams
 * @param opener opens the bytes of a stream, or null for files and standard input
 */
public record Input(String name, Path path, Opener opener) {

  /** Opens the bytes of an input that is not a local file; each call gives a new stream. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public Input {
    Objects.requireNonNull(name, "name");
    if (path != null && opener != null) {
      throw new IllegalArgumentException("An input is a file or a stream, not both: " + name);
    }
  }

  /** A file or, with a null path, standard input. */
  public Input(String name, Path path) {
    this(name, path, null);
  }

  public static Input file(Path path) {
    return new Input(path.toString(), path);
  }

  public static Input stdin() {
    return new Input("-", null);
  }

  /**
   * Bytes from elsewhere, such as a file on HDFS or S3 read by a Spark job (issue 12); the reader is
   * chosen by the file type at the end of {@code name}, as for a file.
   */
  public static Input stream(String name, Opener opener) {
    return new Input(name, null, Objects.requireNonNull(opener, "opener"));
  }

  /** Whether this is standard input. */
  public boolean isStdin() {
    return path == null && opener == null;
  }

  /** The file name, lower-cased, or empty for standard input. */
  public String fileName() {
    if (path != null) {
      return path.getFileName().toString().toLowerCase(Locale.ROOT);
    }
    return opener == null ? "" : name.substring(name.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }

  /** All bytes of the input. */
  public byte[] readAllBytes() throws IOException {
    if (path == null && opener == null) {
      return System.in.readAllBytes();
    }
    try (InputStream in = open()) {
      return in.readAllBytes();
    }
  }

  /** The input's first {@code max} bytes, or all of them when there are fewer. */
  public byte[] readAtMost(int max) throws IOException {
    if (path == null && opener == null) {
      return System.in.readNBytes(max);
    }
    try (InputStream in = open()) {
      return in.readNBytes(max);
    }
  }

  /** A stream over the input's bytes, for readers that stream. */
  public InputStream open() throws IOException {
    if (opener != null) {
      return opener.open();
    }
    return path == null ? System.in : Files.newInputStream(path);
  }
}
