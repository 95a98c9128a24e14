package org.newsgraph.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.newsgraph.model.Article;

/**
 * Stores articles on a thread of its own, so that writing overlaps the analysis of the next ones
 * (issue 8): {@link #submit} hands an article over through a bounded queue, and the writer stores
 * whatever has queued up in one transaction ({@link Store#putAll}), up to {@code maxBatch} articles.
 *
 * <p>A crash loses at most the articles queued or in the batch being written: with the defaults,
 * 16 + 16 articles. A batch that fails is stored again one article at a time, so that one bad
 * article fails alone. The listener is called on the writer thread, after each commit, in
 * submission order. {@link #submit} is for one producer thread; {@link #close} drains and stops.
 */
public final class StoreWriter implements AutoCloseable {

  /** What became of each submitted article; called on the writer thread. */
  public interface Listener {
    void stored(Article article, PutOutcome outcome);

    void failed(Article article, RuntimeException error);
  }

  /** Articles waiting for the writer, and the most stored in one transaction. */
  public static final int QUEUE = 16;
  public static final int MAX_BATCH = 16;

  private static final Item END = new Item(null);

  private final Store store;
  private final Provenance provenance;
  private final Listener listener;
  private final BlockingQueue<Item> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private volatile RuntimeException died;

  /** One queued article, or the end of the input ({@link #END}, whose article is null). */
  private record Item(Article article) {}

  /** Starts the writer thread; articles already stored are skipped, as {@link Store#putAll} does. */
  public StoreWriter(Store store, Provenance provenance, Listener listener) {
    this.store = Objects.requireNonNull(store, "store");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.thread = new Thread(this::run, "newsgraph-store-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Queues one article, waiting while the queue is full. */
  public void submit(Article article) {
    put(new Item(Objects.requireNonNull(article, "article")));
  }

  /** Stores what is queued, then stops the writer thread. */
  @Override
  public void close() {
    if (thread.isAlive()) {
      put(END);
    }
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while the store writer finished its last batch", e);
    }
    if (died != null) {
      throw died;
    }
  }

  private void put(Item item) {
    if (died != null) {
      throw died;
    }
    try {
      queue.put(item);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("Interrupted while waiting for the store writer", e);
    }
  }

  private void run() {
    List<Item> items = new ArrayList<>(MAX_BATCH);
    try {
      while (true) {
        items.clear();
        items.add(queue.take());
        queue.drainTo(items, MAX_BATCH - 1);
        List<Article> batch = items.stream().map(Item::article).filter(Objects::nonNull).toList();
        if (!batch.isEmpty()) {
          write(batch);
        }
        if (items.get(items.size() - 1) == END) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      died = e; // a listener failed: the producer sees it on its next submit
      queue.clear();
    }
  }

  private void write(List<Article> batch) {
    List<PutOutcome> outcomes;
    try {
      outcomes = store.putAll(batch, provenance);
    } catch (RuntimeException batchFailed) {
      batch.forEach(this::writeAlone);
      return;
    }
    for (int i = 0; i < batch.size(); i++) {
      listener.stored(batch.get(i), outcomes.get(i));
    }
  }

  private void writeAlone(Article article) {
    PutOutcome outcome;
    try {
      outcome = store.putAll(List.of(article), provenance).get(0);
    } catch (RuntimeException e) {
      listener.failed(article, e);
      return;
    }
    listener.stored(article, outcome);
  }
}
