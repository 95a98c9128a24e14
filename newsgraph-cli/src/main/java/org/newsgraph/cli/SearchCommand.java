package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.SearchQuery;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph search QUERY}: ranked full-text search over stored articles (issue 8). */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Searches the stored articles (every word must match; \"quoted phrases\" too), best first, with snippets.")
final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Parameters(index = "0", paramLabel = "QUERY", description = "Words to find.")
  String query;

  @Mixin PublishedRange published = new PublishedRange();

  @Option(names = "--entity", paramLabel = "NAME", description = "Only articles that mention this entity.")
  String entity;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N articles (default: ${DEFAULT-VALUE}).")
  int limit = 20;

  @Override
  public Integer call() {
    try (Store s = store.open(spec)) {
      Optional<Long> entityId = store.idOf(s, entity, spec);
      PrintWriter out = spec.commandLine().getOut();
      for (SearchHit h : s.search(new SearchQuery(query, published.since(spec),
          published.until(spec), entityId, limit))) {
        out.println(store.json ? AnswerJson.toJson(h) : String.format("%s  %s  %s%n    %s", h.published().orElse("?"),
            h.title().orElse("(no title)"), h.articleId(), h.snippet()));
      }
      out.flush();
      return Newsgraph.OK;
    }
  }
}
