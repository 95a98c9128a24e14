package org.newsgraph.cli;

import java.io.BufferedWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.ExportWhat;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph export}: the store for pandas, spreadsheets and Gephi (issue 8). */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Writes entities, quotes, facts or the co-mention graph to standard output; every row names its article and evidence.")
final class ExportCommand implements Callable<Integer> {

  enum Format { jsonl, csv, graphml }

  enum What { entities, quotes, facts, graph }

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|csv|graphml", description = "Default: ${DEFAULT-VALUE}.")
  Format format = Format.jsonl;

  @Option(names = "--what", paramLabel = "entities|quotes|facts|graph",
      description = "Default: graph for graphml, entities otherwise.")
  What what;

  @Override
  public Integer call() {
    What chosen = what != null ? what : format == Format.graphml ? What.graph : What.entities;
    if (format == Format.graphml && chosen != What.graph) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--format graphml writes --what graph only");
    }
    try (Store s = store.open(spec)) {
      Writer out = new BufferedWriter(spec.commandLine().getOut(), 1 << 16);
      s.export(ExportFormat.valueOf(format.name().toUpperCase(Locale.ROOT)),
          ExportWhat.valueOf(chosen.name().toUpperCase(Locale.ROOT)), out);
      return Newsgraph.OK;
    }
  }
}
