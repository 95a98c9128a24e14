package org.newsgraph.store;

/**
 * Counts of a store. {@code entities} counts global entities that some article mentions;
 * {@code packEntities} those that came from knowledge packs (mentioned or not).
 */
public record StoreStats(long articles, long entities, long packEntities, long mentions, long quotes, long facts,
    long problems, long bytes, String location) {}
