package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.read.Problem;

/**
 * What one PATH of {@code newsgraph load} holds (issue 12): the output folder of the Spark job
 * ({@code articles/}, {@code failures/}, {@code provenance/}), a folder of article JSON Lines files,
 * or one such file as {@code extract --format jsonl} writes it. Files are taken in name order.
 *
 * @param name the path as the user gave it
 * @param articles the article JSON Lines files ({@code .gz} ones are decompressed on reading)
 * @param failures the job's failures files: one {@code {"input","code","message"}} object per line
 * @param provenance the job's provenance file, when it wrote one
 * @param problem why the path gives nothing to load, when it does not
 */
record LoadInput(String name, List<Path> articles, List<Path> failures, Optional<Path> provenance,
    Optional<Problem> problem) {

  /** Suffixes of compressions other than gzip that Spark may be configured to write; not read. */
  private static final List<String> UNREAD_COMPRESSIONS = List.of(".bz2", ".snappy", ".lz4", ".zst", ".deflate");

  LoadInput {
    articles = List.copyOf(articles);
    failures = List.copyOf(failures);
  }

  /** What {@code name} holds; never throws for a path that is missing or unreadable. */
  static LoadInput find(String name) {
    Path path = Path.of(name);
    try {
      if (Files.isRegularFile(path)) {
        return new LoadInput(name, List.of(path), List.of(), Optional.empty(), Optional.empty());
      }
      if (!Files.isDirectory(path)) {
        return failed(name, "missing", "no such file or folder");
      }
      if (Files.isDirectory(path.resolve("articles"))) {
        Optional<Path> provenance = dataFiles(path.resolve("provenance")).stream().findFirst();
        return checked(new LoadInput(name, dataFiles(path.resolve("articles")), dataFiles(path.resolve("failures")),
            provenance, Optional.empty()));
      }
      if (Files.isDirectory(path.resolve("parquet"))) {
        // the job always writes articles/ beside parquet/, with the same JSON per article; reading
        // Parquet here would bring Hadoop into the CLI (HOUSE_STYLE rule 12)
        return failed(name, "parquet-only", "holds parquet/ but no articles/: load reads the article JSON Lines the "
            + "Spark job writes under articles/ (the same JSON as the Parquet json column)");
      }
      return checked(new LoadInput(name, dataFiles(path), List.of(), Optional.empty(), Optional.empty()));
    } catch (UncheckedIOException e) {
      return failed(name, "unreadable", "cannot list: " + e.getCause().getMessage());
    }
  }

  private static LoadInput checked(LoadInput input) {
    Optional<Path> compressed = input.articles.stream().filter(LoadInput::unreadCompression).findFirst();
    if (compressed.isPresent()) {
      return failed(input.name, "unread-compression", compressed.get().getFileName()
          + " is compressed with a codec load does not read (only gzip); write the job output uncompressed or gzipped");
    }
    if (input.articles.isEmpty()) {
      return failed(input.name, "no-articles", "no article JSON Lines files in it");
    }
    return input;
  }

  private static LoadInput failed(String name, String code, String message) {
    return new LoadInput(name, List.of(), List.of(), Optional.empty(), Optional.of(new Problem(name, code, message)));
  }

  /** The data files of a folder in name order: not Spark's markers ({@code _SUCCESS}) or checksums ({@code .crc}). */
  private static List<Path> dataFiles(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile)
          .filter(f -> !f.getFileName().toString().startsWith("_") && !f.getFileName().toString().startsWith("."))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean unreadCompression(Path file) {
    String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return UNREAD_COMPRESSIONS.stream().anyMatch(n::endsWith);
  }
}
