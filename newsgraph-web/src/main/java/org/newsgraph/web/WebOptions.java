package org.newsgraph.web;

import java.util.Objects;
import java.util.Optional;

/**
 * How the web server runs.
 *
 * @param host the address to bind: 127.0.0.1 unless told otherwise
 * @param port the port; 0 picks a free one
 * @param writeToken the token that opens the write endpoint; without one the server is read-only
 * @param pageCacheBytes the memory for rendered pages kept under the store's version (issue 9); 0 keeps none
 */
public record WebOptions(String host, int port, Optional<String> writeToken, long pageCacheBytes) {

  /** The default page cache: 32 MB, about a thousand entity pages. */
  public static final long DEFAULT_PAGE_CACHE_BYTES = 32L << 20;

  public WebOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(writeToken, "writeToken");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("The parameter 'port' must lie in 0..65535, got " + port);
    }
    if (pageCacheBytes < 0 || pageCacheBytes > 1L << 32) {
      throw new IllegalArgumentException("The parameter 'pageCacheBytes' must lie in 0..4 GB, got " + pageCacheBytes);
    }
    writeToken.ifPresent(t -> {
      if (t.length() < 16) {
        throw new IllegalArgumentException("A write token must have at least 16 characters");
      }
    });
  }

  /** Localhost, port 7070, read-only, a 32 MB page cache. */
  public static WebOptions defaults() {
    return new WebOptions("127.0.0.1", 7070, Optional.empty(), DEFAULT_PAGE_CACHE_BYTES);
  }

  public WebOptions withPort(int newPort) {
    return new WebOptions(host, newPort, writeToken, pageCacheBytes);
  }

  public WebOptions withHost(String newHost) {
    return new WebOptions(newHost, port, writeToken, pageCacheBytes);
  }

  public WebOptions withWriteToken(String token) {
    return new WebOptions(host, port, Optional.of(token), pageCacheBytes);
  }

  public WebOptions withPageCacheBytes(long newBytes) {
    return new WebOptions(host, port, writeToken, newBytes);
  }
}
