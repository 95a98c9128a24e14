/**
 * The records of an article, from what a reader found ({@link org.newsgraph.model.RawArticle}) to
 * the analysed {@link org.newsgraph.model.Article} of the article JSON contract.
 *
 * <p>Every record is immutable and validates itself; every span is an offset range into the
 * article's text as read. This module has no runtime dependencies.
 */
package org.newsgraph.model;
