/**
 * Finding the article in a web page (issue 10): {@link org.newsgraph.read.html.HtmlExtractor} takes a
 * page's bytes or text and returns an {@link org.newsgraph.read.html.Extraction}: the body text, a
 * blank line between paragraphs, and the {@link org.newsgraph.read.html.PageMetadata} (title, date,
 * authors, URL, language), or why the page is not an article.
 *
 * <p>The steps, each in {@code internal}: read JSON-LD and meta tags while the head is whole; prune
 * what is never content (scripts, navigation, figures, hidden elements); score paragraphs and pass
 * their scores to their ancestors to find the content element, rejoining bodies split into chunks;
 * cut it into blocks, skipping furniture named by class or id; keep the blocks that are article text.
 */
package org.newsgraph.read.html;
