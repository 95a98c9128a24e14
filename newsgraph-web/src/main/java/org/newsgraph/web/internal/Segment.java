package org.newsgraph.web.internal;

import java.util.Optional;

/**
 * A stretch of article text with the same annotations: the unit the article page renders.
 *
 * @param text the characters (escaped by the template)
 * @param classes CSS classes naming the annotations over it (quote, speaker colour, time, removed, evidence)
 * @param entity the global entity of a mention over it, for links and hover cards
 * @param title a tooltip: a time's value, a quote's speaker, what residue was
 */
public record Segment(String text, String classes, Optional<Long> entity, String title) {}
