package org.newsgraph.web.internal;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters, parsed and checked: a bad one is a 400 with a message saying what is allowed. */
final class Params {

  static final int MAX_LIMIT = 200;
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_OFFSET = 10_000;
  static final int MAX_QUERY_CHARS = 500;

  private Params() {}

  static Optional<String> text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return Optional.empty();
    }
    if (v.length() > MAX_QUERY_CHARS) {
      throw BadRequest.badParameter("'" + name + "' must have at most " + MAX_QUERY_CHARS + " characters");
    }
    return Optional.of(v.strip());
  }

  static Optional<LocalDate> date(Context ctx, String name) {
    return text(ctx, name).map(v -> {
      try {
        return LocalDate.parse(v);
      } catch (DateTimeParseException e) {
        throw BadRequest.badParameter("'" + name + "' must be a date YYYY-MM-DD, got '" + v + "'");
      }
    });
  }

  static int limit(Context ctx) {
    return bounded(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static int offset(Context ctx) {
    return bounded(ctx, "offset", 0, 0, MAX_OFFSET);
  }

  static long entityId(Context ctx) {
    String v = ctx.pathParam("id");
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw BadRequest.badParameter("an entity id is a number, got '" + v + "'");
    }
  }

  private static int bounded(Context ctx, String name, int fallback, int min, int max) {
    Optional<String> v = text(ctx, name);
    if (v.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw BadRequest.badParameter("'" + name + "' must lie in " + min + ".." + max + ", got " + n);
      }
      return n;
    } catch (NumberFormatException e) {
      throw BadRequest.badParameter("'" + name + "' must be a whole number, got '" + v.get() + "'");
    }
  }
}
