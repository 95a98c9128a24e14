package org.newsgraph.store;

import java.util.Optional;

/**
 * A stored quote with its speaker, article, date and the text around it.
 *
 * @param speaker the speaker's global entity, when resolved
 * @param context about a sentence of text either side of the quote
 */
public record QuoteRow(String text, String kind, Optional<String> speakerName, Optional<FactRow.EntityRef> speaker,
    Optional<String> cue, String articleId, Optional<String> title, Optional<String> published,
    FactRow.Evidence span, String context) {}
