package org.newsgraph.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the newsgraph command line, as the launcher would run it: its exit status and output. */
record CliRun(int exit, String out, String err) {

  static CliRun of(String... args) {
    CommandLine cli = Newsgraph.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
