package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.Store;
import org.newsgraph.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph stats}: counts and size of the store (issue 8). */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Counts of the store: articles, entities (mentioned), mentions, quotes, facts, and its size.")
final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Override
  public Integer call() {
    try (Store s = store.open(spec)) {
      StoreStats st = s.stats();
      PrintWriter out = spec.commandLine().getOut();
      out.println(store.json ? AnswerJson.toJson(st) : String.format("articles %d, entities %d (knowledge pack %d), "
          + "mentions %d, quotes %d, facts %d, problems %d, %.1f MB in %s", st.articles(), st.entities(),
          st.packEntities(), st.mentions(), st.quotes(), st.facts(), st.problems(), st.bytes() / 1e6, st.location()));
      out.flush();
      return Newsgraph.OK;
    }
  }
}
