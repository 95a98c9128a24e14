package org.newsgraph.clean.internal;

import java.util.Objects;
import java.util.Optional;
import org.newsgraph.clean.PersonCard;
import org.newsgraph.model.Removed;

/**
 * One piece of residue a finder found, with the person card it was when it was one.
 *
 * @param removed the residue as the contract lists it
 * @param card what the card knew, when the residue is a person card
 */
public record Found(Removed removed, Optional<PersonCard> card) {

  public Found {
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(card, "card");
  }

  public int start() {
    return removed.span().start();
  }

  public int end() {
    return removed.span().end();
  }
}
