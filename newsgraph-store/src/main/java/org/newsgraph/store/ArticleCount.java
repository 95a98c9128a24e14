package org.newsgraph.store;

/** How many times an article mentions something. */
public record ArticleCount(String articleId, String source, long count) {}
