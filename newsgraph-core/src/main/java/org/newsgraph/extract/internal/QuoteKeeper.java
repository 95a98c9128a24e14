package org.newsgraph.extract.internal;

import java.util.List;
import java.util.Map;

/**
 * Decides whether a stretch between quotation marks is speech to report or a title, name or scare
 * quote to leave out, with a log-linear model over {@link QuoteFeatures}: it is kept when the sum of
 * its features' weights is positive (issue 5). PolNeAR counts a quoted title inside attributed
 * content (a song named in reported speech) as quoted speech, which no short rule tells from a title
 * standing alone, so the weights are learned on PolNeAR's train split by
 * {@code tools/train_quote_keeper.py}, which says how to make them again.
 *
 * <p>Immutable and thread-safe once built; {@link #standard()} loads the weights once per process.
 */
public final class QuoteKeeper {

  static final String RESOURCE = "quote-keeper.tsv";
  private static final QuoteKeeper STANDARD = new QuoteKeeper(Weights.load(RESOURCE, "tools/train_quote_keeper.py"));

  private final Map<String, Double> weights;

  /** A keeper with the given weights; one with none keeps what the rules keep. */
  public QuoteKeeper(Map<String, Double> weights) {
    this.weights = Map.copyOf(weights);
  }

  /** The keeper with the trained weights shipped in this package's resources. */
  public static QuoteKeeper standard() {
    return STANDARD;
  }

  /** Whether the quotation with {@code features} is kept; {@code rules} decides when there are no weights. */
  public boolean keep(List<String> features, RuleVerdict rules) {
    return weights.isEmpty() ? rules.kept() : score(features) > 0;
  }

  /** The sum of the weights of {@code features}. */
  public double score(List<String> features) {
    double s = 0;
    for (String f : features) {
      s += weights.getOrDefault(f, 0.0);
    }
    return s;
  }
}
