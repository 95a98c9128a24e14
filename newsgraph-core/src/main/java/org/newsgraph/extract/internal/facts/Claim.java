package org.newsgraph.extract.internal.facts;

import java.util.Set;

/**
 * How the article commits to what a predicate says: plainly, negated, only as a possibility, or
 * denied. Negation, modality and attribution are read off the predicate and the clauses above it
 * (issue 7: "would not drop out" is no withdrawal; "X was considering a bid, Y reported" is a
 * candidacy under consideration; "has denied wrongdoing" asserts nothing else).
 *
 * @param negated the predicate is negated ("did not endorse", "never ran")
 * @param hypothetical it is only possible, wanted, asked or conditional ("would", "if", "whether")
 * @param considered it is under consideration ("considering a bid", "weighing a run")
 * @param denied a clause above denies it ("denied that he had resigned")
 * @param refused a clause above refuses it ("declined to endorse", "refused to run")
 * @param attributed a clause above reports it as someone's statement ("Politico reported that ...")
 * @param counterfactual a wish or regret presupposes it ("wished he had never endorsed him")
 */
public record Claim(boolean negated, boolean hypothetical, boolean considered, boolean denied, boolean refused,
    boolean attributed, boolean counterfactual) {

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "neither", "nor");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "should", "can",
      "must", "ought", "shall");
  private static final Set<String> CONDITIONS = Set.of("if", "whether", "unless", "should");
  private static final Set<String> CONSIDER = Set.of("consider", "weigh", "mull", "explore", "contemplate",
      "ponder", "eye", "think", "plan", "seek", "look", "prepare", "flirt", "toy", "eyeing");
  private static final Set<String> WANTING = Set.of("want", "hope", "wish", "urge", "ask", "expect", "try",
      "push", "encourage", "press", "call", "beg", "recruit", "attempt", "intend", "threaten", "pressure",
      "predict", "speculate", "rumor", "suggest", "need", "would", "question", "doubt", "wonder", "imagine",
      "demand", "reluctant", "eager", "willing", "unwilling", "ready", "hesitant", "loath", "poised");
  private static final Set<String> DENY = Set.of("deny", "dispute", "reject", "refute", "dismiss", "rebut");
  private static final Set<String> REFUSE = Set.of("refuse", "decline", "rule", "forgo", "reject");
  private static final Set<String> REPORT = Set.of("say", "tell", "report", "write", "claim", "confirm",
      "announce", "add", "note", "insist", "state", "according", "acknowledge", "argue", "reveal", "tweet");
  private static final Set<String> REGRET = Set.of("wish", "regret");
  /** Nouns that make what they modify a mere possibility ("no chance Clinton will withdraw"). */
  private static final Set<String> POSSIBILITY = Set.of("chance", "possibility", "likelihood", "prospect", "odds",
      "speculation", "rumor", "rumour", "talk");
  /**
   * Nouns above a predicate that only weigh the evidence for it: "no indication that he might run",
   * "no sign she will run" deny the evidence, not the run (unlike "no plans to run").
   */
  private static final Set<String> EVIDENCE = Set.of("indication", "sign", "evidence", "hint", "signal",
      "suggestion", "proof", "word");
  private static final Set<String> TEMPORAL = Set.of("when", "after", "since", "while", "once", "as");
  private static final int LEVELS = 4;

  /** How the article commits to predicate {@code p}. */
  public static Claim of(Parse parse, int p) {
    boolean negated = negatedAt(parse, p);
    boolean hypothetical = modalAt(parse, p) || sharedModal(parse, p)
        || parse.children(p).stream().anyMatch(c -> POSSIBILITY.contains(parse.lemma(c)));
    boolean considered = false;
    boolean denied = false;
    boolean refused = false;
    boolean attributed = false;
    boolean counterfactual = false;
    int t = p;
    for (int level = 0; level < LEVELS && parse.head(t) >= 0; level++) {
      if (parse.is(t, "conj") && parse.isVerb(parse.head(t))) {
        t = parse.head(t); // "wants to go and run": the second verb is governed as the first is
      }
      if (!isClausal(parse, t) || parse.head(t) < 0 || presupposed(parse, t)) {
        break;
      }
      int up = parse.head(t);
      String lemma = parse.lemma(up);
      if (EVIDENCE.contains(lemma) || POSSIBILITY.contains(lemma)) {
        hypothetical = true; // evidence or chances of it, with or without "no": nothing is stated
        t = up;
        continue;
      }
      considered |= CONSIDER.contains(lemma);
      hypothetical |= WANTING.contains(lemma) || modalAt(parse, up) && !REPORT.contains(lemma)
          || lemma.equals("get") && parse.is(t, "xcomp") && parse.hasChild(t, Set.of("to"), "mark"); // "getting X to resign"
      denied |= DENY.contains(lemma) && !negatedAt(parse, up);
      refused |= REFUSE.contains(lemma);
      attributed |= REPORT.contains(lemma);
      counterfactual |= REGRET.contains(lemma) && parse.hasChild(p, Set.of("have", "had"), "aux");
      negated ^= negatedAt(parse, up) && !REPORT.contains(lemma);
      t = up;
    }
    if (counterfactual) {
      // "wished he had never endorsed him": the wish presupposes the endorsement happened
      return new Claim(false, false, false, false, false, attributed, true);
    }
    return new Claim(negated, hypothetical && !considered, considered, denied, refused, attributed, false);
  }

  /** Whether the article asserts the predicate as it stands. */
  public boolean asserted() {
    return !negated && !hypothetical && !considered && !denied && !refused;
  }

  /** A temporal clause ("when he ran for the White House") is presupposed, whatever the clause above says. */
  private static boolean presupposed(Parse parse, int t) {
    return parse.is(t, "advcl") && parse.hasChild(t, TEMPORAL, "mark", "advmod");
  }

  private static boolean isClausal(Parse parse, int t) {
    return parse.is(t, "xcomp") || parse.is(t, "ccomp") || parse.is(t, "advcl") || parse.is(t, "csubj")
        || parse.is(t, "acl") && !parse.is(t, "acl:relcl") || parse.is(t, "obj") && parse.isVerb(t);
  }

  private static boolean negatedAt(Parse parse, int p) {
    if (parse.hasChild(p, NEGATORS, "advmod", "neg", "det", "cc:preconj")) {
      return true;
    }
    // "has never faced ... or raised": a conjunct without its own subject shares the negation
    return parse.is(p, "conj") && parse.children(p, "nsubj").isEmpty() && parse.head(p) >= 0
        && parse.hasChild(parse.head(p), NEGATORS, "advmod", "neg");
  }

  /** "would have won Michigan and defeated Trump": a conjunct without subject or auxiliary shares the first's modal. */
  private static boolean sharedModal(Parse parse, int p) {
    return parse.is(p, "conj") && parse.head(p) >= 0 && parse.isVerb(parse.head(p))
        && parse.children(p, "nsubj").isEmpty() && parse.children(p, "aux").isEmpty() && modalAt(parse, parse.head(p));
  }

  private static boolean modalAt(Parse parse, int p) {
    if (parse.hasChild(p, MODALS, "aux")) {
      return true;
    }
    if (parse.hasChild(p, CONDITIONS, "mark")) {
      return true;
    }
    // "his eligibility to run", "a plan to resign": an infinitive under a noun states no event
    if (parse.is(p, "acl") && !parse.is(p, "acl:relcl") && parse.hasChild(p, Set.of("to"), "mark")) {
      return true;
    }
    int end = parse.sentence(p).endToken() - 1;
    return parse.word(end).equals("?") || end > 0 && parse.word(end - 1).equals("?");
  }
}
