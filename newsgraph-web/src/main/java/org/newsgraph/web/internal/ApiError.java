package org.newsgraph.web.internal;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;

/** The one place errors become responses: JSON with a message under /api, a short page elsewhere. */
public final class ApiError {

  private ApiError() {}

  public static void register(Javalin app) {
    app.exception(BadRequest.class, (e, ctx) -> respond(ctx, e.status, e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> respond(ctx, e.getStatus(), e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> respond(ctx, 500, "internal error: " + e.getClass().getSimpleName()));
    app.error(404, ctx -> {
      if (ctx.result() == null || ctx.result().isEmpty()) {
        respond(ctx, 404, "no such page: " + ctx.path());
      }
    });
  }

  private static void respond(Context ctx, int status, String message) {
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.json(Map.of("error", message, "status", status));
    } else {
      ctx.html(Pages.errorPage(status, message));
    }
  }
}
