package org.newsgraph.read;

import java.util.Objects;

/**
 * Why an input, or one record of it, could not become an article.
 *
 * @param input the input as the user named it, with {@code #line} for one record of a file
 * @param code a short stable code ("unreadable", "invalid-json", "no-text", ...)
 * @param message the reason, for a person
 */
public record Problem(String input, String code, String message) {

  public Problem {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  /** One line for standard error: {@code input: message}. */
  public String describe() {
    return input + ": " + message;
  }
}
