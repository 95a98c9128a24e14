package org.newsgraph.extract.internal.facts;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;
import org.newsgraph.model.TimeExpression;

/**
 * Deadlines: "Candidates have until Nov. 8 to qualify for the ballot", "must file by Friday", "the
 * deadline to register is Oct. 11". A deadline lies ahead of the article: a date given without its
 * year that resolved before the article's date is moved to the next year (issue 7).
 */
final class Deadlines {

  private static final Set<String> UNTIL = Set.of("until", "till", "by", "before");

  private Deadlines() {}

  static void apply(Context cx) {
    Parse p = cx.parse;
    for (int i = 0; i < p.size(); i++) {
      int v = i;
      if (p.isVerb(v) && p.lemma(v).equals("have")) {
        Optional<Integer> date = Args.marked(p, v, UNTIL).stream().filter(d -> p.time(d).isPresent()).findFirst();
        Optional<Integer> task = p.children(v, "xcomp", "advcl").stream().filter(x -> p.isVerb(x)).findFirst();
        if (date.isPresent() && task.isPresent()) {
          add(cx, v, date.get(), task.get());
        }
      } else if (p.isVerb(v) && (p.hasChild(v, Set.of("must"), "aux")
          || p.hasChild(v, Set.of("have", "need"), "aux") && p.hasChild(v, Set.of("to"), "mark"))) {
        Args.marked(p, v, UNTIL).stream().filter(d -> p.time(d).isPresent()).findFirst()
            .ifPresent(d -> add(cx, v, d, v));
      } else if (p.lemma(v).equals("deadline")) {
        Optional<Integer> date = p.children(v, "nmod", "appos", "nsubj").stream()
            .filter(d -> p.time(d).isPresent()).findFirst()
            .or(() -> p.head(v) >= 0 && p.time(p.head(v)).isPresent() ? Optional.of(p.head(v)) : Optional.empty());
        Optional<Integer> task = p.children(v, "acl", "nmod").stream().filter(x -> p.time(x).isEmpty()).findFirst();
        if (date.isPresent() && task.isPresent()) {
          add(cx, v, date.get(), task.get());
        }
      }
    }
  }

  private static void add(Context cx, int v, int date, int task) {
    Parse p = cx.parse;
    Claim claim = Claim.of(p, v);
    if (claim.negated() || claim.denied()) {
      return;
    }
    Optional<String> due = p.time(date).flatMap(t -> ahead(t, cx.date));
    if (due.isEmpty()) {
      return;
    }
    int[] what = p.subtree(task);
    int from = task == v ? v : task;
    int last = Math.max(what[1], date);
    while (last > from && p.token(last).pos().matches("[.,:;]")) {
      last--;
    }
    Draft d = new Draft(FactType.DEADLINE, Math.min(v, date), last, 0.8).weigh(p, claim)
        .value(p.words(from, Math.min(what[1], last)).replaceFirst("^to ", "")).status("pending");
    d.start = due;
    Optional<Integer> agent = Args.agent(p, v);
    agent.filter(a -> p.sentence(a).equals(p.sentence(v))).ifPresent(d::cover);
    agent.flatMap(cx.who::of).ifPresent(r -> d.subject(r));
    cx.add(d);
  }

  /** The date a time expression gives, moved a year on when it lies before the article and had no year. */
  static Optional<String> ahead(TimeExpression t, Optional<LocalDate> asOf) {
    String value = t.value();
    if (!value.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
      return Optional.empty();
    }
    if (asOf.isPresent() && !t.span().text().matches(".*\\d{4}.*") && When.before(value, asOf.get())) {
      int year = Integer.parseInt(value.substring(0, 4)) + 1;
      return Optional.of(year + value.substring(4));
    }
    return Optional.of(value);
  }
}
