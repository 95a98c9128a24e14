package org.newsgraph.store;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.newsgraph.model.Article;

/**
 * A child process for {@link CrashRecoveryTest}: stores the synthetic articles through a
 * {@link StoreWriter}, as ingest does (batches on a writer thread), printing "stored N" after each
 * commit, until it is killed. It hands over an article every few milliseconds, as an analysis would,
 * so that the kill lands while batches are queued and being written.
 */
public final class CrashIngestMain {

  private CrashIngestMain() {}

  public static void main(String[] args) {
    List<Article> articles = CrashRecoveryTest.articles(Integer.parseInt(args[1]));
    try (Store store = Store.open(StoreLocation.parse(args[0]))) {
      store.prepareForWrites();
      System.out.println("ready");
      System.out.flush();
      int[] stored = {0};
      try (StoreWriter writer = new StoreWriter(store, StoreContract.PROVENANCE, new StoreWriter.Listener() {
        @Override
        public void stored(Article article, PutOutcome outcome) {
          System.out.println("stored " + ++stored[0]);
          System.out.flush();
        }

        @Override
        public void failed(Article article, RuntimeException error) {
          System.out.println("failed " + error.getMessage());
          System.out.flush();
        }
      })) {
        for (Article a : articles) {
          writer.submit(a);
          LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
      }
    }
  }
}
