package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The store contract on SQLite, plus what only SQLite does. */
class SqliteStoreTest extends StoreContract {

  @TempDir Path dir;

  private static Path template;

  /** A fresh store: a copy of one made (and its knowledge pack loaded) once per test run. */
  @Override
  StoreLocation freshLocation() throws Exception {
    Path file = dir.resolve("data").resolve("test.db");
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.copy(template(), file);
    }
    return StoreLocation.parse(file.toString());
  }

  static synchronized Path template() throws Exception {
    if (template == null) {
      Path t = Files.createTempDirectory("newsgraph-store-template").resolve("template.db");
      Store.open(StoreLocation.parse(t.toString())).close();
      template = t;
    }
    return template;
  }

  @Test
  void reopeningAStoreKeepsItsArticlesAndLoadsThePackOnce() throws Exception {
    store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING);
    long pack = store.stats().packEntities();
    store.close();
    store = Store.open(freshLocation());
    assertThat(store.stats().packEntities()).isEqualTo(pack).isGreaterThan(12_000);
    assertThat(store.put(hillary(), PROVENANCE, WriteMode.SKIP_EXISTING)).isEqualTo(PutOutcome.SKIPPED);
  }

  @Test
  void aFolderLocationMeansTheDefaultFileInside() {
    assertThat(StoreLocation.parse(dir.toString()).target()).endsWith("newsgraph.db");
    assertThat(StoreLocation.parse("postgresql://localhost/news?user=a&password=b").kind())
        .isEqualTo(StoreLocation.Kind.POSTGRESQL);
    assertThat(StoreLocation.parse("postgresql://localhost/news?user=a&password=b").describe()).doesNotContain("=b");
  }

  @Test
  void namesOfMoreThanOneWordTaggedAsOrganisationsAreNotRetypedAsTheSurnamesPerson() {
    String text = "Donald Trump spoke. Candidate Trump should follow. A Trump-Clinton race.";
    Entity donald = new Entity("e1", "PERSON", "Donald Trump", Optional.empty(), List.of("Trump"), Map.of());
    Entity org = new Entity("e2", "ORGANIZATION", "Candidate Trump", Optional.empty(), List.of(), Map.of());
    int at = text.indexOf("Candidate");
    List<Mention> mentions = List.of(new Mention(Span.of(text, 0, 12), "PERSON", Optional.of("e1")),
        new Mention(Span.of(text, at, at + 15), "ORGANIZATION", Optional.of("e2")),
        new Mention(Span.of(text, at + 10, at + 15), "PERSON", Optional.of("e1")),
        new Mention(Span.of(text, text.indexOf("Trump-"), text.indexOf(" race")), "MISC", Optional.of("e3")));
    Entity race = new Entity("e3", "MISC", "Trump-Clinton", Optional.empty(), List.of(), Map.of());
    RawArticle raw = new RawArticle("o1", "test/o1.txt", Optional.of(LocalDate.parse("2016-09-30")), Optional.empty(),
        text, List.of(), Optional.empty());
    store.put(new Article(raw, List.of(), List.of(donald, org, race), mentions, List.of(), List.of(), List.of()),
        PROVENANCE, WriteMode.SKIP_EXISTING);
    long trump = store.lookup("Donald Trump").chosen().orElseThrow().id();
    assertThat(store.mentionsPerArticle(trump)).extracting(ArticleCount::count).containsExactly(2L);
  }
}
