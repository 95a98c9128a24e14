package org.newsgraph.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.newsgraph.read.Problem;

/**
 * A record that could not become an article, with its reason: a {@link Problem} that can travel
 * between Spark stages (records of our model are not serializable).
 */
public record Failure(String input, String code, String message) implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = new JsonFactory();

  public Failure {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }

  public static Failure of(Problem problem) {
    return new Failure(problem.input(), problem.code(), problem.message());
  }

  /** A failure from an exception that escaped a stage: its class and message, never a stack trace. */
  public static Failure of(String input, String code, Throwable e) {
    return new Failure(input, code, code.replace('-', ' ') + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
  }

  /** One line of the failures output: {@code {"input":…,"code":…,"message":…}}. */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("input", input);
      g.writeStringField("code", code);
      g.writeStringField("message", message);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
