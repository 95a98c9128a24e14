package org.newsgraph.store;

import java.util.List;
import java.util.Optional;

/**
 * The global entities a name may mean, most mentioned first.
 *
 * @param query the name as asked
 * @param candidates every entity with that name or alias
 * @param chosen the entity the name means, when it is not ambiguous
 */
public record NameLookup(String query, List<Candidate> candidates, Optional<Candidate> chosen) {

  public NameLookup {
    candidates = List.copyOf(candidates);
  }

  /** Whether several entities share the name and none stands out. */
  public boolean ambiguous() {
    return chosen.isEmpty() && candidates.size() > 1;
  }
}
