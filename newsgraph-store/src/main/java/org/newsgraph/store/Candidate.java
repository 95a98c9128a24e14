package org.newsgraph.store;

import java.util.Map;
import java.util.Optional;

/**
 * A global entity a name may mean, as listed when a name is ambiguous.
 *
 * @param id the global entity id
 * @param articles how many stored articles mention it
 */
public record Candidate(long id, String type, String name, Optional<String> fullName, Map<String, String> kb,
    long articles) {

  public Candidate {
    kb = Map.copyOf(kb);
  }
}
