package org.newsgraph.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.io.PrintWriter;
import java.util.List;
import org.newsgraph.read.InputCollector;
import org.newsgraph.read.ReadOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options that say how to read inputs; shared by every command that reads. */
final class ReadChoice {

  @Option(names = "--published", paramLabel = "YYYY-MM-DD",
      description = "Publication date for inputs that give none (no date header, field or date in the name).")
  String published;

  @Option(names = "--text-field", paramLabel = "NAME", description = "JSON Lines: the field holding the article body.")
  String textField;

  @Option(names = "--date-field", paramLabel = "NAME", description = "JSON Lines: the field holding the publication date.")
  String dateField;

  @Option(names = "--html-field", paramLabel = "NAME",
      description = "JSON Lines of web pages: the field holding each page's HTML; the article body is extracted from it.")
  String htmlField;

  /** The inputs the paths name; a path that gives none is reported on {@code err}, one line each. */
  static InputCollector.Collected collect(List<String> paths, PrintWriter err) {
    InputCollector.Collected collected = new InputCollector().collect(paths);
    collected.problems().forEach(p -> err.println("newsgraph: " + p.describe()));
    return collected;
  }

  ReadOptions options(CommandSpec spec) {
    ReadOptions options = ReadOptions.defaults();
    if (published != null) {
      try {
        options = options.withPublished(LocalDate.parse(published));
      } catch (DateTimeParseException e) {
        throw new ParameterException(spec.commandLine(), "--published must be a date YYYY-MM-DD, got '" + published + "'");
      }
    }
    if (textField != null) {
      options = options.withTextField(textField);
    }
    if (dateField != null) {
      options = options.withDateField(dateField);
    }
    if (htmlField != null) {
      options = options.withHtmlField(htmlField);
    }
    return options;
  }
}
