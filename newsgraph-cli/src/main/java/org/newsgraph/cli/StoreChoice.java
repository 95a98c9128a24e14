package org.newsgraph.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.Candidate;
import org.newsgraph.store.NameLookup;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreLocation;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options every store command shares: where the store is, and JSON output (issue 8). */
final class StoreChoice {

  @Option(names = "--store", paramLabel = "LOCATION", defaultValue = StoreLocation.DEFAULT,
      description = "The store: a SQLite file or folder (default: ${DEFAULT-VALUE}) or a postgresql:// URL.")
  String store = StoreLocation.DEFAULT;

  @Option(names = "--json", description = "Answer in JSON.")
  boolean json;

  StoreLocation location(CommandSpec spec) {
    return location(store, spec);
  }

  /** What was given after --store, or a usage error saying why it is no store. */
  static StoreLocation location(String store, CommandSpec spec) {
    try {
      return StoreLocation.parse(store);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--store: " + e.getMessage());
    }
  }

  Store open(CommandSpec spec) {
    return Store.open(location(spec));
  }

  /**
   * The entity a name means, or empty after telling the user why not (unknown, or ambiguous with the
   * candidates listed: as JSON with --json).
   */
  Optional<Candidate> resolve(Store store, String name, CommandSpec spec) {
    NameLookup lookup = store.lookup(name);
    if (lookup.chosen().isPresent()) {
      return lookup.chosen();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (json) {
      out.println(AnswerJson.toJson(lookup));
    } else if (lookup.candidates().isEmpty()) {
      err.println("newsgraph: no entity is known as '" + name + "'");
    } else {
      err.println("newsgraph: '" + name + "' is ambiguous; it may mean:");
      for (Candidate c : lookup.candidates()) {
        err.printf("  %s (%s, id %d, %d articles)%s%n", c.name(), c.type(), c.id(), c.articles(),
            c.kb().isEmpty() ? "" : " " + c.kb());
      }
      err.println("Ask again with a fuller name, or with an id such as a bioguide id.");
    }
    out.flush();
    err.flush();
    return Optional.empty();
  }

  /**
   * The id of the entity {@code nameOrNull} means, for an optional filter: empty when no name was given.
   *
   * @throws Unresolved after telling the user why the name means no one entity (the command exits 1)
   */
  Optional<Long> idOf(Store store, String nameOrNull, CommandSpec spec) {
    if (nameOrNull == null) {
      return Optional.empty();
    }
    return Optional.of(resolve(store, nameOrNull, spec).orElseThrow(Unresolved::new).id());
  }

  /** A name that means no one entity; the user has been told why, so there is nothing more to print. */
  static final class Unresolved extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unresolved() {
      super(null, null, false, false);
    }
  }

  static Optional<LocalDate> date(String value, String option, CommandSpec spec) {
    if (value == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new ParameterException(spec.commandLine(), option + " must be a date YYYY-MM-DD, got '" + value + "'");
    }
  }
}
