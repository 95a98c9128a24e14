package org.newsgraph.web;

import java.util.Objects;
import java.util.Optional;

/**
 * How the web server runs.
 *
 * @param host the address to bind: 127.0.0.1 unless told otherwise
 * @param port the port; 0 picks a free one
 * @param writeToken the token that opens the write endpoint; without one the server is read-only
 */
public record WebOptions(String host, int port, Optional<String> writeToken) {

  public WebOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(writeToken, "writeToken");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("The parameter 'port' must lie in 0..65535, got " + port);
    }
    writeToken.ifPresent(t -> {
      if (t.length() < 16) {
        throw new IllegalArgumentException("A write token must have at least 16 characters");
      }
    });
  }

  /** Localhost, port 7070, read-only. */
  public static WebOptions defaults() {
    return new WebOptions("127.0.0.1", 7070, Optional.empty());
  }

  public WebOptions withPort(int newPort) {
    return new WebOptions(host, newPort, writeToken);
  }

  public WebOptions withHost(String newHost) {
    return new WebOptions(newHost, port, writeToken);
  }

  public WebOptions withWriteToken(String token) {
    return new WebOptions(host, port, Optional.of(token));
  }
}
