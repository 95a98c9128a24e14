package org.newsgraph.store;

import java.util.Optional;

/** One article found by a search, best first, with a snippet around the matched words (marked [like this]). */
public record SearchHit(String articleId, Optional<String> title, Optional<String> published, String source,
    String snippet, double score) {}
