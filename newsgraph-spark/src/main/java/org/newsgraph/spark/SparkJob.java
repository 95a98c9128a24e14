package org.newsgraph.spark;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The command {@code spark-submit} runs: options in, {@link ArticleJob} run, a summary out. */
@Command(name = "newsgraph-spark", mixinStandardHelpOptions = true,
    description = {"Analyses a corpus on Spark as `newsgraph extract` does, one article JSON object per line.",
        "PATH is a file, a folder (read recursively) or a glob, on any Hadoop file system (file:, hdfs:, s3a:).",
        "Writes OUTPUT/articles, OUTPUT/failures, OUTPUT/names and, with --parquet, OUTPUT/parquet.",
        "Exit status: 0 when every record was read and analysed, 1 when any failed, 2 for a usage error."})
public final class SparkJob implements Callable<Integer> {

  enum Ner { fast, full }

  @Spec CommandSpec spec;

  @Option(names = "--output", required = true, paramLabel = "DIR", description = "Folder to write into; must not exist.")
  String output;

  @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the analysis (default: 3 per core).")
  int partitions;

  @Option(names = "--ner", defaultValue = "fast", paramLabel = "fast|full", description = "NER models, as for extract.")
  Ner ner = Ner.fast;

  @Option(names = "--analysis-cache", paramLabel = "DIR",
      description = "Reuse analyses kept in DIR, as extract does; DIR must be reachable by every executor.")
  Path cache;

  @Option(names = "--parquet", description = "Write the articles as Parquet partitioned by published month too.")
  boolean parquet;

  @Option(names = "--master", paramLabel = "URL", description = "Spark master when spark-submit gives none (default local[*]).")
  String master;

  @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "Publication date for inputs that give none.")
  String published;

  @Option(names = "--text-field", paramLabel = "NAME", description = "JSON Lines: the field holding the article body.")
  String textField;

  @Option(names = "--date-field", paramLabel = "NAME", description = "JSON Lines: the field holding the publication date.")
  String dateField;

  @Option(names = "--html-field", paramLabel = "NAME", description = "JSON Lines: the field holding a raw web page.")
  String htmlField;

  @Option(names = "--max-seconds-per-article", paramLabel = "S",
      description = "Abandon (and report) an article whose analysis takes longer (default: ${DEFAULT-VALUE}).")
  int maxSecondsPerArticle = 300;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs.")
  List<String> inputs = new ArrayList<>();

  public static void main(String[] args) {
    CommandLine cli = new CommandLine(new SparkJob());
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      commandLine.getErr().println("newsgraph-spark: " + e.getMessage());
      return 1;
    });
    System.exit(cli.execute(args));
  }

  /** The job's options, from the command line. */
  JobOptions options() {
    if (published != null) {
      try {
        LocalDate.parse(published);
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--published must be a date YYYY-MM-DD, got '" + published + "'");
      }
    }
    if (maxSecondsPerArticle < 1) {
      throw new ParameterException(spec.commandLine(), "--max-seconds-per-article must be at least 1, got "
          + maxSecondsPerArticle);
    }
    EngineSpec engine = new EngineSpec(ner == Ner.full, null);
    if (cache != null) {
      engine = engine.withAnalysisCache(cache);
    }
    return JobOptions.of(inputs, output).withPartitions(Math.max(0, partitions)).withEngine(engine)
        .withRead(new ReadSpec(published, textField, dateField, htmlField)).withParquet(parquet)
        .withMaxSecondsPerArticle(maxSecondsPerArticle);
  }

  @Override
  public Integer call() {
    JobOptions options = options();
    SparkConf conf = new SparkConf().setAppName("newsgraph");
    if (master != null) {
      conf.setMaster(master);
    } else {
      conf.setIfMissing("spark.master", "local[*]");
    }
    if (conf.get("spark.master").startsWith("local")) {
      // one JVM: stay on the loopback interface rather than the machine's first address
      conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1").setIfMissing("spark.driver.host", "127.0.0.1");
    }
    PrintWriter err = spec.commandLine().getErr();
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      JobSummary summary = new ArticleJob().run(spark, options);
      err.println(summary.describe());
      err.flush();
      return summary.failures() > 0 ? 1 : 0;
    }
  }
}
