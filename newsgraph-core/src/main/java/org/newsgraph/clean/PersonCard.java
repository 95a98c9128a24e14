package org.newsgraph.clean;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Span;

/**
 * What a publisher's inline person card knew: the person's full name and the site's latest
 * headlines about them.
 *
 * @param card the whole card, from the full name through its closing "MORE"
 * @param mention the mention of the person the card follows ("Rep. Mo Brooks")
 * @param fullName the full name as the card gives it ("Morris (Mo) Jackson Brooks")
 * @param headlines the headlines the card carried
 */
public record PersonCard(Span card, Span mention, String fullName, List<String> headlines) {

  public PersonCard {
    Objects.requireNonNull(card, "card");
    Objects.requireNonNull(mention, "mention");
    Objects.requireNonNull(fullName, "fullName");
    headlines = List.copyOf(headlines);
  }
}
