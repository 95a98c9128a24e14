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
import org.newsgraph.model.Article;
import org.newsgraph.output.ArticleJson;
import org.newsgraph.output.ArticleSummary;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.BatchRunner;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph extract}: articles in, article JSON (or summaries) out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Analyses articles and writes one article JSON object per line (the article contract).",
        "PATH is a file, a folder (read recursively: .txt, .jsonl, .json, .ndjson, .html, .htm, .html.gz, .warc,",
        ".warc.gz) or - for standard input.",
        "Exit status: 0 when every input was read, 1 when any was skipped, 2 for a usage error."})
final class ExtractCommand implements Callable<Integer> {

  enum Format { jsonl, text }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|text",
      description = "Output: jsonl (the article contract, default) or text (a short summary per article).")
  Format format = Format.jsonl;

  @Mixin ReadChoice read = new ReadChoice();

  @Mixin RunChoice run = new RunChoice();

  @Mixin EngineChoice engine = new EngineChoice();

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for standard input.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    run.validate(spec);
    ReadOptions options = read.options(spec);
    PrintWriter err = spec.commandLine().getErr();
    InputCollector.Collected collected = ReadChoice.collect(paths, err);
    if (collected.inputs().isEmpty()) {
      err.println("newsgraph: nothing to read");
      return Newsgraph.SKIPPED;
    }
    long setupStart = System.nanoTime();
    ArticlePipeline pipeline = Pipelines.standard(engine.build());
    double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
    OutputSink sink = new OutputSink(out, err);
    BatchRunner.Summary summary = run.runner(pipeline).run(collected.inputs(), options, sink);
    sink.flush();
    int skipped = summary.problems() + collected.problems().size();
    err.println(Figures.describe(summary, setupSeconds));
    err.println(pipeline.stageTimes().describe());
    if (skipped > 0) {
      err.printf("newsgraph: %d input(s) or record(s) skipped%n", skipped);
    }
    err.flush();
    return skipped > 0 ? Newsgraph.SKIPPED : Newsgraph.OK;
  }

  private final class OutputSink implements BatchRunner.Sink {
    private final Writer out;
    private final PrintWriter err;
    private final ArticleJson json = new ArticleJson();
    private final ArticleSummary summary = new ArticleSummary();

    OutputSink(Writer out, PrintWriter err) {
      this.out = out;
      this.err = err;
    }

    @Override
    public void article(Article article) {
      try {
        if (format == Format.jsonl) {
          json.write(article, out);
          out.write('\n');
        } else {
          out.write(summary.summarise(article));
          out.write('\n');
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot write to standard output: " + e.getMessage(), e);
      }
    }

    @Override
    public void problem(Problem problem) {
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
