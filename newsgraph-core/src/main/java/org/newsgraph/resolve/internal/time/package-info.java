/**
 * The helpers of {@link org.newsgraph.resolve.NewsTimeResolver} (issue 6); please don't depend on
 * them from outside {@code org.newsgraph.resolve}.
 *
 * <p>A tour: {@link org.newsgraph.resolve.internal.time.Extents} finds the candidates (the engine's
 * time mentions, ranges split, ages and names dropped, a few missed words added);
 * {@link org.newsgraph.resolve.internal.time.Tenses} reads the tense of the clause governing each;
 * {@link org.newsgraph.resolve.internal.time.Normaliser} brings the words to a core and asks the
 * rule sets (deictic, calendar, quarter, holiday, duration) for a TIMEX3 value against a
 * {@link org.newsgraph.resolve.internal.time.Reference}; {@link
 * org.newsgraph.resolve.internal.time.Placement} places names without a year or week by tense;
 * {@link org.newsgraph.resolve.internal.time.EngineValues} cleans the engine's value where no rule
 * applies, its own notations written as TIMEX3 by
 * {@link org.newsgraph.resolve.internal.time.EngineNotation}; {@link
 * org.newsgraph.resolve.internal.time.StoryPeriod} follows the quarter or year to date an earnings
 * report tells of, which "a year earlier" counts back from; {@link
 * org.newsgraph.resolve.internal.time.Surroundings} reads values the words around a time decide
 * ("will one day be"); {@link
 * org.newsgraph.resolve.internal.time.Coordination} lets coordinated times share their reading.
 */
package org.newsgraph.resolve.internal.time;
