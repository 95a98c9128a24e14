package org.newsgraph.extract.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Quotations whose speaker is set off by layout rather than a speech verb (issue 5): a name standing
 * alone before the colon that opens the quotation (newsletters, transcripts), or a name signing it
 * after a dash. Used by {@link Attributor}.
 */
final class SetOffSpeakers {

  private static final Set<String> DASHES = Set.of("―", "—", "–", "-", "--");
  private static final Set<String> ELLIPSES = Set.of("...", "…", ". . .");
  /** The most words a name standing alone before a colon may have ("Frank Newport and Jim Harter"). */
  private static final int MAX_NAME_WORDS = 7;

  private final ParsedText p;

  SetOffSpeakers(ParsedText p) {
    this.p = p;
  }

  /**
   * A quotation set off after a name standing alone before a colon, with nothing before the name in
   * its sentence but a heading ended by a dash or an ellipsis, or "from" before a person or an
   * organisation ("… were there all along - Carl Bialik: “…”", "More from Blumenthal and Cohen: “…”",
   * "Frank Newport and Jim Harter: “…”"): how newsletters and transcripts say whose words follow,
   * whatever speech verbs the heading or the quotation hold. Issue 5.
   */
  Optional<Attribution> namedBeforeColon(int first) {
    int colon = first - 1;
    if (colon < 1 || !p.token(colon).word().equals(":") || p.quoteOf(colon) >= 0
        || !p.pos(colon - 1).startsWith("NNP") || p.quoteOf(colon - 1) >= 0) {
      return Optional.empty();
    }
    int from = p.sentence(p.token(colon).sentence()).firstToken();
    int t = colon - 1;
    while (t >= from && t >= colon - MAX_NAME_WORDS && p.quoteOf(t) < 0
        && (p.pos(t).startsWith("NNP") || p.pos(t).equals("CC") || p.token(t).word().equals(","))) {
      t--;
    }
    if (!p.pos(t + 1).startsWith("NNP")) {
      return Optional.empty(); // the name starts with a name, not with "and"
    }
    boolean alone = t < from
        || p.quoteOf(t) < 0 && (DASHES.contains(p.token(t).word()) || ELLIPSES.contains(p.token(t).word())
            || p.lower(t).equals("from") && isPersonOrOrganisation(colon - 1)); // not "was from Mexico:"
    return alone ? Optional.of(new Attribution(colon, colon, colon - 1)) : Optional.empty();
  }

  private boolean isPersonOrOrganisation(int t) {
    String ner = p.token(t).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION");
  }

  /** Whether {@code a} is a name standing alone before the colon that sets its quotation off. */
  boolean isNamedBeforeColon(Attribution a) {
    return a.hasCue() && a.cueFirst() == a.cueLast() && a.speaker() == a.cueFirst() - 1
        && p.token(a.cueFirst()).word().equals(":") && namedBeforeColon(a.cueFirst() + 1).isPresent();
  }

  /** A quotation signed after a dash: “…” ― Sonya Herridge. */
  Optional<Attribution> byline(int last) {
    int dash = last + 1;
    if (dash >= p.size() || !DASHES.contains(p.token(dash).word()) || p.quoteOf(dash) >= 0) {
      return Optional.empty();
    }
    int paragraphEnd = p.text().indexOf('\n', p.token(dash).end());
    for (int t = dash + 1; t < p.size() && t <= dash + 6 && p.quoteOf(t) < 0; t++) {
      if (paragraphEnd >= 0 && p.token(t).start() > paragraphEnd) {
        break;
      }
      if (p.pos(t).startsWith("NNP")) {
        return Optional.of(new Attribution(dash, dash, t));
      }
    }
    return Optional.empty();
  }
}
