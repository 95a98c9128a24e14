package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.zip.GZIPInputStream;
import org.newsgraph.model.Article;
import org.newsgraph.output.ArticleJsonReader;
import org.newsgraph.output.ParsedArticle;
import org.newsgraph.read.Problem;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.PutOutcome;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.WriteMode;

/**
 * Stores the articles of article JSON Lines files one line at a time, through {@link Store#put} as
 * {@code ingest} does (the store links each article as it stores it), counting what happened (issue 12).
 * A bad line is reported as {@code file:line: reason}, recorded in the store's problems and skipped.
 */
final class Loader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Store store;
  private final WriteMode mode;
  private final Progress progress;
  private final ArticleJsonReader reader = new ArticleJsonReader();
  final List<String> failed = new ArrayList<>();
  int lines;
  int stored;
  int replaced;
  int skipped;
  int jobFailures;

  Loader(Store store, WriteMode mode, Progress progress) {
    this.store = store;
    this.mode = mode;
    this.progress = progress;
  }

  /** The non-blank lines of {@code files}, for the progress line; unreadable files count 0. */
  static int countLines(List<Path> files) {
    int[] count = {0};
    for (Path f : files) {
      forEachLine(f, (line, where) -> count[0]++);
    }
    return count[0];
  }

  /** Stores every article of {@code file}, recording it as made by {@code provenance}. */
  void articles(Path file, Provenance provenance) {
    forEachLine(file, (line, where) -> article(line, where, provenance)).ifPresent(this::problem);
  }

  /** Records each failure the Spark job wrote in {@code file} as a problem of the store, as ingest records its own. */
  void jobFailures(Path file) {
    forEachLine(file, (line, where) -> {
      JsonNode f;
      try {
        f = JSON.readTree(line);
      } catch (IOException e) {
        f = null;
      }
      if (f == null || !f.path("input").isTextual() || !f.path("code").isTextual() || !f.path("message").isTextual()) {
        problem(new Problem(where, "invalid-failure", "not a failure line of the Spark job ({\"input\",\"code\",\"message\"})"));
        return;
      }
      store.problem(f.get("input").textValue(), f.get("code").textValue(), f.get("message").textValue());
      jobFailures++;
    }).ifPresent(this::problem);
  }

  /** Records why an input gave nothing to load. */
  void problem(Problem problem) {
    failed.add(problem.describe());
    store.problem(problem.input(), problem.code(), problem.message());
  }

  private void article(String line, String where, Provenance provenance) {
    lines++;
    ParsedArticle parsed = reader.read(line, where);
    parsed.problem().ifPresent(this::problem);
    parsed.article().ifPresent(a -> put(a, where, provenance));
    progress.tick();
  }

  private void put(Article article, String where, Provenance provenance) {
    if (mode == WriteMode.SKIP_EXISTING && store.contains(article.id())) {
      skipped++;
      return;
    }
    try {
      PutOutcome outcome = store.put(article, provenance, mode);
      switch (outcome) {
        case STORED -> stored++;
        case REPLACED -> replaced++;
        case SKIPPED -> skipped++;
        default -> throw new IllegalStateException("Unknown outcome " + outcome);
      }
    } catch (StoreException e) {
      failed.add(where + ": " + e.getMessage());
    }
  }

  /**
   * Calls {@code action} with each non-blank line of {@code file} and its {@code file:line}; a file
   * that cannot be read (to its end) gives a problem naming the line it stopped at.
   */
  private static Optional<Problem> forEachLine(Path file, BiConsumer<String, String> action) {
    int n = 0;
    try (BufferedReader in = open(file)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        n++;
        if (!line.isBlank()) {
          action.accept(line, file + ":" + n);
        }
      }
      return java.util.Optional.empty();
    } catch (IOException e) {
      return java.util.Optional.of(new Problem(file + (n > 0 ? ":" + (n + 1) : ""), "unreadable",
          "cannot read: " + e.getMessage()));
    }
  }

  private static BufferedReader open(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.getFileName().toString().endsWith(".gz")) {
      in = new GZIPInputStream(in, 1 << 16);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
  }

  void report(PrintWriter err, double seconds, long bytes, String where) {
    err.printf("load: lines %d, stored %d, replaced %d, skipped %d (already stored), failed %d%n",
        lines, stored, replaced, skipped, failed.size());
    if (jobFailures > 0) {
      err.printf("load: %d failures of the Spark job recorded as problems (its failures/ output)%n", jobFailures);
    }
    err.printf("load: %.1fs, %.1f lines/s; store %s, %.1f MB%n", seconds, lines / Math.max(seconds, 1e-9), where, bytes / 1e6);
    failed.stream().limit(20).forEach(f -> err.println("  failed: " + f));
    if (failed.size() > 20) {
      err.printf("  ... and %d more failures (table problem in the store)%n", failed.size() - 20);
    }
  }
}
