package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Removed;

/** Turns an article's name mentions into its entities. Implementations are stateless and thread-safe. */
public interface EntityResolver {

  Resolution resolve(AnnotatedArticle article);

  /**
   * The entities of an article and the mentions of them.
   *
   * @param entities the entities
   * @param mentions the mentions, in text order
   * @param removed the article's removed residue, person cards tied to their entities
   * @param descriptors what the article says the entities are: titles, appositives, party-state tags (issue 4)
   */
  record Resolution(List<Entity> entities, List<Mention> mentions, List<Removed> removed, List<Descriptor> descriptors) {
    public Resolution {
      entities = List.copyOf(entities);
      mentions = List.copyOf(mentions);
      removed = List.copyOf(Objects.requireNonNull(removed, "removed"));
      descriptors = List.copyOf(descriptors);
    }

    /** A resolution without descriptors. */
    public Resolution(List<Entity> entities, List<Mention> mentions, List<Removed> removed) {
      this(entities, mentions, removed, List.of());
    }
  }
}
