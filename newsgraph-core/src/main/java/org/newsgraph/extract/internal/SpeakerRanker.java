package org.newsgraph.extract.internal;

import java.util.List;
import java.util.Map;

/**
 * Chooses a quotation's speaker among {@link SpeakerCandidates} with a log-linear model: each
 * candidate scores the sum of its features' weights, and the best one speaks, the rules' choice
 * winning ties (issue 5). The weights were trained on PolNeAR's train split by
 * {@code tools/train_speaker_ranker.py}, which says how to make them again.
 *
 * <p>Immutable and thread-safe once built; {@link #standard()} loads the weights once per process.
 */
public final class SpeakerRanker {

  static final String RESOURCE = "speaker-ranker.tsv";
  private static final SpeakerRanker STANDARD = new SpeakerRanker(load());

  private final Map<String, Double> weights;

  /** A ranker with the given weights; one with none keeps the rules' choice. */
  public SpeakerRanker(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The ranker with the trained weights shipped in this package's resources. */
  public static SpeakerRanker standard() {
    return STANDARD;
  }

  /** The best of {@code candidates} (which are never empty; the first is the rules' choice). */
  public SpeakerCandidates.Candidate best(List<SpeakerCandidates.Candidate> candidates) {
    SpeakerCandidates.Candidate best = candidates.get(0);
    double top = score(best);
    for (int i = 1; i < candidates.size(); i++) {
      double s = score(candidates.get(i));
      if (s > top) {
        top = s;
        best = candidates.get(i);
      }
    }
    return best;
  }

  /** The score of one candidate: the sum of its features' weights. */
  public double score(SpeakerCandidates.Candidate c) {
    double s = 0;
    for (String f : c.features()) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }

  private static Map<String, Double> load() {
    return Weights.load(RESOURCE, "tools/train_speaker_ranker.py");
  }
}
