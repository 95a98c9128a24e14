package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.nlp.corenlp.SharedEngine;

/** The extract command end to end, CoreNLP included, as a user runs it. */
class ExtractCommandIT {

  @TempDir Path dir;

  private record Run(int status, List<JsonNode> articles, String err) {}

  private static Run extract(String... args) throws Exception {
    PrintStream stdout = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    StringWriter err = new StringWriter();
    int status;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      var cli = Newsgraph.commandLine();
      cli.setErr(new PrintWriter(err, true));
      List<String> all = new ArrayList<>(List.of("extract", "--threads", "2"));
      all.addAll(List.of(args));
      status = cli.execute(all.toArray(String[]::new));
    } finally {
      System.setOut(stdout);
    }
    ObjectMapper mapper = new ObjectMapper();
    List<JsonNode> articles = new ArrayList<>();
    for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank()) {
        articles.add(mapper.readTree(line));
      }
    }
    return new Run(status, articles, err.toString());
  }

  @Test
  void extractsTheSeedWithItsDateAndConsistentSpans() throws Exception {
    Run run = extract(SharedEngine.seed().toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode a = run.articles().get(0);
    assertThat(a.get("published").asText()).isEqualTo("2019-10-29");
    String text = a.get("text").asText();
    assertThat(text).startsWith("Former Attorney General Jeff Sessions");
    for (String field : List.of("removed", "mentions", "times", "quotes")) {
      for (JsonNode span : a.get(field)) {
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
            .isEqualTo(span.get("text").asText());
      }
    }
    assertThat(a.get("times")).anySatisfy(t -> {
      assertThat(t.get("text").asText()).isEqualTo("Monday");
      assertThat(t.get("value").asText()).isEqualTo("2019-10-28");
    });
    assertThat(run.err()).contains("articles 1,").contains("articles/s").contains("setup");
  }

  @Test
  void namesABrokenJsonLineGoesOnAndExitsWithOne() throws Exception {
    Path file = dir.resolve("mixed.jsonl");
    Files.writeString(file, "{\"text\":\"The mayor spoke on Monday.\",\"date\":\"2020-03-04\"}\n"
        + "{\"text\": broken\n"
        + "{\"maintext\":\"The governor answered.\",\"date_publish\":\"2020-03-05 10:00:00\"}\n");
    Run run = extract(file.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.articles()).extracting(a -> a.get("source").asText())
        .containsExactly(file + "#1", file + "#3");
    assertThat(run.err()).contains(file + "#2: invalid JSON").doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void reportsAMissingFileAndAUsageErrorClearly() throws Exception {
    Run missing = extract(dir.resolve("nope.txt").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("nope.txt: no such file or folder");
    Run usage = extract("--published", "yesterday", SharedEngine.seed().toString());
    assertThat(usage.status()).isEqualTo(2);
    assertThat(usage.err()).contains("--published must be a date");
  }
}
