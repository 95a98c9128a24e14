package org.newsgraph.read.html.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the blocks of the content element that are article text: drops link lists, and headings
 * that head nothing (issue 10).
 */
public final class BlockFilter {

  private static final double MAX_LINK_DENSITY = 0.5;

  private BlockFilter() {}

  /** The blocks of {@code blocks} that belong to the article, in order. */
  public static List<Block> keep(List<Block> blocks) {
    List<Block> kept = new ArrayList<>();
    for (Block b : blocks) {
      if (b.linkDensity() > MAX_LINK_DENSITY) {
        continue;
      }
      kept.add(b);
    }
    while (!kept.isEmpty() && kept.get(kept.size() - 1).kind() == Block.Kind.HEADING) {
      kept.remove(kept.size() - 1);
    }
    return kept;
  }
}
