/** Extraction from a resolved article: quotes with their speakers, and facts with their evidence. */
package org.newsgraph.extract;
