package org.newsgraph.cli;

import java.time.Duration;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.BatchRunner;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** How many articles run at once and how long one may take; shared by the commands that analyse (issue 11). */
final class RunChoice {

  @Option(names = "--threads", paramLabel = "N", description = "Articles analysed at once (default: the cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-seconds-per-article", paramLabel = "S",
      description = "Abandon (and report) an article whose analysis takes longer (default: ${DEFAULT-VALUE}).")
  int maxSecondsPerArticle = 300;

  /** Checks the values, as a usage error naming the option. */
  void validate(CommandSpec spec) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (maxSecondsPerArticle < 1) {
      throw new ParameterException(spec.commandLine(), "--max-seconds-per-article must be at least 1, got "
          + maxSecondsPerArticle);
    }
  }

  BatchRunner runner(ArticlePipeline pipeline) {
    return new BatchRunner(pipeline, threads, Duration.ofSeconds(maxSecondsPerArticle));
  }
}
