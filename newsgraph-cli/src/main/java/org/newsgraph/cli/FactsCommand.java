package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.FactQuery;
import org.newsgraph.store.FactRow;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph facts}: dated facts with evidence; {@code --as-of} says what held on a date (issue 8). */
@Command(name = "facts", mixinStandardHelpOptions = true,
    description = {"Lists stored facts, newest reported first, each with its article and evidence.",
        "With --as-of DATE: what held on that date (the latest report of each subject, type and role by then)."})
final class FactsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Facts about this entity only.")
  String name;

  @Option(names = "--type", paramLabel = "T", description = "OFFICE, CANDIDACY, ENDORSEMENT, RESIGNATION, SUCCESSION, PARTY, AGE, ...")
  String type;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "What held on this date.")
  String asOf;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N facts (default: ${DEFAULT-VALUE}).")
  int limit = 100;

  @Override
  public Integer call() {
    try (Store s = store.open(spec)) {
      Optional<Long> entity = store.idOf(s, name, spec);
      List<FactRow> rows = s.facts(new FactQuery(entity, Optional.ofNullable(type), StoreChoice.date(asOf, "--as-of", spec), limit));
      PrintWriter out = spec.commandLine().getOut();
      for (FactRow f : rows) {
        out.println(store.json ? AnswerJson.toJson(f) : String.format("%s %s %s%s%s (as of %s)  \"%s\" [%s]", f.type(),
            f.subject().map(x -> x.name()).orElse("?"), f.status().orElse(""), f.role().map(r -> " " + r).orElse(""),
            f.value().map(v -> " " + v).orElse("") + f.object().map(o -> " " + o.name()).orElse(""),
            f.asOf().orElse("?"), f.evidence().text(), f.articleId()));
      }
      out.flush();
      return Newsgraph.OK;
    }
  }
}
