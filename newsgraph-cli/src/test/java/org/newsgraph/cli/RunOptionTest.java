package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The commands that analyse take --threads and --max-seconds-per-article alike, and refuse values below 1 (issue 11). */
class RunOptionTest {

  @Test
  void extractAndIngestRefuseTheSameBadValues() {
    for (String command : new String[] {"extract", "ingest"}) {
      CliRun slow = CliRun.of(command, "--max-seconds-per-article", "0", "missing.txt");
      assertThat(slow.exit()).as(command + ": " + slow.err()).isEqualTo(Newsgraph.USAGE);
      assertThat(slow.err()).as(command).contains("--max-seconds-per-article must be at least 1, got 0");
      CliRun none = CliRun.of(command, "--threads", "0", "missing.txt");
      assertThat(none.exit()).as(command + ": " + none.err()).isEqualTo(Newsgraph.USAGE);
      assertThat(none.err()).as(command).contains("--threads must be at least 1, got 0");
    }
  }
}
