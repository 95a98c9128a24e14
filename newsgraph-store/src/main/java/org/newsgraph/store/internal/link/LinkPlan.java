package org.newsgraph.store.internal.link;

import java.util.List;
import java.util.Map;
import org.newsgraph.model.Fact;

/**
 * What linking decided for one article, to be written in the article's transaction and applied to
 * the {@link LinkIndex} once committed.
 *
 * @param assignments each article entity id to its global entity
 * @param created global entities this article starts
 * @param aliasUses alias keys the article used for each global entity, one article each
 * @param facts the article's facts as the store keeps them, dated by the knowledge pack: an office
 *     left years before the article is former, a presidency not yet held is left out ({@link PackTenure})
 */
public record LinkPlan(Map<String, Assignment> assignments, List<GlobalEntry> created, List<AliasUse> aliasUses,
    List<Fact> facts) {

  /** The global entity of one article entity, how sure the linker is, and by which rule. */
  public record Assignment(long globalId, double confidence, String method) {}

  /** A use of an alias (name key {@code key} of an entity of {@code type}) in {@code delta} articles. */
  public record AliasUse(long entityId, String type, String key, String alias, int delta) {}

  public LinkPlan {
    assignments = Map.copyOf(assignments);
    created = List.copyOf(created);
    aliasUses = List.copyOf(aliasUses);
    facts = List.copyOf(facts);
  }
}
