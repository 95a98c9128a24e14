package org.newsgraph.resolve.internal.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What a time expression is resolved against: the article's date, when known, the tense of the
 * clause the expression sits in, and whether the article reports results by quarter.
 *
 * @param date the article's publication date; empty means relative expressions stay unresolved
 *     with X placeholders (issue 6: never the run date)
 * @param tense the tense of the governing clause
 * @param quarterly whether the article speaks of quarters, as earnings reports do: there "a year
 *     earlier" and "the latest period" mean quarters, not the day a year before
 * @param storyPeriod the period the report is telling of: the quarter the article named ("the fourth
 *     quarter" of a fiscal year, "the quarter ended Sept. 30", "1989-Q4"), or the year to date while it
 *     tells of the months of a year so far ("for the nine months", "1989"), which "a year earlier" and
 *     "the 1988 period" refer to in an earnings report; empty when none has been named
 * @param namesEvent whether the expression names by its time the event its clause is about ("the
 *     March vote failed"): then the clause's tense places it even when it is the month about to start
 */
public record Reference(Optional<LocalDate> date, Tense tense, boolean quarterly, Optional<String> storyPeriod,
    boolean namesEvent) {

  public Reference {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(tense, "tense");
    Objects.requireNonNull(storyPeriod, "storyPeriod");
  }

  /** A reference on {@code date} in a clause of {@code tense}, in an article not about quarters. */
  public static Reference on(LocalDate date, Tense tense) {
    return new Reference(Optional.of(date), tense, false, Optional.empty(), false);
  }

  /** A reference with no known date. */
  public static Reference undated(Tense tense) {
    return new Reference(Optional.empty(), tense, false, Optional.empty(), false);
  }

  /** This reference in an article that reports by quarter. */
  public Reference quarterlyReport() {
    return new Reference(date, tense, true, storyPeriod, namesEvent);
  }
}
