package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links third-person singular pronouns ("he", "his", "she", "her") to people (issue 4) by salience
 * and recency over the dependency parse.
 *
 * <ul>
 *   <li>Candidates are people mentioned earlier in the same sentence or the two before (four for
 *       the subject of a speech verb: "..., he said" reaches back to the quote's speaker).
 *   <li>Subjects outrank objects, the subject of the pronoun's own clause outranks everyone ("Putin
 *       has used his invasions"), nearer sentences outrank farther ones, a person mentioned often
 *       gains a little, a known agreeing gender beats an unknown one, and a pronoun in a relative
 *       clause on a person goes to that person ("Lauer, who took heat for his questioning").
 *   <li>Gender must agree (given names, honorifics, pronouns already linked); an object pronoun is
 *       never its own clause's subject ("Brooks endorsed him").
 *   <li>Left alone: pronouns inside quotation marks (the speaker's world), and pronouns in a
 *       relative clause on an unnamed person ("an architect who said he was stiffed").
 * </ul>
 *
 * Stateless.
 */
public final class PronounLinker {

  static final Map<String, Gender> PRONOUNS = Map.of(
      "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
      "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);
  static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubjpass");
  static final Set<String> OBJECTS = Set.of("obj", "iobj", "dobj");
  private static final Set<String> SPEECH_VERBS = Set.of("say", "tell", "add", "ask", "write", "continue",
      "explain", "note", "argue", "state", "insist", "reply", "respond", "claim", "declare", "recall", "warn", "conclude");

  /** Whether {@code word} is a pronoun this linker resolves. */
  public static boolean isPronoun(String word) {
    return PRONOUNS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The pronouns of {@code doc} linked to the person each most likely refers to, by token index. */
  public Map<Integer, Cluster> link(Doc doc, List<Anchor> anchors) {
    List<Anchor> known = new ArrayList<>(anchors);
    known.sort(Comparator.comparingInt(Anchor::from));
    boolean[] named = new boolean[doc.size()];
    anchors.forEach(a -> java.util.Arrays.fill(named, a.from(), a.to(), true));
    Map<Integer, Cluster> links = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      Gender g = PRONOUNS.get(doc.word(i).toLowerCase(Locale.ROOT));
      if (g == null || doc.quoted(i) || doc.removed(i) || !doc.token(i).pos().startsWith("PRP")
          || inRelativeClauseOnUnnamed(doc, i, named)) {
        continue;
      }
      int pronoun = i;
      Optional<Cluster> best = fronted(doc, pronoun, g, known).or(() -> best(doc, pronoun, g, known));
      if (best.isPresent()) {
        links.put(i, best.get());
        best.get().gender(g);
        Anchor a = new Anchor(i, i + 1, i, best.get());
        int at = 0;
        while (at < known.size() && known.get(at).from() < i) {
          at++;
        }
        known.add(at, a);
      }
    }
    return links;
  }

  private Optional<Cluster> best(Doc doc, int pronoun, Gender g, List<Anchor> known) {
    int sentence = doc.sentence(pronoun);
    boolean speaker = speechSubject(doc, pronoun);
    int window = speaker ? 4 : 2;
    int clauseVerb = clauseOf(doc, pronoun);
    int relativeOn = relativeClauseNoun(doc, pronoun);
    boolean aboutNoun = relativeOn >= 0 && relativeSubject(doc, pronoun);
    // Insertion order, not Cluster's identity hash: on a tie the cluster met first in the text wins,
    // the same in every run (an identity-hashed map let "he" change referent between runs; issue 12).
    Map<Cluster, Double> scores = new LinkedHashMap<>();
    Map<Cluster, Integer> counts = new LinkedHashMap<>();
    for (Anchor a : known) {
      if (a.from() >= pronoun) {
        break;
      }
      counts.merge(a.cluster(), 1, Integer::sum);
      int distance = sentence - doc.sentence(a.head());
      if (distance > window || !a.cluster().type().equals("PERSON") || !a.cluster().gender().agrees(g)
          || bound(doc, pronoun, a) || (!aboutNoun && relativeOn >= a.from() && relativeOn < a.to()
              && SUBJECTS.contains(doc.token(pronoun).relation()))) {
        continue;
      }
      double score = score(doc, pronoun, a, distance) + Math.min(5, counts.get(a.cluster()))
          + (a.cluster().gender() == g ? 10 : 0) // a known, agreeing gender beats an unknown one
          + (distance == 0 && clauseVerb >= 0 && subjectOf(doc, a.head()) == clauseVerb ? 15 : 0)
          - (speaker && doc.quoted(a.head()) ? 40 : 0)
          + (aboutNoun && relativeOn >= a.from() && relativeOn < a.to() ? 30 : 0); // the person a relative clause is about
      scores.merge(a.cluster(), score, Math::max);
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private static double score(Doc doc, int pronoun, Anchor a, int distance) {
    int subjectOf = subjectOf(doc, a.head());
    String relation = doc.token(a.head()).relation();
    double score = 100 - 35 * distance;
    if (subjectOf >= 0) {
      score += 20;
      if (doc.token(subjectOf).relation().equals("root")) {
        score += 5; // the subject of the main clause
      }
    } else if (OBJECTS.contains(relation)) {
      score += 8;
    } else if (relation.startsWith("nmod:poss")) {
      score += 4;
    }
    if (doc.quoted(a.head())) {
      score -= 25; // a name inside a quotation is rarely what the narrative's "he" picks up
    }
    if (distance == 0) {
      score -= 0.1 * (pronoun - a.to());
    }
    return score;
  }

  /**
   * A possessive in a phrase before the main clause refers ahead to that clause's subject when it
   * names a person: "According to a copy of his resignation letter, Sessions agreed".
   */
  private static Optional<Cluster> fronted(Doc doc, int pronoun, Gender g, List<Anchor> known) {
    if (!doc.token(pronoun).pos().equals("PRP$")) {
      return Optional.empty();
    }
    int root = doc.token(pronoun).head();
    for (int steps = 0; root >= 0 && !doc.token(root).relation().equals("root") && steps < 30; steps++) {
      root = doc.token(root).head();
    }
    if (root < 0 || root < pronoun) {
      return Optional.empty();
    }
    int r = root;
    return known.stream().filter(a -> a.from() > pronoun && a.head() < r && doc.token(a.head()).head() == r
            && SUBJECTS.contains(doc.token(a.head()).relation()) && a.cluster().type().equals("PERSON")
            && a.cluster().gender().agrees(g) && doc.sentence(a.head()) == doc.sentence(pronoun))
        .map(Anchor::cluster).findFirst();
  }

  /** Whether the relative clause holding token {@code i} has its relative pronoun as subject ("who took"). */
  private static boolean relativeSubject(Doc doc, int i) {
    int t = i;
    for (int steps = 0; t >= 0 && steps < 30; steps++) {
      if (doc.token(t).relation().startsWith("acl:relcl")) {
        int verb = t;
        return doc.children(verb).stream().anyMatch(c -> SUBJECTS.contains(doc.token(c).relation())
            && doc.token(c).pos().startsWith("W"));
      }
      t = doc.token(t).head();
    }
    return false;
  }

  /** The verb token {@code i} is the subject of, directly or as an appositive of the subject; else -1. */
  private static int subjectOf(Doc doc, int i) {
    int t = i;
    if (doc.token(t).relation().equals("appos") && doc.token(t).head() >= 0) {
      t = doc.token(t).head();
    }
    return SUBJECTS.contains(doc.token(t).relation()) ? doc.token(t).head() : -1;
  }

  /** The predicate of the clause holding token {@code i}: the nearest ancestor with a subject or a clause relation. */
  private static int clauseOf(Doc doc, int i) {
    int t = doc.token(i).head();
    for (int steps = 0; t >= 0 && steps < 30; steps++) {
      int here = t;
      boolean hasSubject = doc.children(here).stream().anyMatch(c -> SUBJECTS.contains(doc.token(c).relation()));
      if (hasSubject || doc.token(here).relation().equals("root")) {
        return here;
      }
      t = doc.token(t).head();
    }
    return -1;
  }

  /** Whether the pronoun is the subject of a speech verb: "..., he said". */
  private static boolean speechSubject(Doc doc, int i) {
    int verb = doc.token(i).head();
    return SUBJECTS.contains(doc.token(i).relation()) && verb >= 0
        && SPEECH_VERBS.contains(doc.token(verb).lemma().toLowerCase(Locale.ROOT));
  }

  /** Whether the pronoun sits in a relative clause on a noun that names no one ("an architect who said he"). */
  private static boolean inRelativeClauseOnUnnamed(Doc doc, int i, boolean[] named) {
    int noun = relativeClauseNoun(doc, i);
    return noun >= 0 && !named[noun] && doc.token(noun).pos().startsWith("NN") && !doc.token(noun).pos().startsWith("NNP");
  }

  /** The noun a relative clause holding token {@code i} hangs on, or -1. */
  private static int relativeClauseNoun(Doc doc, int i) {
    int t = i;
    for (int steps = 0; t >= 0 && steps < 30; steps++) {
      if (doc.token(t).relation().startsWith("acl:relcl")) {
        return doc.token(t).head();
      }
      if (doc.token(t).relation().equals("root")) {
        return -1;
      }
      t = doc.token(t).head();
    }
    return -1;
  }

  /** Whether an object pronoun would be bound by its own clause's subject ("Brooks endorsed him"). */
  private static boolean bound(Doc doc, int pronoun, Anchor a) {
    String word = doc.word(pronoun).toLowerCase(Locale.ROOT);
    String relation = doc.token(pronoun).relation();
    if (word.endsWith("self") || !OBJECTS.contains(relation) && !relation.equals("obl")) {
      return false;
    }
    int verb = doc.token(pronoun).head();
    return verb >= 0 && doc.token(a.head()).head() == verb && SUBJECTS.contains(doc.token(a.head()).relation());
  }
}
