package org.newsgraph;

/** The root of newsgraph's exceptions: unchecked, specific, with a message that says what to do. */
public class NewsgraphException extends RuntimeException {

  public NewsgraphException(String message) {
    super(message);
  }

  public NewsgraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
