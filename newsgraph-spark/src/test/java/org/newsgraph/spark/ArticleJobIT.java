package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.cli.Newsgraph;
import org.newsgraph.spark.internal.ExecutorPipeline;
import picocli.CommandLine;

/**
 * The Spark job in local mode on two cores, CoreNLP included, against {@code newsgraph extract} on
 * the same corpus (issue 12): the same articles byte for byte, the same problems as failures.
 *
 * <p>One CoreNLP per JVM: the job analyses with a fresh analysis cache, so its executor loads
 * CoreNLP; extract then runs with that cache and finds every analysis in it, so it loads none. A
 * Spark output that differed in any text, date or id would miss the cache and differ from extract.
 */
class ArticleJobIT {

  @TempDir static Path dir;

  private static final ObjectMapper JSON = new ObjectMapper();

  private static Path corpus;
  private static Path cache;
  private static Path out;
  private static JobSummary summary;

  /** One run of the job for every test: CoreNLP is loaded once, by its executor. */
  @BeforeAll
  static void runTheJob() throws Exception {
    corpus = Corpus.write(Files.createDirectories(dir.resolve("corpus")));
    cache = dir.resolve("cache");
    out = dir.resolve("out");
    JobOptions options = JobOptions.of(List.of(corpus.toString()), out.toString()).withPartitions(4)
        .withEngine(EngineSpec.defaults().withAnalysisCache(cache)).withParquet(true);
    try (JavaSparkContext spark = localSpark()) {
      summary = new ArticleJob().run(spark, options);
    }
  }

  @Test
  void writesExactlyExtractsArticlesAndEveryBadRecordWithItsReason() throws Exception {
    int good = Corpus.TEXT_FILES + Corpus.GOOD_JSON_LINES;
    assertThat(summary.articles()).isEqualTo(good);
    assertThat(summary.failures()).isEqualTo(Corpus.BAD_RECORDS + 1);
    assertThat(ExecutorPipeline.builds()).as("one pipeline for the JVM, however many tasks").isEqualTo(1);

    List<String> articles = lines(out.resolve("articles"));
    Extract extract = extract(cache, corpus);
    assertThat(extract.status()).as(extract.err()).isEqualTo(1);
    assertThat(extract.articles()).hasSize(good);
    assertThat(articles).containsExactlyInAnyOrderElementsOf(extract.articles());

    List<String> failures = new ArrayList<>();
    for (String line : lines(out.resolve("failures"))) {
      JsonNode f = JSON.readTree(line);
      failures.add(f.get("input").asText() + ": " + f.get("message").asText());
    }
    List<String> expected = new ArrayList<>(extract.problems());
    expected.add(corpus.resolve("notes.csv") + ": not a file type newsgraph reads; skipped");
    assertThat(failures).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(failures).anyMatch(f -> f.startsWith(corpus.resolve("feed.jsonl") + "#5: invalid JSON"));

    List<String> names = lines(out.resolve("names"));
    assertThat(names).anySatisfy(line -> {
      JsonNode group = JSON.readTree(line);
      assertThat(group.get("key").asText()).isEqualTo("PERSON:maria lopez");
      assertThat(group.get("articles").asLong()).isGreaterThan(1);
    });
    try (Stream<Path> months = Files.list(out.resolve("parquet"))) {
      assertThat(months.map(p -> p.getFileName().toString())).contains("month=2020-02", "month=unknown");
    }
  }

  /**
   * {@code newsgraph load} of the job's output stores what {@code newsgraph ingest} of the same corpus
   * stores: the same articles, mentions, quotes, facts and linked entities; its problems are the
   * job's failures, which include the file of an unknown type that ingest's folder walk passes over.
   */
  @Test
  void loadsIntoTheStoreWhatIngestStores() throws Exception {
    Run load = cli("load", "--store", dir.resolve("loaded").toString() + "/", out.toString());
    assertThat(load.status()).as(load.err()).isZero();
    int good = Corpus.TEXT_FILES + Corpus.GOOD_JSON_LINES;
    assertThat(load.err()).contains("load: lines " + good + ", stored " + good + ", replaced 0, skipped 0")
        .contains((Corpus.BAD_RECORDS + 1) + " failures of the Spark job recorded as problems");
    Run ingest = cli("ingest", "--threads", "1", "--analysis-cache", cache.toString(),
        "--store", dir.resolve("ingested").toString() + "/", corpus.toString());
    assertThat(ingest.err()).contains("stored " + good + ",");

    JsonNode loaded = JSON.readTree(cli("stats", "--json", "--store", dir.resolve("loaded") + "/").out());
    JsonNode ingested = JSON.readTree(cli("stats", "--json", "--store", dir.resolve("ingested") + "/").out());
    for (String count : List.of("articles", "entities", "mentions", "quotes", "facts")) {
      assertThat(loaded.get(count).asLong()).as(count).isEqualTo(ingested.get(count).asLong());
    }
    assertThat(loaded.get("mentions").asLong()).isPositive();
    assertThat(loaded.get("problems").asLong()).isEqualTo(ingested.get("problems").asLong() + 1);
    // global ids follow the order articles are stored in, which differs: compare what they name
    JsonNode whoLoaded = JSON.readTree(cli("who", "Maria Lopez", "--json", "--store", dir.resolve("loaded") + "/").out());
    JsonNode whoIngested = JSON.readTree(cli("who", "Maria Lopez", "--json", "--store", dir.resolve("ingested") + "/").out());
    assertThat(whoLoaded.get("name").asText()).isEqualTo("Maria Lopez");
    assertThat(whoLoaded.get("aliases")).containsExactlyInAnyOrderElementsOf(whoIngested.get("aliases"));
    assertThat(whoLoaded.get("facts").size()).isEqualTo(whoIngested.get("facts").size());

    Run again = cli("load", "--store", dir.resolve("loaded").toString() + "/", out.toString());
    assertThat(again.err()).contains("stored 0, replaced 0, skipped " + good);
  }

  private record Run(int status, String out, String err) {}

  private static Run cli(String... args) {
    CommandLine cli = new CommandLine(new Newsgraph());
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  static JavaSparkContext localSpark() {
    return new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("newsgraph-test")
        .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
        .set("spark.driver.bindAddress", "127.0.0.1")
        .set("spark.sql.shuffle.partitions", "4"));
  }

  static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> parts = Files.list(folder)) {
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        Files.readAllLines(part, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(lines::add);
      }
    }
    return lines;
  }

  private record Extract(int status, List<String> articles, List<String> problems, String err) {}

  /** {@code newsgraph extract --analysis-cache CACHE CORPUS}, in this JVM, as a user runs it. */
  private static Extract extract(Path cache, Path corpus) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = new CommandLine(new Newsgraph());
      cli.setErr(new PrintWriter(err, true));
      status = cli.execute("extract", "--threads", "1", "--analysis-cache", cache.toString(), corpus.toString());
    } finally {
      System.setOut(stdout);
    }
    List<String> articles = out.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    List<String> problems = err.toString().lines()
        .filter(l -> l.startsWith("newsgraph: ") && !l.matches("newsgraph: \\d+ input\\(s\\) or record\\(s\\) skipped"))
        .map(l -> l.substring("newsgraph: ".length())).toList();
    return new Extract(status, articles, problems, err.toString());
  }
}
