package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

/** The writer thread of ingest: batches, order, and one bad article failing alone (issue 8). */
class StoreWriterTest {

  private final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
  private final List<String> heard = Collections.synchronizedList(new ArrayList<>());

  /** A store whose putAll fails for any batch holding the article "bad", and stores everything else. */
  private Store fakeStore() {
    return (Store) Proxy.newProxyInstance(Store.class.getClassLoader(), new Class<?>[] {Store.class}, (proxy, method, args) -> {
      if (method.getName().equals("putAll")) {
        @SuppressWarnings("unchecked")
        List<Article> batch = (List<Article>) args[0];
        batchSizes.add(batch.size());
        if (batch.stream().anyMatch(a -> a.id().equals("bad"))) {
          throw new StoreException("cannot store bad");
        }
        return batch.stream().map(a -> PutOutcome.STORED).toList();
      }
      return null;
    });
  }

  private StoreWriter.Listener listener() {
    return new StoreWriter.Listener() {
      @Override
      public void stored(Article article, PutOutcome outcome) {
        heard.add(article.id() + " " + outcome);
      }

      @Override
      public void failed(Article article, RuntimeException error) {
        heard.add(article.id() + " failed: " + error.getMessage());
      }
    };
  }

  private static Article article(String id) {
    return Articles.article(id, "2016-09-12", "Hillary Clinton spoke.").people("Hillary Clinton").build();
  }

  @Test
  void storesEverySubmittedArticleInOrderInBatchesOfAtMostSixteen() {
    List<String> expected = new ArrayList<>();
    try (StoreWriter writer = new StoreWriter(fakeStore(), StoreContract.PROVENANCE, listener())) {
      for (int i = 0; i < 100; i++) {
        writer.submit(article("a" + i));
        expected.add("a" + i + " STORED");
      }
    }
    assertThat(heard).containsExactlyElementsOf(expected);
    assertThat(batchSizes).allMatch(n -> n >= 1 && n <= StoreWriter.MAX_BATCH);
    assertThat(batchSizes.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
  }

  @Test
  void aBadArticleFailsAloneAndTheOthersOfItsBatchAreStored() {
    try (StoreWriter writer = new StoreWriter(fakeStore(), StoreContract.PROVENANCE, listener())) {
      writer.submit(article("a1"));
      writer.submit(article("bad"));
      writer.submit(article("a2"));
    }
    assertThat(heard).containsExactly("a1 STORED", "bad failed: cannot store bad", "a2 STORED");
  }
}
