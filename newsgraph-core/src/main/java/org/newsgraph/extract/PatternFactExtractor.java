package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.extract.internal.facts.FactRules;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Quote;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Finds political facts with rules over the dependency parse: offices, candidacies, endorsements,
 * resignations, successions, parties, ages, affiliations, election results, funds and deadlines
 * (issue 7). Rules are general (word lists of titles, parties, states, campaign verbs); none names a
 * person or an outlet. Subjects come from the article's mentions, so a better entity resolver makes
 * better facts. Stateless and thread-safe.
 */
public final class PatternFactExtractor implements FactExtractor {

  @Override
  public List<Fact> extract(ResolvedArticle article, List<Quote> quotes) {
    return FactRules.find(article, quotes);
  }
}
