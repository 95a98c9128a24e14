package org.newsgraph.resolve.internal.time;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The period an earnings report is telling of, followed through one article: the quarter it is
 * about, or the year to date while it tells of the months of the year so far (issue 6: story time).
 * "A year earlier" counts back from it: after "third-quarter net rose" the third quarter a year
 * back, after "for the nine months, net rose" the year before.
 *
 * <p>Mutable, one per article and thread.
 */
public final class StoryPeriod {

  private static final Pattern QUARTER = Pattern.compile("^\\d{4}-Q[1-4]$");
  private static final Pattern ORDINAL_QUARTER = Pattern.compile("\\b(?:first|second|third|fourth|1st|2nd|3rd|4th)"
      + " (?:fiscal )?(?:quarter|qtr)\\b");
  private static final Pattern YEAR_BACK = Pattern.compile("\\b(?:ago|earlier|last|previous|prior)\\b");
  /** The months of a year so far: "the nine months", "the first nine months", "the latest six months". */
  private static final Pattern MONTHS_SO_FAR = Pattern.compile("^(?:the )?(?:first |latest |past )?(?:nine|six) months$");
  private static final Pattern FISCAL = Pattern.compile("\\bfiscal\\b");
  private static final Pattern QUARTER_WORD = Pattern.compile("\\b(?:quarters?|qtr)\\b");

  private Optional<String> quarter = Optional.empty();
  private Optional<String> yearToDate = Optional.empty();
  private boolean fiscal;

  /**
   * The period told of where {@code phrase} stands: a quarter ("1989-Q3"), a year to date ("1989"),
   * or empty before either is named; a phrase that speaks of a quarter ("the latest quarter") is
   * back at the quarter.
   */
  public Optional<String> current(Phrase phrase) {
    return QUARTER_WORD.matcher(phrase.normal()).find() ? quarter : yearToDate.or(() -> quarter);
  }

  /**
   * Takes note of {@code phrase}, valued {@code value} against {@code ref}; {@code ended} when it
   * is a quarter named by the day it ended ("the quarter ended Sept. 30"), the report's whenever named
   * unless the report named its fiscal quarter by its order: that one stays until another quarter is
   * named by its order ("Separately, America West reported third-quarter profit").
   */
  public void named(Phrase phrase, String value, Reference ref, boolean ended) {
    if (ended && !fiscal || (quarter.isEmpty() || fiscal) && reportsQuarter(phrase, value, ref)) {
      quarter = Optional.of(value);
      // a fiscal quarter named by its order stays the report's: "the fiscal first quarter ... for the
      // quarter ended Sept. 29" is the first quarter, as the report counts them
      fiscal = !ended && FISCAL.matcher(phrase.normal()).find();
    }
    String core = Normaliser.core(phrase.normal());
    if (QUARTER_WORD.matcher(phrase.normal()).find()) {
      yearToDate = Optional.empty(); // talk of a quarter goes back to the quarter
    } else if (ref.quarterly() && ref.date().isPresent() && MONTHS_SO_FAR.matcher(core).matches()) {
      yearToDate = Optional.of(Timex.year(ref.date().get().getYear()));
    }
  }

  /**
   * Whether {@code phrase}, valued {@code value}, may name the quarter an earnings report is about: a
   * quarter named by its order in a past-tense clause ("earnings soared in the fiscal first quarter"),
   * of the article's year or the one before, not by reference to another ("the year-ago third
   * quarter") nor as background ("stopped paying a dividend in the third quarter of 1984"). The first
   * such is the report's, and the next after a fiscal one.
   */
  private static boolean reportsQuarter(Phrase phrase, String value, Reference ref) {
    if (!QUARTER.matcher(value).matches() || ref.tense() != Tense.PAST || ref.date().isEmpty()
        || !ORDINAL_QUARTER.matcher(phrase.normal()).find() || YEAR_BACK.matcher(phrase.normal()).find()) {
      return false;
    }
    int years = ref.date().get().getYear() - Integer.parseInt(value.substring(0, 4));
    return years == 0 || years == 1;
  }
}
