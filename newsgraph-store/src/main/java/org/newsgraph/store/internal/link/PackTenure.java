package org.newsgraph.store.internal.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.newsgraph.model.Fact;
import org.newsgraph.model.FactType;
import org.newsgraph.store.internal.pack.PackPerson;

/**
 * Dates an article's office facts by the knowledge pack's terms (issue 8, "Conflicts and change").
 * A title written before a name reads as the office the person holds ("the proclamation issued by
 * President Abraham Lincoln" in a 2020 article), so the extractor calls it current or leaves the
 * status open. When every pack person the subject may be (the one it was linked to and each one
 * known by its name) held that office only in terms that ended more than a year before the article's
 * date, the store keeps the office as former: "President Bush" in 2016 is a former president
 * whichever Bush it is. Offices the pack does not keep (governors, judges), undated terms (a
 * historical member's last seat), and an office any of them held within the year stay as the
 * article says.
 *
 * <p>The pack lists every president and vice president with every term, so for those two offices it
 * also knows who had not held them: "President Trump" in a February 2016 column, "a President
 * Clinton" of Hillary Clinton, or "more qualified than Hillary Clinton to serve as president" state
 * no office held, and the store leaves such a fact out when no pack person the subject may be had
 * taken that office by the article's date.
 */
final class PackTenure {

  /** Years after a term's end in which the article's own word stands (transitions, misdated articles). */
  private static final int SLACK_YEARS = 1;

  private PackTenure() {}

  /**
   * The facts as the store keeps them: a pack-ended office made former, a presidency or vice
   * presidency no one the subject may be had held left out (only before {@code completeUntil}, and
   * only for the pack people {@code namedPackPeople} gives, by link or full name), the others
   * unchanged. {@code packPeople} gives the pack people an article entity may be, a lone name's
   * namesakes by surname included.
   */
  static List<Fact> date(List<Fact> facts, Optional<LocalDate> published, Optional<LocalDate> completeUntil,
      Function<String, List<GlobalEntry>> packPeople, Function<String, List<GlobalEntry>> namedPackPeople) {
    if (published.isEmpty()) {
      return facts;
    }
    LocalDate date = published.get();
    // a president after the pack's last term is one it may not know
    boolean covered = completeUntil.map(date::isBefore).orElse(false);
    List<Fact> kept = new ArrayList<>();
    for (Fact f : facts) {
      if (f.type() != FactType.OFFICE || f.subject().isEmpty()) {
        kept.add(f); // only offices are dated by the pack
        continue;
      }
      String subject = f.subject().get();
      // only a person the pack knows by link or full name: a lone "President Castro" is no Joaquin Castro
      if (!covered || !neverHeld(f, namedPackPeople.apply(subject), date)) {
        kept.add(endedBefore(f, packPeople.apply(subject), date) ? asFormer(f) : f);
      }
    }
    return kept;
  }

  private static boolean neverHeld(Fact f, List<GlobalEntry> people, LocalDate date) {
    Optional<String> kind = f.role().flatMap(PackTenure::kind).filter(LinkIndex.COMPLETE::contains);
    return f.type() == FactType.OFFICE && kind.isPresent() && !people.isEmpty()
        && people.stream().flatMap(g -> g.terms().stream()).noneMatch(t -> t.kind().equals(kind.get())
            && t.start().map(s -> !s.isAfter(date)).orElse(false));
  }

  private static boolean endedBefore(Fact f, List<GlobalEntry> people, LocalDate date) {
    Optional<String> kind = f.role().flatMap(PackTenure::kind);
    if (f.type() != FactType.OFFICE || kind.isEmpty() || !f.status().map("current"::equals).orElse(true)) {
      return false;
    }
    List<PackPerson.Term> held = people.stream().flatMap(g -> g.terms().stream())
        .filter(t -> t.kind().equals(kind.get())).toList();
    LocalDate cutoff = date.minusYears(SLACK_YEARS);
    return !held.isEmpty() && held.stream().allMatch(t -> t.end().map(cutoff::isAfter).orElse(false));
  }

  /** The pack's kind of term for an office role of the extractor ("U.S. Senator, Ohio" is sen). */
  static Optional<String> kind(String role) {
    String office = role.split(",", 2)[0].strip();
    return switch (office) {
      case "President" -> Optional.of("prez");
      case "Vice President" -> Optional.of("viceprez");
      case "U.S. Senator" -> Optional.of("sen");
      case "U.S. Representative" -> Optional.of("rep");
      default -> Optional.empty();
    };
  }

  private static Fact asFormer(Fact f) {
    return new Fact(f.type(), f.subject(), f.object(), f.value(), f.role(), f.start(), f.end(), f.asOf(),
        Optional.of("former"), f.evidence(), f.confidence());
  }
}
