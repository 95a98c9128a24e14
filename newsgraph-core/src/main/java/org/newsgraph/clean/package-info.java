/**
 * Cleaning: {@link org.newsgraph.clean.Cleaner} finds residue and lists it in a
 * {@link org.newsgraph.clean.CleanArticle}, keeping what person cards knew; the analysis then sees
 * the text with the residue blanked.
 */
package org.newsgraph.clean;
