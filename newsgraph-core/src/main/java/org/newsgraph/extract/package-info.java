/**
 * Extraction from a resolved article: quotes with their speakers, and facts with their evidence.
 * {@link org.newsgraph.extract.PatternFactExtractor} finds facts with general rules over the
 * dependency parse (issue 7); its helpers live in {@code extract.internal.facts}.
 */
package org.newsgraph.extract;
