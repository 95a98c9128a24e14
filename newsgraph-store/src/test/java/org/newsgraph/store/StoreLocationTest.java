package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What users write after {@code --store} (issue 8). */
class StoreLocationTest {

  @Test
  void postgresUrlsInEitherSpelling() {
    assertThat(StoreLocation.parse("postgresql://db.example:5432/news?user=ng"))
        .isEqualTo(new StoreLocation(StoreLocation.Kind.POSTGRESQL, "jdbc:postgresql://db.example:5432/news?user=ng"));
    assertThat(StoreLocation.parse("jdbc:postgresql://localhost/news").kind()).isEqualTo(StoreLocation.Kind.POSTGRESQL);
  }

  @Test
  void aFolderHoldsTheSqliteFile(@TempDir Path dir) {
    assertThat(StoreLocation.parse(dir.toString()).target()).isEqualTo(dir.resolve("newsgraph.db").toString());
    assertThat(StoreLocation.parse("archive.db")).isEqualTo(new StoreLocation(StoreLocation.Kind.SQLITE, "archive.db"));
  }

  @Test
  void otherDatabaseUrlsAreRefusedNotTakenForFileNames() {
    assertThatThrownBy(() -> StoreLocation.parse("mysql://localhost/news"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mysql://localhost/news");
    assertThatThrownBy(() -> StoreLocation.parse("jdbc:sqlserver://x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StoreLocation.parse(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void thePasswordIsNotShown() {
    assertThat(StoreLocation.parse("postgresql://localhost/news?user=ng&password=s3cret").describe())
        .doesNotContain("s3cret").contains("password=***");
  }
}
