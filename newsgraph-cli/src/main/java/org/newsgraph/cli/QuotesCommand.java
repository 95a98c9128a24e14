package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.QuoteQuery;
import org.newsgraph.store.QuoteRow;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph quotes}: quotes with speaker, date, article and context (issue 8). */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Lists stored quotes, newest first.")
final class QuotesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Option(names = "--by", paramLabel = "NAME", description = "Quotes said by this entity.")
  String by;

  @Option(names = "--about", paramLabel = "NAME", description = "Quotes by others in articles that mention this entity.")
  String about;

  @Mixin PublishedRange published = new PublishedRange();

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N quotes (default: ${DEFAULT-VALUE}).")
  int limit = 50;

  @Override
  public Integer call() {
    try (Store s = store.open(spec)) {
      Optional<Long> byId = store.idOf(s, by, spec);
      Optional<Long> aboutId = store.idOf(s, about, spec);
      List<QuoteRow> rows = s.quotes(new QuoteQuery(byId, aboutId, published.since(spec),
          published.until(spec), limit));
      PrintWriter out = spec.commandLine().getOut();
      for (QuoteRow q : rows) {
        out.println(store.json ? AnswerJson.toJson(q) : String.format("%s  %s: %s  [%s %d..%d]",
            q.published().orElse("?"), q.speaker().map(x -> x.name()).or(q::speakerName).orElse("?"), q.text(),
            q.articleId(), q.span().start(), q.span().end()));
      }
      out.flush();
      return Newsgraph.OK;
    }
  }
}
