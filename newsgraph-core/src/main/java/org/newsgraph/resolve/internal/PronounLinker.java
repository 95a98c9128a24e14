package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Links third-person singular pronouns ("he", "his", "she", "her") to people (issue 4) by salience
 * and recency over the dependency parse: a candidate is a person mentioned earlier in the same
 * sentence or the two before; subjects outrank objects, nearer sentences outrank farther ones, and
 * a person mentioned often gains a little. Gender must agree (from given names, honorifics and the
 * pronouns already linked). An object pronoun is never its own clause's subject ("Brooks endorsed
 * him"). Pronouns inside quotation marks are left alone: their referent is the speaker's world.
 * Stateless.
 */
public final class PronounLinker {

  private static final Map<String, Gender> PRONOUNS = Map.of(
      "he", Gender.MALE, "him", Gender.MALE, "his", Gender.MALE, "himself", Gender.MALE,
      "she", Gender.FEMALE, "her", Gender.FEMALE, "hers", Gender.FEMALE, "herself", Gender.FEMALE);
  private static final Set<String> SUBJECTS = Set.of("nsubj", "nsubj:pass", "nsubjpass");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj", "dobj");
  private static final int WINDOW = 2;

  /** Whether {@code word} is a pronoun this linker resolves. */
  public static boolean isPronoun(String word) {
    return PRONOUNS.containsKey(word.toLowerCase(Locale.ROOT));
  }

  /** The pronouns of {@code doc} linked to the person each most likely refers to, by token index. */
  public Map<Integer, Cluster> link(Doc doc, List<Anchor> anchors) {
    List<Anchor> known = new ArrayList<>(anchors);
    known.sort(Comparator.comparingInt(Anchor::head));
    Map<Integer, Cluster> links = new HashMap<>();
    for (int i = 0; i < doc.size(); i++) {
      Gender g = PRONOUNS.get(doc.word(i).toLowerCase(Locale.ROOT));
      if (g == null || doc.quoted(i) || doc.removed(i) || !doc.token(i).pos().startsWith("PRP")) {
        continue;
      }
      Optional<Cluster> best = best(doc, i, g, known);
      if (best.isPresent()) {
        links.put(i, best.get());
        best.get().gender(g);
        known.add(new Anchor(i, i + 1, i, best.get()));
        known.sort(Comparator.comparingInt(Anchor::head));
      }
    }
    return links;
  }

  private Optional<Cluster> best(Doc doc, int pronoun, Gender g, List<Anchor> known) {
    int sentence = doc.sentence(pronoun);
    Map<Cluster, Double> scores = new HashMap<>();
    Map<Cluster, Integer> counts = new HashMap<>();
    for (Anchor a : known) {
      if (a.from() >= pronoun) {
        break;
      }
      counts.merge(a.cluster(), 1, Integer::sum);
      int distance = sentence - doc.sentence(a.head());
      if (distance > WINDOW || !a.cluster().type().equals("PERSON") || !a.cluster().gender().agrees(g)
          || bound(doc, pronoun, a)) {
        continue;
      }
      double score = score(doc, pronoun, a, distance) + Math.min(5, counts.get(a.cluster()))
          + (a.cluster().gender() == g ? 10 : 0); // a known, agreeing gender beats an unknown one
      scores.merge(a.cluster(), score, Math::max);
    }
    return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  private static double score(Doc doc, int pronoun, Anchor a, int distance) {
    String relation = doc.token(a.head()).relation();
    double score = 100 - 35 * distance;
    if (SUBJECTS.contains(relation)) {
      score += 20;
      if (doc.token(doc.token(a.head()).head() < 0 ? a.head() : doc.token(a.head()).head()).relation().equals("root")) {
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
