package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed through {@code ingest} and the query commands, with CoreNLP (issue 8). The analysis is
 * cached under target/ so that re-runs of the IT are quick.
 */
class IngestSeedIT {

  private static final Path SEED = Path.of(System.getProperty("newsgraph.shared", "../shared"), "seed", "000_758185bb490a79bb.txt");

  @TempDir Path dir;

  @Test
  void ingestsTheSeedOnceAndAnswersQuestionsAboutIt() {
    String store = dir.resolve("store").toString();
    String cache = Path.of("target", "it-analysis-cache").toAbsolutePath().toString();
    CliRun first = CliRun.of("ingest", "--threads", "1", "--analysis-cache", cache, "--store", store, SEED.toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.err()).contains("read 1, stored 1, replaced 0, skipped 0");

    CliRun again = CliRun.of("ingest", "--threads", "1", "--analysis-cache", cache, "--store", store, SEED.toString());
    assertThat(again.err()).contains("read 1, stored 0, replaced 0, skipped 1");

    CliRun stats = CliRun.of("stats", "--json", "--store", store);
    assertThat(stats.out()).contains("\"articles\":1").containsPattern("\"mentions\":[1-9]");

    CliRun who = CliRun.of("who", "Jeff Sessions", "--json", "--store", store);
    assertThat(who.exit()).as(who.err()).isZero();
    assertThat(who.out()).contains("\"bioguide\":\"S001141\"").contains("\"firstSeen\":\"2019-10-29\"");

    CliRun search = CliRun.of("search", "Tuberville", "--json", "--store", store);
    assertThat(search.out()).contains("[Tuberville]");

    CliRun export = CliRun.of("export", "--format", "graphml", "--store", store);
    assertThat(export.exit()).isZero();
  }
}
