package org.newsgraph.store.internal.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.store.internal.pack.PackPerson;

/**
 * A global entity as the linker sees it.
 *
 * @param partial a surname or first name that could not be tied to a full name: never a pack person,
 *     never absorbs a full name
 * @param pack whether it comes from a knowledge pack
 * @param terms the offices a pack person held, else empty
 */
public record GlobalEntry(long id, String type, String name, boolean partial, boolean pack,
    Optional<LocalDate> birthday, List<PackPerson.Term> terms) {

  public GlobalEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    terms = List.copyOf(terms);
  }

  /** Whether the person could be in the news on {@code date}: an adult, and not born too long before. */
  boolean plausibleOn(LocalDate date) {
    return birthday.map(b -> !b.isAfter(date.minusYears(18)) && b.isAfter(date.minusYears(105))).orElse(true);
  }

  /** Whether one of the terms covers {@code date} (within {@code slackYears}). */
  boolean inOfficeOn(LocalDate date, int slackYears) {
    return terms.stream().anyMatch(t -> t.start().isPresent() && t.covers(date, slackYears));
  }
}
