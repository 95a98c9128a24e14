package org.newsgraph.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsgraph} command: news articles into a knowledge graph. */
@Command(
    name = "newsgraph",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Reads news articles and extracts who is who, who said what, and dated facts.",
    subcommands = {
        ExtractCommand.class,
        CleanCommand.class,
        IngestCommand.class,
        LoadCommand.class,
        WhoCommand.class,
        QuotesCommand.class,
        FactsCommand.class,
        SearchCommand.class,
        StatsCommand.class,
        ExportCommand.class,
        DemoCommand.class,
        ServeCommand.class,
        BenchCommand.class,
        WhoBenchCommand.class,
        EvalCommand.class,
        CommandLine.HelpCommand.class})
public final class Newsgraph {

  /** Exit status when every input was read. */
  static final int OK = 0;
  /** Exit status when some input was skipped. */
  static final int SKIPPED = 1;
  /** Exit status for a usage error. */
  static final int USAGE = 2;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The command line with newsgraph's exit codes and error handling; tests run it in-process. */
  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new Newsgraph());
    cli.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.getCommandSpec().exitCodeOnInvalidInput(USAGE);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof StoreChoice.Unresolved) {
        return SKIPPED;
      }
      commandLine.getErr().println("newsgraph: " + e.getMessage());
      if (System.getenv("NEWSGRAPH_DEBUG") != null) {
        e.printStackTrace(commandLine.getErr());
      }
      return e instanceof IllegalArgumentException ? USAGE : SKIPPED;
    });
    return cli;
  }
}
