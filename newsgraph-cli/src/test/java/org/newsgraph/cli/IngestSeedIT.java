package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The seed through {@code ingest} and the query commands, with CoreNLP (issue 8). The analysis is
 * cached under target/ so that re-runs of the IT are quick.
 */
class IngestSeedIT {

  private static final Path SEED = Path.of(System.getProperty("newsgraph.shared", "../shared"), "seed", "000_758185bb490a79bb.txt");

  @TempDir Path dir;

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cli = Newsgraph.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  @Test
  void ingestsTheSeedOnceAndAnswersQuestionsAboutIt() {
    String store = dir.resolve("store").toString();
    String cache = Path.of("target", "it-analysis-cache").toAbsolutePath().toString();
    Run first = run("ingest", "--threads", "1", "--analysis-cache", cache, "--store", store, SEED.toString());
    assertThat(first.status()).as(first.err()).isZero();
    assertThat(first.err()).contains("read 1, stored 1, replaced 0, skipped 0");

    Run again = run("ingest", "--threads", "1", "--analysis-cache", cache, "--store", store, SEED.toString());
    assertThat(again.err()).contains("read 1, stored 0, replaced 0, skipped 1");

    Run stats = run("stats", "--json", "--store", store);
    assertThat(stats.out()).contains("\"articles\":1").containsPattern("\"mentions\":[1-9]");

    Run who = run("who", "Jeff Sessions", "--json", "--store", store);
    assertThat(who.status()).as(who.err()).isZero();
    assertThat(who.out()).contains("\"bioguide\":\"S001141\"").contains("\"firstSeen\":\"2019-10-29\"");

    Run search = run("search", "Tuberville", "--json", "--store", store);
    assertThat(search.out()).contains("[Tuberville]");

    Run export = run("export", "--format", "graphml", "--store", store);
    assertThat(export.status()).isZero();
  }
}
