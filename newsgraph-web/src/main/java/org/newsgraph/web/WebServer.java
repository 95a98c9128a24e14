package org.newsgraph.web;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.model.Article;
import org.newsgraph.store.Store;
import org.newsgraph.web.internal.Api;
import org.newsgraph.web.internal.ApiError;
import org.newsgraph.web.internal.JsonOut;
import org.newsgraph.web.internal.PageCache;
import org.newsgraph.web.internal.Pages;

/**
 * newsgraph's web face: the HTTP API under {@code /api/v1} and the pages, on a store.
 *
 * <p>Read-only unless started with a write token, bound to localhost unless told otherwise. Every
 * text from an article is escaped; errors are JSON (API) or a plain page, never a stack trace. Pages
 * and API answers are cached under the store's version and carry it as their ETag (issue 9).
 */
public final class WebServer implements AutoCloseable {

  /** Largest request body accepted (the write endpoint takes one article). */
  static final long MAX_REQUEST_BYTES = 5L << 20;

  private final Javalin app;

  private WebServer(Javalin app) {
    this.app = app;
  }

  /**
   * Starts a server on {@code store}. {@code ingest}, when the options carry a write token, runs a
   * posted raw article through the pipeline; it is never called otherwise.
   */
  public static WebServer start(Store store, WebOptions options, Function<String, Article> ingest) {
    Objects.requireNonNull(store, "store");
    Javalin app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_REQUEST_BYTES;
      config.staticFiles.add("/org/newsgraph/web/static", Location.CLASSPATH);
      config.staticFiles.enableWebjars();
      config.jsonMapper(new JavalinJackson(JsonOut.mapper(), false));
    });
    PageCache cache = new PageCache(store::version, options.pageCacheBytes());
    new Api(store, options, ingest, cache).register(app);
    new Pages(store, cache).register(app);
    ApiError.register(app);
    app.start(options.host(), options.port());
    return new WebServer(app);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }
}
