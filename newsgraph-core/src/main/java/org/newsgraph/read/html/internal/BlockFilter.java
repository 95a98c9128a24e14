package org.newsgraph.read.html.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keeps the blocks of the content element that are article text: drops link lists, and headings
 * that head nothing (issue 10).
 */
public final class BlockFilter {

  private static final double MAX_LINK_DENSITY = 0.5;

  private BlockFilter() {}

  /**
   * The blocks of {@code blocks} that belong to the article, in order; a heading that repeats the
   * page's {@code title} is the headline, not body text.
   */
  public static List<Block> keep(List<Block> blocks, Optional<String> title) {
    String headline = title.map(BlockFilter::key).orElse("");
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      if (b.linkDensity() > MAX_LINK_DENSITY) {
        continue;
      }
      if (b.kind() == Block.Kind.HEADING && !headline.isEmpty() && key(b.text()).equals(headline)) {
        continue;
      }
      kept.add(b);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Block.Kind.HEADING) {
      kept.remove(kept.size() - 1);
    }
    return kept;
  }

  /** Text reduced to its letters and digits, lower-cased, for comparing headings with the title. */
  static String key(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }
}
