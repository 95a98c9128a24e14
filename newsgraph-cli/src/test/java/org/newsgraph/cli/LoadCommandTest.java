package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Span;
import org.newsgraph.output.ArticleJson;

/** {@code newsgraph load}: analysed articles from the Spark job's output into the store (issue 12). */
class LoadCommandTest {

  @TempDir Path dir;

  private static Article article(int i, String person) {
    String text = person + " spoke in Ohio on day " + i + ".";
    RawArticle raw = new RawArticle("id-" + i, "story-" + i + ".txt", Optional.of(LocalDate.of(2020, 1, 1 + i)),
        Optional.empty(), text, List.of(), Optional.empty());
    return new Article(raw, List.of(),
        List.of(new Entity("e1", "PERSON", person, Optional.empty(), List.of(), Map.of()),
            new Entity("e2", "LOCATION", "Ohio", Optional.empty(), List.of(), Map.of())),
        List.of(new Mention(Span.of(text, 0, person.length()), "PERSON", Optional.of("e1")),
            new Mention(Span.of(text, text.indexOf("Ohio"), text.indexOf("Ohio") + 4), "LOCATION", Optional.of("e2"))),
        List.of(), List.of(), List.of());
  }

  /** A folder as the Spark job writes it: two article parts, one with a bad line, and one failure. */
  private Path jobOutput() throws Exception {
    ArticleJson json = new ArticleJson();
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("articles"));
    Files.createDirectories(out.resolve("failures"));
    Files.createDirectories(out.resolve("provenance"));
    Files.writeString(out.resolve("articles/part-00000"), json.toJson(article(1, "Maria Lopez")) + "\n"
        + json.toJson(article(2, "Maria Lopez")) + "\n");
    Files.writeString(out.resolve("articles/part-00001"), json.toJson(article(3, "David Chen")) + "\n\n{\"id\": oops\n");
    Files.writeString(out.resolve("articles/_SUCCESS"), "");
    Files.writeString(out.resolve("articles/.part-00000.crc"), "binary");
    Files.writeString(out.resolve("failures/part-00000"),
        "{\"input\":\"feed.jsonl#5\",\"code\":\"invalid-json\",\"message\":\"invalid JSON: x\"}\n");
    Files.writeString(out.resolve("provenance/part-00000"),
        "{\"pipelineVersion\":\"newsgraph-spark test\",\"engineVersion\":\"corenlp test\"}\n");
    return out;
  }

  @Test
  void loadsTheJobOutputOnceReportingTheBadLineByFileAndLine() throws Exception {
    Path out = jobOutput();
    String store = dir.resolve("store").toString() + "/";
    CliRun first = CliRun.of("load", "--store", store, out.toString());
    assertThat(first.exit()).as(first.err()).isEqualTo(Newsgraph.SKIPPED);
    assertThat(first.err()).contains("load: lines 4, stored 3, replaced 0, skipped 0 (already stored), failed 1")
        .contains("1 failures of the Spark job recorded as problems")
        .contains("failed: " + out.resolve("articles/part-00001") + ":3: invalid JSON");
    CliRun stats = CliRun.of("stats", "--json", "--store", store);
    assertThat(stats.out()).contains("\"articles\":3").contains("\"mentions\":6").contains("\"problems\":2");

    CliRun again = CliRun.of("load", "--store", store, out.resolve("articles/part-00000").toString());
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.err()).contains("load: lines 2, stored 0, replaced 0, skipped 2 (already stored), failed 0");

    CliRun replaced = CliRun.of("load", "--reprocess", "--store", store, out.resolve("articles/part-00000").toString());
    assertThat(replaced.err()).contains("stored 0, replaced 2, skipped 0");
    assertThat(CliRun.of("stats", "--json", "--store", store).out()).contains("\"articles\":3").contains("\"mentions\":6");
  }

  @Test
  void linksTheSamePersonAcrossLoadedArticlesAsIngestDoes() throws Exception {
    Path out = jobOutput();
    String store = dir.resolve("store").toString() + "/";
    CliRun.of("load", "--store", store, out.toString());
    CliRun who = CliRun.of("who", "Maria Lopez", "--json", "--store", store);
    assertThat(who.exit()).as(who.err()).isZero();
    assertThat(who.out()).contains("\"name\":\"Maria Lopez\"").contains("\"articles\":2");

    CliRun search = CliRun.of("search", "Ohio", "--entity", "David Chen", "--json", "--store", store);
    assertThat(search.exit()).as(search.err()).isZero();
    assertThat(search.out()).contains("id-3").doesNotContain("id-1");
    for (String[] unknown : List.of(new String[] {"quotes", "--by", "Nobody Known"},
        new String[] {"quotes", "--about", "Nobody Known"}, new String[] {"facts", "Nobody Known"},
        new String[] {"search", "Ohio", "--entity", "Nobody Known"})) {
      CliRun r = CliRun.of(concat(unknown, "--store", store));
      assertThat(r.exit()).as(String.join(" ", unknown)).isEqualTo(Newsgraph.SKIPPED);
      assertThat(r.err()).as(String.join(" ", unknown)).isEqualTo("newsgraph: no entity is known as 'Nobody Known'\n");
      assertThat(r.out()).isEmpty();
    }
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void explainsWhatItCannotLoad() throws Exception {
    Path parquetOnly = Files.createDirectories(dir.resolve("pq/parquet/month=2020-01"));
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun run = CliRun.of("load", "--store", dir.resolve("store").toString() + "/", parquetOnly.getParent().getParent().toString(),
        empty.toString(), dir.resolve("missing").toString());
    assertThat(run.exit()).isEqualTo(Newsgraph.SKIPPED);
    assertThat(run.err()).contains("holds parquet/ but no articles/").contains("empty: no article JSON Lines files")
        .contains("missing: no such file or folder").contains("lines 0, stored 0");
  }
}
