package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.clean.ResidueCleaner;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawArticle;
import org.newsgraph.output.ArticleJson;
import org.newsgraph.output.ResidueMarkup;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph clean}: reads articles and finds their residue only (issue 3). No language
 * analysis, so it starts at once.
 */
@Command(name = "clean", mixinStandardHelpOptions = true,
    description = {"Finds scraping residue (person cards, advertisement lines, share prompts, ...) without analysing.",
        "text (default): each article with its residue marked [-like this-], then one line per cut.",
        "jsonl: the article contract with 'removed' filled and entities, mentions, quotes, times, facts empty.",
        "PATH is a file, a folder (read recursively: .txt, .jsonl, .json, .ndjson, .html, .htm, .html.gz, .warc,",
        ".warc.gz) or - for standard input.",
        "Exit status: 0 when every input was read, 1 when any was skipped, 2 for a usage error."})
final class CleanCommand implements Callable<Integer> {

  enum Format { text, jsonl }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "text|jsonl",
      description = "Output: text (residue marked, default) or jsonl (the article contract).")
  Format format = Format.text;

  @Mixin ReadChoice read = new ReadChoice();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    ReadOptions options = read.options(spec);
    PrintWriter err = spec.commandLine().getErr();
    InputCollector.Collected collected = ReadChoice.collect(paths, err);
    if (collected.inputs().isEmpty()) {
      err.println("newsgraph: nothing to read");
      return Newsgraph.SKIPPED;
    }
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    Sink sink = new Sink(out, err, new ResidueCleaner());
    Readers readers = new Readers();
    collected.inputs().forEach(input -> readers.read(input, options, sink));
    sink.flush();
    int skipped = sink.problems + collected.problems().size();
    err.printf("articles %d, cuts %d, cut %d of %d characters (%.3f%%), cleaning %.2fs (%.2f ms/article)%n",
        sink.articles, sink.cuts, sink.cutChars, sink.chars, 100.0 * sink.cutChars / Math.max(1, sink.chars),
        sink.cleanNanos / 1e9, sink.cleanNanos / 1e6 / Math.max(1, sink.articles));
    if (skipped > 0) {
      err.printf("newsgraph: %d input(s) or record(s) skipped%n", skipped);
    }
    err.flush();
    return skipped > 0 ? Newsgraph.SKIPPED : Newsgraph.OK;
  }

  private final class Sink implements ReadSink {
    private final Writer out;
    private final PrintWriter err;
    private final Cleaner cleaner;
    private final ArticleJson json = new ArticleJson();
    private final ResidueMarkup markup = new ResidueMarkup();
    int articles;
    int problems;
    int cuts;
    long cutChars;
    long chars;
    long cleanNanos;

    Sink(Writer out, PrintWriter err, Cleaner cleaner) {
      this.out = out;
      this.err = err;
      this.cleaner = cleaner;
    }

    @Override
    public void article(RawArticle raw) {
      CleanArticle clean;
      long started = System.nanoTime();
      try {
        clean = cleaner.clean(raw);
        cleanNanos += System.nanoTime() - started;
      } catch (RuntimeException e) {
        // one article the cleaner cannot handle must not stop the run (HOUSE_STYLE rule 5)
        problem(new Problem(raw.source(), "clean-failed", "cleaning failed: " + e));
        return;
      }
      articles++;
      cuts += clean.removed().size();
      cutChars += clean.removed().stream().mapToInt(r -> r.span().length()).sum();
      chars += raw.text().length();
      try {
        if (format == Format.jsonl) {
          json.write(new Article(raw, clean.removed(), List.of(), List.of(), List.of(), List.of(), List.of()), out);
          out.write('\n');
        } else {
          out.write(markup.mark(clean));
          out.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write to standard output: " + e.getMessage(), e);
      }
    }

    @Override
    public void problem(Problem problem) {
      problems++;
      err.println("newsgraph: " + problem.describe());
      err.flush();
    }

    void flush() {
      try {
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write to standard output: " + e.getMessage(), e);
      }
    }
  }
}
