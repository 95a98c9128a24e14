package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph demo}: extract and summarise the example articles. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Extracts and summarises the example articles in examples/ (or --examples DIR).")
final class DemoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--examples", paramLabel = "DIR", description = "Folder of example articles (default: ${DEFAULT-VALUE}).")
  Path examples = Path.of("examples");

  @Override
  public Integer call() {
    if (!Files.isDirectory(examples)) {
      spec.commandLine().getErr().println("newsgraph: no examples folder at " + examples.toAbsolutePath()
          + "; run from the repository root or pass --examples DIR");
      return Newsgraph.USAGE;
    }
    return spec.root().commandLine().execute("extract", "--format", "text", examples.toString());
  }

}
