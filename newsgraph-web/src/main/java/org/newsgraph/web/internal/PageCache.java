package org.newsgraph.web.internal;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

/**
 * The answers of GET requests, kept under the store's version (issue 9): an answer depends only on its
 * URL and on the store, so until {@code Store.version()} moves, a page is rendered once and then served
 * from memory, and a client that sends back the page's ETag gets a 304 without a body.
 *
 * <p>A least-recently-used map bounded in bytes; entries of an older version are dropped when met.
 * Concurrent requests for one page that is not yet cached wait for the first one's rendering rather
 * than all rendering it. Only 200 answers are kept. Thread-safe.
 */
public final class PageCache {

  /** Longest URL (path and query) kept: longer ones are rendered for each request. */
  static final int MAX_KEY = 2048;
  /** How long a request waits for another one rendering the same page before rendering it itself. */
  private static final long WAIT_SECONDS = 10;

  private record Entry(long version, String contentType, byte[] body) {}

  private final LongSupplier version;
  private final long maxBytes;
  private final String etagPrefix;
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
  private final ConcurrentHashMap<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();
  private long bytes;
  /** The newest version seen: entries of older ones are dropped at once when it moves. */
  private long current = Long.MIN_VALUE;

  /**
   * A cache of at most {@code maxBytes} of page bodies under the version {@code version} reads; with 0,
   * every request renders its page (no sharing between concurrent requests either), but ETags still work.
   */
  public PageCache(LongSupplier version, long maxBytes) {
    if (maxBytes < 0) {
      throw new IllegalArgumentException("The parameter 'maxBytes' must be 0 or more, got " + maxBytes);
    }
    this.version = version;
    this.maxBytes = maxBytes;
    // a new server may render differently (a new build): its ETags must not match the old one's
    this.etagPrefix = "W/\"" + Long.toString(System.currentTimeMillis(), 36) + "-";
  }

  /** {@code handler} answered from the cache when it can; {@code handler} must depend on the URL and the store alone. */
  public Handler cached(Handler handler) {
    return ctx -> serve(ctx, handler);
  }

  private void serve(Context ctx, Handler handler) throws Exception {
    long v = version.getAsLong();
    String etag = etagPrefix + v + "\"";
    ctx.header("Cache-Control", "no-cache");
    if (Optional.ofNullable(ctx.header("If-None-Match")).filter(h -> h.contains(etag)).isPresent()) {
      ctx.header("ETag", etag).status(HttpStatus.NOT_MODIFIED);
      return;
    }
    String key = ctx.path() + Optional.ofNullable(ctx.queryString()).map(q -> "?" + q).orElse("");
    if (maxBytes == 0 || key.length() > MAX_KEY) {
      // no memory for pages (the figure without the cache, issue 9) or an odd URL: render this request's own
      handler.handle(ctx);
      if (ctx.status() == HttpStatus.OK) {
        ctx.header("ETag", etag);
      }
      return;
    }
    Optional<Entry> hit = get(key, v).or(() -> awaitOther(key, v));
    if (hit.isPresent()) {
      write(ctx, hit.get(), etag);
    } else {
      render(ctx, handler, key, v, etag);
    }
  }

  /** Renders the page, keeps it when it is a 200, and hands it to the requests waiting for it. */
  private void render(Context ctx, Handler handler, String key, long v, String etag) throws Exception {
    CompletableFuture<Entry> mine = new CompletableFuture<>();
    String flight = key + "#" + v;
    boolean leader = rendering.putIfAbsent(flight, mine) == null;
    try {
      handler.handle(ctx);
      if (ctx.status() != HttpStatus.OK) {
        mine.complete(null);
        return;
      }
      Entry e = new Entry(v, Optional.ofNullable(ctx.res().getContentType()).orElse("text/html"), body(ctx));
      ctx.result(e.body()).header("ETag", etag);
      put(key, e);
      mine.complete(e);
    } catch (Exception | Error e) {
      mine.complete(null);
      throw e;
    } finally {
      if (leader) {
        rendering.remove(flight, mine);
      }
    }
  }

  private Optional<Entry> awaitOther(String key, long v) {
    CompletableFuture<Entry> other = rendering.get(key + "#" + v);
    if (other == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(other.get(WAIT_SECONDS, TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static byte[] body(Context ctx) throws IOException {
    InputStream in = ctx.resultInputStream();
    if (in == null) {
      return new byte[0];
    }
    try (in) {
      return in.readAllBytes();
    }
  }

  private static void write(Context ctx, Entry e, String etag) {
    ctx.header("ETag", etag).contentType(e.contentType()).result(e.body());
  }

  private synchronized Optional<Entry> get(String key, long v) {
    if (v > current) {
      entries.clear();
      bytes = 0;
      current = v;
    }
    return v == current ? Optional.ofNullable(entries.get(key)) : Optional.empty();
  }

  private synchronized void put(String key, Entry e) {
    if (e.version() != current || e.body().length > maxBytes / 4) {
      return;
    }
    evict(key);
    entries.put(key, e);
    bytes += e.body().length;
    Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
    while (bytes > maxBytes && eldest.hasNext()) {
      bytes -= eldest.next().getValue().body().length;
      eldest.remove();
    }
  }

  private void evict(String key) {
    Entry old = entries.remove(key);
    if (old != null) {
      bytes -= old.body().length;
    }
  }

  /** Pages kept and their bytes, for tests and diagnostics. */
  public synchronized String describe() {
    return entries.size() + " pages, " + bytes + " bytes";
  }
}
