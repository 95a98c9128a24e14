package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.Store;
import org.newsgraph.store.WriteMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph load}: analysed articles (the Spark job's output, or extract's) into the store (issue 12). */
@Command(name = "load", mixinStandardHelpOptions = true,
    description = {"Stores articles that are already analysed: the output folder of the Spark job (newsgraph-spark),",
        "or article JSON Lines files as `newsgraph extract --format jsonl` writes them. The store links them across",
        "articles as ingest does; articles already stored are skipped (--reprocess replaces them). The job's",
        "failures/ are recorded in the store's problems. Local files only: copy a job's output from HDFS or S3 first.",
        "Exit status: 0 when every line was stored or skipped, 1 when any failed, 2 for a usage error."})
final class LoadCommand implements Callable<Integer> {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Option(names = "--reprocess", description = "Replace articles that are already stored.")
  boolean reprocess;

  @Parameters(arity = "1..*", paramLabel = "OUTPUT",
      description = "Spark job output folders (with articles/), folders of JSON Lines files, or JSON Lines files.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<LoadInput> inputs = paths.stream().map(LoadInput::find).toList();
    inputs.forEach(i -> i.problem().ifPresent(p -> err.println("newsgraph: " + p.describe())));
    long setupStart = System.nanoTime();
    try (Store s = store.open(spec)) {
      s.prepareForWrites();
      long started = System.nanoTime();
      int total = Loader.countLines(inputs.stream().flatMap(i -> i.articles().stream()).toList());
      err.printf("load: store %s ready, setup %.1fs; %d lines to load%n", store.location(spec).describe(),
          (started - setupStart) / 1e9, total);
      Progress progress = new Progress(err, "load", total, System.console() != null);
      Loader loader = new Loader(s, reprocess ? WriteMode.REPLACE : WriteMode.SKIP_EXISTING, progress);
      for (LoadInput input : inputs) {
        input.problem().ifPresent(loader::problem);
        Provenance provenance = provenance(input);
        input.articles().forEach(f -> loader.articles(f, provenance));
        input.failures().forEach(loader::jobFailures);
      }
      progress.finish();
      loader.report(err, (System.nanoTime() - started) / 1e9, s.stats().bytes(), store.location(spec).describe());
      err.flush();
      return loader.failed.isEmpty() ? Newsgraph.OK : Newsgraph.SKIPPED;
    }
  }

  /**
   * What made the articles of {@code input}: the versions the Spark job recorded in its
   * {@code provenance/} output, or, for other files, this newsgraph and an engine it cannot know.
   */
  private static Provenance provenance(LoadInput input) {
    Provenance unknown = new Provenance("newsgraph " + Version.get() + " (load)", "unknown (not recorded with the articles)");
    if (input.provenance().isEmpty()) {
      return unknown;
    }
    Path file = input.provenance().get();
    try {
      JsonNode p = JSON.readTree(Files.readString(file));
      if (p != null && p.path("pipelineVersion").isTextual() && p.path("engineVersion").isTextual()) {
        return new Provenance(p.get("pipelineVersion").textValue(), p.get("engineVersion").textValue());
      }
    } catch (IOException e) {
      // an unreadable provenance file loses the versions, not the articles: fall through
    }
    return unknown;
  }
}
