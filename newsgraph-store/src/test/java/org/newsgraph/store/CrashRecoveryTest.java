package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

/**
 * {@code kill -9} of a writing process halfway (a {@link StoreWriter}, batches on a writer thread, as
 * ingest writes), then a re-run, ends with the same store as one uninterrupted run (issue 8).
 */
class CrashRecoveryTest {

  private static final int ARTICLES = 60;
  private static final String[] PEOPLE = {"Bernie Sanders", "Ted Cruz", "Marco Rubio", "Jane Doe", "John Roe"};

  @TempDir Path dir;

  /** Synthetic articles with people who recur, lone surnames and a knowledge-pack match. */
  static List<Article> articles(int n) {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String person = PEOPLE[i % PEOPLE.length];
      String surname = person.substring(person.indexOf(' ') + 1);
      String text = (i % 3 == 0 ? person + " met Hillary Clinton in Iowa. " : "In Iowa, " + surname + " spoke. ")
          + surname + " said Clinton listened. Story " + i + ".";
      Articles a = Articles.article("crash" + i, "2016-0" + (1 + i % 9) + "-1" + (i % 10), text);
      if (i % 3 == 0) {
        a.people(person, "Hillary Clinton");
      }
      out.add(a.people(surname, "Clinton").names("LOCATION", "Iowa").build());
    }
    return out;
  }

  @Test
  void aRunKilledHalfwayAndRerunEndsLikeAnUninterruptedRun() throws Exception {
    Path killed = dir.resolve("killed.db");
    Path whole = dir.resolve("whole.db");
    Files.copy(SqliteStoreTest.template(), killed);
    Files.copy(SqliteStoreTest.template(), whole);

    Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), CrashIngestMain.class.getName(), killed.toString(), "" + ARTICLES)
        .redirectErrorStream(true).start();
    int stored = 0;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null && stored < ARTICLES / 2; line = out.readLine()) {
        if (line.startsWith("stored ")) {
          stored = Integer.parseInt(line.substring(7));
        }
      }
      child.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hook, no clean close
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(stored).isGreaterThanOrEqualTo(ARTICLES / 2);

    StoreStats resumed;
    try (Store store = Store.open(StoreLocation.parse(killed.toString()))) {
      long kept = store.stats().articles();
      // every article reported stored was committed; those queued or in the batch being written are lost
      assertThat(kept).isBetween((long) stored, (long) ARTICLES - 1);
      long skipped = articles(ARTICLES).stream()
          .filter(a -> store.put(a, StoreContract.PROVENANCE, WriteMode.SKIP_EXISTING) == PutOutcome.SKIPPED).count();
      assertThat(skipped).isEqualTo(kept);
      resumed = store.stats();
    }
    StoreStats uninterrupted;
    try (Store store = Store.open(StoreLocation.parse(whole.toString()))) {
      articles(ARTICLES).forEach(a -> store.put(a, StoreContract.PROVENANCE, WriteMode.SKIP_EXISTING));
      uninterrupted = store.stats();
    }
    assertThat(resumed.articles()).isEqualTo(ARTICLES);
    assertThat(List.of(resumed.articles(), resumed.entities(), resumed.mentions(), resumed.quotes(), resumed.facts()))
        .isEqualTo(List.of(uninterrupted.articles(), uninterrupted.entities(), uninterrupted.mentions(),
            uninterrupted.quotes(), uninterrupted.facts()));
    try (Store a = Store.open(StoreLocation.parse(killed.toString()));
        Store b = Store.open(StoreLocation.parse(whole.toString()))) {
      long hillaryA = a.lookup("Hillary Clinton").chosen().orElseThrow().id();
      long hillaryB = b.lookup("Hillary Clinton").chosen().orElseThrow().id();
      assertThat(a.mentionsPerArticle(hillaryA)).isEqualTo(b.mentionsPerArticle(hillaryB));
    }
  }
}
