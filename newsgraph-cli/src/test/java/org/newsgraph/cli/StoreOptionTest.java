package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A --store that names no store is a usage error for every command that takes one, and creates nothing. */
class StoreOptionTest {

  @Test
  void aUrlOfAnotherDatabaseIsAUsageErrorEverywhere() {
    for (String command : new String[] {"serve", "stats", "ingest"}) {
      CliRun run = command.equals("ingest") ? CliRun.of(command, "--store", "mysql://localhost/news", "missing.txt")
          : CliRun.of(command, "--store", "mysql://localhost/news");
      assertThat(run.exit()).as(command + ": " + run.err()).isEqualTo(Newsgraph.USAGE);
      assertThat(run.err()).as(command).contains("--store").contains("mysql://localhost/news");
    }
    assertThat(Files.exists(Path.of("mysql:"))).isFalse();
  }
}
