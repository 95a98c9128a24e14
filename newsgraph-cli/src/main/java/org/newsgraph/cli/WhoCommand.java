package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.store.AnswerJson;
import org.newsgraph.store.Candidate;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph who NAME}: the card of the entity a name means (issue 8). */
@Command(name = "who", mixinStandardHelpOptions = true,
    description = {"Shows what the store knows about a person or other entity: names, KB ids, offices and facts over",
        "time, headlines, quotes, co-mentioned entities. NAME is any alias or a KB id (e.g. a bioguide id).",
        "Exit status: 0 when found, 1 when unknown or ambiguous (the candidates are listed)."})
final class WhoCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin StoreChoice store = new StoreChoice();

  @Parameters(index = "0", paramLabel = "NAME", description = "The name, any alias, or a KB id.")
  String name;

  @Override
  public Integer call() {
    try (Store s = store.open(spec)) {
      Optional<Candidate> chosen = store.resolve(s, name, spec);
      if (chosen.isEmpty()) {
        return Newsgraph.SKIPPED;
      }
      EntityCard card = s.card(chosen.get().id()).orElseThrow();
      PrintWriter out = spec.commandLine().getOut();
      out.println(store.json ? AnswerJson.toJson(card) : CardText.render(card));
      out.flush();
      return Newsgraph.OK;
    }
  }
}
