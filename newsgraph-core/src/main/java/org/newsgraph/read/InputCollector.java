package org.newsgraph.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Turns the paths a user names into inputs: files as they are, folders read recursively (following
 * links, never in a loop) for the file types newsgraph reads, {@code -} as standard input.
 */
public final class InputCollector {

  private static final String DANGLING = "a symbolic link to nothing (its target does not exist); skipped";

  /** The inputs found, in a stable order, and the problems with paths that gave none. */
  public record Collected(List<Input> inputs, List<Problem> problems) {
    public Collected {
      inputs = List.copyOf(inputs);
      problems = List.copyOf(problems);
    }
  }

  public Collected collect(List<String> paths) {
    List<Input> inputs = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : paths) {
      if (name.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        int before = inputs.size();
        walk(path, inputs, problems);
        if (inputs.size() == before) {
          problems.add(new Problem(name, "empty-folder", "no readable files in this folder (.txt, .jsonl, .json, .ndjson, .html, .htm, .html.gz, .warc, .warc.gz)"));
        }
      } else if (Files.isRegularFile(path)) {
        inputs.add(Input.file(path));
      } else if (Files.isSymbolicLink(path) && !Files.exists(path)) {
        problems.add(new Problem(name, "unreadable", DANGLING));
      } else if (Files.exists(path)) {
        problems.add(new Problem(name, "unreadable", "not a regular file or folder"));
      } else {
        problems.add(new Problem(name, "unreadable", "no such file or folder"));
      }
    }
    return new Collected(inputs, problems);
  }

  private static void walk(Path root, List<Input> inputs, List<Problem> problems) {
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          boolean readable = Readers.formatOf(file.getFileName().toString()).isPresent();
          if (attrs.isRegularFile() && readable) {
            found.add(file);
          } else if (attrs.isSymbolicLink() && readable) {
            // a link the walk could not follow: its target is missing (a link to a folder or file is followed)
            problems.add(new Problem(file.toString(), "unreadable", DANGLING));
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
          String why = e instanceof FileSystemLoopException ? "a link loop; skipped" : Readers.reason(e);
          problems.add(new Problem(file.toString(), "unreadable", why));
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      problems.add(new Problem(root.toString(), "unreadable", Readers.reason(e)));
    }
    found.sort(null);
    found.forEach(p -> inputs.add(Input.file(p)));
  }
}
