package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.newsgraph.clean.internal.BoilerplateFinder;
import org.newsgraph.clean.internal.EmbeddedPostFinder;
import org.newsgraph.clean.internal.Found;
import org.newsgraph.clean.internal.PersonCardFinder;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/**
 * The standard cleaner (issue 3): finds publishers' inline person cards by their structure,
 * boilerplate lines (advertisement markers, newsletter, share and link prompts, related links,
 * photo credits, copyright lines) and embedded posts that repeat what the article quoted. Never
 * rewrites the text. When two finds overlap, a person card wins, then the one found first.
 * Stateless and thread-safe; costs a few milliseconds per article.
 */
public final class ResidueCleaner implements Cleaner {

  private final PersonCardFinder cards = new PersonCardFinder();
  private final BoilerplateFinder boilerplate = new BoilerplateFinder();
  private final EmbeddedPostFinder posts = new EmbeddedPostFinder();

  @Override
  public CleanArticle clean(RawArticle article) {
    String text = article.text();
    List<Found> kept = new ArrayList<>();
    addWithoutOverlap(kept, cards.find(text));
    addWithoutOverlap(kept, posts.find(text));
    addWithoutOverlap(kept, boilerplate.find(text));
    kept.sort(Comparator.comparingInt(Found::start));
    List<Removed> removed = kept.stream().map(Found::removed).toList();
    List<PersonCard> found = kept.stream().map(Found::card).flatMap(Optional::stream).toList();
    return new CleanArticle(article, removed, found);
  }

  private static void addWithoutOverlap(List<Found> kept, List<Found> candidates) {
    for (Found f : candidates) {
      boolean overlaps = kept.stream().anyMatch(k -> k.start() < f.end() && f.start() < k.end());
      if (!overlaps) {
        kept.add(f);
      }
    }
  }
}
