/**
 * The entity resolver's helpers (issue 4): word lists ({@link org.newsgraph.resolve.internal.Lexicon}),
 * name finding with news corrections ({@link org.newsgraph.resolve.internal.NameFinder}), person
 * clustering ({@link org.newsgraph.resolve.internal.PersonClusterer}), pronoun and description
 * linking, and descriptors. Please don't depend on these types outside {@code org.newsgraph.resolve}.
 */
package org.newsgraph.resolve.internal;
