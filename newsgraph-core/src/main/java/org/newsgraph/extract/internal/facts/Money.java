package org.newsgraph.extract.internal.facts;

import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.FactType;

/**
 * Campaign funds: "He still has $2.5 million in his campaign coffers", "raised $10 million",
 * "had $3 million cash on hand". Holding money counts only with a campaign cue in the sentence.
 */
final class Money {

  private static final Set<String> HOLD = Set.of("have", "hold", "sit");
  private static final Set<String> RAISE = Set.of("raise", "amass", "haul", "collect", "rake");
  private static final Set<String> CUES = Set.of("campaign", "coffer", "coffers", "chest", "hand", "fundraising",
      "account", "bank", "pac", "super", "committee", "donor", "donation", "contribution");

  private Money() {}

  static void apply(Context cx) {
    Parse p = cx.parse;
    for (int v = 0; v < p.size(); v++) {
      String lemma = p.lemma(v);
      if (!p.isVerb(v) || !HOLD.contains(lemma) && !RAISE.contains(lemma)) {
        continue;
      }
      Optional<Integer> o = p.child(v, "obj").filter(x -> p.token(x).ner().equals("MONEY"));
      if (o.isEmpty() || HOLD.contains(lemma) && !cue(p, v)) {
        continue;
      }
      Claim claim = Claim.of(p, v);
      Optional<Integer> s = Args.agent(p, v);
      Optional<Who.Ref> who = s.flatMap(cx.who::of);
      if (!claim.asserted() || who.isEmpty()) {
        continue;
      }
      int[] money = moneyRun(p, o.get());
      cx.add(new Draft(FactType.FUNDS, v, v, 0.8).weigh(p, claim).subject(who.get())
          .value(p.words(money[0], money[1])).status(RAISE.contains(lemma) ? "raised" : "on hand")
          .cover(s.get()).cover(money[1]).when(When.of(p, v)));
    }
  }

  private static boolean cue(Parse p, int v) {
    var s = p.sentence(v);
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (CUES.contains(p.lemma(t)) || CUES.contains(p.lower(t))) {
        return true;
      }
    }
    return false;
  }

  /** The contiguous MONEY tokens around {@code t}: "$2.5 million". */
  private static int[] moneyRun(Parse p, int t) {
    int a = t;
    int b = t;
    while (a > 0 && p.token(a - 1).ner().equals("MONEY")) {
      a--;
    }
    while (b + 1 < p.size() && p.token(b + 1).ner().equals("MONEY")) {
      b++;
    }
    return new int[] {a, b};
  }
}
