package org.newsgraph.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --since}/{@code --until} options of the store's list commands, checked as dates (issue 8). */
final class PublishedRange {

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Articles published on or after this date.")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Articles published on or before this date.")
  String until;

  Optional<LocalDate> since(CommandSpec spec) {
    return StoreChoice.date(since, "--since", spec);
  }

  Optional<LocalDate> until(CommandSpec spec) {
    return StoreChoice.date(until, "--until", spec);
  }
}
