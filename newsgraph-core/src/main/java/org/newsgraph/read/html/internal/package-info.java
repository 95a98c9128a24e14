/**
 * The parts of {@link org.newsgraph.read.html.HtmlExtractor}; please don't depend on them from
 * outside {@code org.newsgraph.read.html}: {@link org.newsgraph.read.html.internal.Pruner} removes
 * what is never content, {@link org.newsgraph.read.html.internal.ContentFinder} finds the content
 * element, {@link org.newsgraph.read.html.internal.BlockWriter} cuts it into blocks and
 * {@link org.newsgraph.read.html.internal.BlockFilter} keeps the article's; {@link
 * org.newsgraph.read.html.internal.Metadata} and {@link org.newsgraph.read.html.internal.JsonLd}
 * read what the page says about itself.
 */
package org.newsgraph.read.html.internal;
