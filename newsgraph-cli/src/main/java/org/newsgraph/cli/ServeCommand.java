package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.model.Article;
import org.newsgraph.model.RawArticle;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.read.Input;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadOptions;
import org.newsgraph.read.ReadSink;
import org.newsgraph.read.Readers;
import org.newsgraph.store.Provenance;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreLocation;
import org.newsgraph.store.WriteMode;
import org.newsgraph.web.WebOptions;
import org.newsgraph.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** {@code newsgraph serve}: the web pages and the HTTP API on a store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Serves the store's web pages and JSON API (/api/v1, described at /api/v1/openapi.json).",
        "Binds to 127.0.0.1 and is read-only unless --host and --write-token (or NEWSGRAPH_WRITE_TOKEN) say otherwise."})
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--store", paramLabel = "LOCATION",
      description = "SQLite file or folder, or a postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String store = StoreLocation.DEFAULT;

  @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 7070;

  @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to bind (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--write-token", paramLabel = "TOKEN",
      description = "Opens POST /api/v1/articles to requests that carry 'Authorization: Bearer TOKEN' (16+ characters).")
  String writeToken = System.getenv("NEWSGRAPH_WRITE_TOKEN");

  @Option(names = "--page-cache-mb", paramLabel = "MB",
      description = "Memory for rendered pages, kept until the store changes (default: ${DEFAULT-VALUE}; 0 keeps none).")
  long pageCacheMb = WebOptions.DEFAULT_PAGE_CACHE_BYTES >> 20;

  @Mixin EngineChoice engine = new EngineChoice();

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    WebOptions options;
    try {
      options = WebOptions.defaults().withHost(host).withPort(port).withPageCacheBytes(pageCacheMb << 20);
      if (writeToken != null && !writeToken.isBlank()) {
        options = options.withWriteToken(writeToken);
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    StoreLocation location = StoreChoice.location(store, spec);
    Store opened = Store.open(location);
    Lazy<ArticlePipeline> pipeline = new Lazy<>(() -> Pipelines.standard(engine.build()));
    try (WebServer server = WebServer.start(opened, options, raw -> ingest(raw, pipeline.get(), opened))) {
      err.printf("newsgraph: serving %s on http://%s:%d/ (%s); Ctrl-C stops%n", location.describe(),
          host, server.port(), options.writeToken().isPresent() ? "writable with the token" : "read-only");
      err.flush();
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
      stop.await();
    } finally {
      opened.close();
    }
    return Newsgraph.OK;
  }

  /** Runs one posted article through the pipeline and stores it (the write endpoint). */
  private static Article ingest(String content, ArticlePipeline pipeline, Store store) {
    List<RawArticle> read = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    new Readers().readText(new Input("api", null), content, ReadOptions.defaults(), new ReadSink() {
      @Override
      public void article(RawArticle article) {
        read.add(article);
      }

      @Override
      public void problem(Problem problem) {
        problems.add(problem);
      }
    });
    if (read.size() != 1) {
      throw new IllegalArgumentException(problems.isEmpty() ? "the body must hold exactly one article"
          : problems.get(0).message());
    }
    Article article = pipeline.analyse(read.get(0));
    store.put(article, new Provenance(Version.get(), pipeline.engineVersion()), WriteMode.REPLACE);
    return article;
  }
}
