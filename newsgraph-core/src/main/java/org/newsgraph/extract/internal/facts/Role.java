package org.newsgraph.extract.internal.facts;

import java.util.Objects;

/**
 * A normalised role: its name as compared across articles ("Attorney General", "U.S. Senator") and
 * what kind of fact it makes.
 *
 * @param name the normalised name, maybe with a state ("U.S. Senator, Alabama")
 * @param kind whether it is a public office, a role at an organisation or with a person, or a candidacy
 */
public record Role(String name, Kind kind) {

  /** What holding the role says about its holder. */
  public enum Kind { OFFICE, AFFILIATION, CANDIDATE }

  public Role {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
  }

  /** This role qualified by a state, for offices that have one ("U.S. Senator, Alabama"). */
  public Role in(String state) {
    if (name.contains(",") || !Offices.TAKES_STATE.contains(name)) {
      return this;
    }
    return new Role(name + ", " + state, kind);
  }
}
