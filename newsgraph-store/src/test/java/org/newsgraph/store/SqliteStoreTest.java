package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

  private static synchronized Path template() throws Exception {
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
}
