package org.newsgraph.store;

/**
 * A store could not be opened, migrated, written or read. Unchecked; the message says what failed
 * and what to do next, and the cause (usually an {@link java.sql.SQLException}) is kept.
 */
public final class StoreException extends RuntimeException {

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
