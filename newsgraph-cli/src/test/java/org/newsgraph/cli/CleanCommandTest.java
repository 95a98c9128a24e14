package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.testing.BadInputs;
import picocli.CommandLine;

/** {@code newsgraph clean}: reading and cleaning only, no language engine (issue 3). */
class CleanCommandTest {

  private static final String ARTICLE = "date 2021-03-04\nRep. Dana Whitfield Dana Lee WhitfieldWhitfield wins "
      + "runoff in close race MORE (D-Ga.) spoke.\n\nADVERTISEMENT\n\nThe vote is Friday.\n";

  @TempDir Path dir;

  @Test
  void marksResidueForAPerson() throws Exception {
    Run run = run("clean", write());
    assertThat(run.exit).isZero();
    assertThat(run.out).contains("Rep. Dana Whitfield [-Dana Lee WhitfieldWhitfield wins runoff in close race MORE-]")
        .contains("[-ADVERTISEMENT-]")
        .contains("inline-widget: person card: Dana Lee Whitfield")
        .contains("boilerplate: advertisement");
  }

  @Test
  void writesTheContractWithRemovedFilled() throws Exception {
    Run run = run("clean", "--format", "jsonl", write());
    assertThat(run.exit).isZero();
    assertThat(run.out.lines()).hasSize(1);
    assertThat(run.out).contains("\"kind\":\"inline-widget\",\"note\":\"person card: Dana Lee Whitfield\"")
        .contains("\"headlines\":[\"Whitfield wins runoff in close race\"]")
        .contains("\"entities\":[],\"mentions\":[],\"quotes\":[],\"times\":[],\"facts\":[]");
  }

  @Test
  void reportsAMissingInputAndGoesOn() throws Exception {
    Run run = run("clean", dir.resolve("missing.txt").toString(), write());
    assertThat(run.exit).isEqualTo(Newsgraph.SKIPPED);
    assertThat(run.err).contains("missing.txt");
    assertThat(run.out).contains("[-ADVERTISEMENT-]");
  }

  /** Issue 11's bad inputs: each is named on standard error with a reason, the good ones are cleaned. */
  @Test
  @Timeout(120)
  void namesEachBadInputAndCleansTheGoodOnes() throws Exception {
    Path corpus = BadInputs.write(dir);
    Run run = run("clean", "--format", "jsonl", corpus.toString());
    assertThat(run.exit).isEqualTo(Newsgraph.SKIPPED);
    for (String bad : BadInputs.NAMED_BAD) {
      assertThat(run.err).contains("newsgraph: " + corpus.resolve(bad));
    }
    if (BadInputs.unreadableIsUnreadable(corpus)) {
      assertThat(run.err).contains(BadInputs.UNREADABLE);
    }
    assertThat(run.err).doesNotContain("Exception").doesNotContain("\tat ");
    for (String good : BadInputs.GOOD_TEXTS) {
      assertThat(run.out).contains(good);
    }
    assertThat(run.out.lines()).anySatisfy(line -> assertThat(line).hasSizeGreaterThan(BadInputs.BIG_CHARS));
  }

  private String write() throws Exception {
    Path file = dir.resolve("article.txt");
    Files.writeString(file, ARTICLE);
    return file.toString();
  }

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    PrintStream stdout = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    try {
      System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
      CommandLine cli = Newsgraph.commandLine();
      cli.setErr(new PrintWriter(err, true));
      int exit = cli.execute(args);
      return new Run(exit, bytes.toString(StandardCharsets.UTF_8), err.toString());
    } finally {
      System.setOut(stdout);
    }
  }
}
