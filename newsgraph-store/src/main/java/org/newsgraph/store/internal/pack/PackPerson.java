package org.newsgraph.store.internal.pack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One person of the US Congress knowledge pack: a legislator, president or vice president.
 *
 * @param kb identifiers: bioguide or govtrack (one at least), wikipedia and wikidata where the pack has them
 * @param terms the offices held; for a historical legislator only the last one (all the pack keeps)
 */
public record PackPerson(
    Map<String, String> kb, String first, Optional<String> middle, String last, Optional<String> suffix,
    Optional<String> nickname, Optional<String> officialFull, Optional<LocalDate> birthday, List<Term> terms) {

  /** One office: sen, rep, prez or viceprez, from start to end, with the state and party of that term. */
  public record Term(String kind, Optional<LocalDate> start, Optional<LocalDate> end, Optional<String> state,
      Optional<String> district, Optional<String> party) {
    public Term {
      Objects.requireNonNull(kind, "kind");
    }

    /** Whether the term covers {@code date}, with {@code slackYears} either side. */
    public boolean covers(LocalDate date, int slackYears) {
      boolean afterStart = start.map(s -> !date.isBefore(s.minusYears(slackYears))).orElse(true);
      boolean beforeEnd = end.map(e -> !date.isAfter(e.plusYears(slackYears))).orElse(true);
      return afterStart && beforeEnd;
    }
  }

  public PackPerson {
    kb = Map.copyOf(new LinkedHashMap<>(kb));
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    terms = List.copyOf(terms);
    if (!kb.containsKey("bioguide") && !kb.containsKey("govtrack")) {
      throw new IllegalArgumentException("A knowledge pack person needs a bioguide or govtrack id: " + first + " " + last);
    }
  }

  /** The person's key in the pack: the bioguide id, else the govtrack id (some presidents have no bioguide id). */
  public String key() {
    return kb.containsKey("bioguide") ? kb.get("bioguide") : "govtrack:" + kb.get("govtrack");
  }

  /** The usual name: nickname (or first name) and surname, with a suffix: "Bill Clinton". */
  public String name() {
    return nickname.orElse(first) + " " + last + suffix.map(s -> " " + s).orElse("");
  }

  /** The fullest form: the official full name, else first, middle, last and suffix. */
  public String fullName() {
    return officialFull.orElseGet(() -> first + middle.map(m -> " " + m).orElse("") + " " + last
        + suffix.map(s -> " " + s).orElse(""));
  }

  /** Every written form worth a lookup key: name, full name, first-last, first-middle-last, Wikipedia title. */
  public List<String> aliases() {
    List<String> out = new ArrayList<>();
    out.add(name());
    out.add(fullName());
    String sfx = suffix.map(s -> " " + s).orElse("");
    out.add(first + " " + last + sfx);
    middle.ifPresent(m -> out.add(first + " " + m + " " + last + sfx));
    Optional.ofNullable(kb.get("wikipedia")).map(w -> w.replaceAll("\\s*\\(.*\\)$", "")).ifPresent(out::add);
    return out.stream().distinct().toList();
  }
}
