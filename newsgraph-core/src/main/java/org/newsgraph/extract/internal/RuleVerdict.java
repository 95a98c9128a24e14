package org.newsgraph.extract.internal;

/**
 * What the rules made of a quotation, for {@link QuoteKeeper} to weigh (issue 5).
 *
 * @param how where its attribution came from: "cue" (a cue of its own), "inherited" (the quotation
 *     before it), "governing" (the subject of the clause it stands in) or "none"
 * @param title whether it reads as a title ({@link QuoteShape#isTitle})
 * @param venue whether it names a programme or publication ({@link QuoteShape#isVenue})
 * @param kept whether the rules keep it as a quote
 * @param followsKept whether a kept quotation stands in its sentence or the one before
 */
public record RuleVerdict(String how, boolean title, boolean venue, boolean kept, boolean followsKept) {

  public RuleVerdict {
    if (!how.equals("cue") && !how.equals("inherited") && !how.equals("governing") && !how.equals("none")) {
      throw new IllegalArgumentException("RuleVerdict how must be cue, inherited, governing or none, got " + how);
    }
  }
}
