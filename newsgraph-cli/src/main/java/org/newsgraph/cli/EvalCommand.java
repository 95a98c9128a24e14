package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.evaluate.BodyScore;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph eval}: holds newsgraph's stages against shared ground truth. */
@Command(name = "eval", mixinStandardHelpOptions = true, description = "Benchmarks against ground truth.",
    subcommands = {EvalCommand.Extraction.class})
final class EvalCommand {

  /** {@code newsgraph eval extraction}: article-body extraction from web pages (issue 10). */
  @Command(name = "extraction", mixinStandardHelpOptions = true,
      description = {"Extracts the article body of every page in DIR (read with one thread) and scores it against",
          "TRUTH, a JSON object {page: {\"articleBody\": ...}} keyed by file name without .html.gz / .html,",
          "with the benchmark's word 4-shingle metric; prints precision, recall, F1, accuracy and pages/s."})
  static final class Extraction implements Callable<Integer> {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Spec CommandSpec spec;

    @Option(names = "--pages", required = true, paramLabel = "DIR", description = "Folder of .html / .html.gz pages.")
    Path pages;

    @Option(names = "--truth", required = true, paramLabel = "FILE", description = "The ground truth JSON.")
    Path truth;

    @Option(names = "--output", paramLabel = "FILE",
        description = "Also write JSON Lines {source, title, published, text} that score_article_body.py scores.")
    Optional<Path> output = Optional.empty();

    @Override
    public Integer call() throws IOException {
      PrintWriter err = spec.commandLine().getErr();
      JsonNode gold = new ObjectMapper().readTree(truth.toFile());
      InputCollector.Collected inputs = ReadChoice.collect(List.of(pages.toString()), err);
      Map<String, RawArticle> read = new HashMap<>();
      long start = System.nanoTime();
      long cpuStart = THREADS.getCurrentThreadCpuTime();
      Readers readers = new Readers();
      inputs.inputs().forEach(input -> readers.read(input, ReadOptions.defaults(), new ReadSink() {
        @Override
        public void article(RawArticle article) {
          read.put(key(article.source()), article);
        }

        @Override
        public void problem(Problem problem) {
          err.println("newsgraph: " + problem.describe());
        }
      }));
      double seconds = (System.nanoTime() - start) / 1e9;
      // CPU time of the one reading thread: the machine may be shared, wall time then says little
      double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      BodyScore score = new BodyScore();
      gold.fields().forEachRemaining(e -> score.add(e.getValue().path("articleBody").asText(""),
          Optional.ofNullable(read.get(e.getKey())).map(RawArticle::text).orElse("")));
      PrintWriter out = spec.commandLine().getOut();
      out.println(score.figures().describe());
      int n = inputs.inputs().size();
      out.printf("pages read %d, articles %d; one thread: %.1f s wall, %.1f pages/s; %.1f s CPU, %.1f pages/s%n", n,
          read.size(), seconds, n / Math.max(seconds, 1e-9), cpuSeconds, n / Math.max(cpuSeconds, 1e-9));
      out.flush();
      if (output.isPresent()) {
        write(read, output.get());
      }
      return Newsgraph.OK;
    }

    /** The benchmark's page key: the file name without its page extensions. */
    static String key(String source) {
      String name = Path.of(source.split("#", 2)[0]).getFileName().toString();
      return name.replaceFirst("\\.(html?|xhtml)(\\.gz)?$", "");
    }

    private static void write(Map<String, RawArticle> read, Path file) throws IOException {
      ObjectMapper mapper = new ObjectMapper();
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (RawArticle a : read.values()) {
          ObjectNode o = mapper.createObjectNode();
          o.put("id", a.id());
          o.put("source", a.source());
          o.put("title", a.title().orElse(null));
          o.put("published", a.published().map(Object::toString).orElse(null));
          o.put("text", a.text());
          o.putArray("removed");
          w.write(mapper.writeValueAsString(o));
          w.newLine();
        }
      }
    }
  }
}
