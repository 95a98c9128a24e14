package org.newsgraph.store;

import java.util.List;
import org.newsgraph.model.Article;

/**
 * A child process for {@link CrashRecoveryTest}: stores the synthetic articles into a store, printing
 * "stored N" after each commit, until it is killed.
 */
public final class CrashIngestMain {

  private CrashIngestMain() {}

  public static void main(String[] args) {
    List<Article> articles = CrashRecoveryTest.articles(Integer.parseInt(args[1]));
    try (Store store = Store.open(StoreLocation.parse(args[0]))) {
      store.prepareForWrites();
      System.out.println("ready");
      System.out.flush();
      for (int i = 0; i < articles.size(); i++) {
        store.put(articles.get(i), StoreContract.PROVENANCE, WriteMode.SKIP_EXISTING);
        System.out.println("stored " + (i + 1));
        System.out.flush();
      }
    }
  }
}
