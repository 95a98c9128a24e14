package org.newsgraph.cli;

import java.util.stream.Collectors;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.FactRow;

/** An entity card as text for a person. */
final class CardText {

  private CardText() {}

  static String render(EntityCard c) {
    StringBuilder out = new StringBuilder();
    out.append(c.name()).append(" (").append(c.type()).append(", id ").append(c.id()).append(")\n");
    c.fullName().ifPresent(f -> out.append("  full name: ").append(f).append('\n'));
    c.nickname().ifPresent(n -> out.append("  nickname:  ").append(n).append('\n'));
    c.birthday().ifPresent(b -> out.append("  born:      ").append(b).append('\n'));
    if (!c.kb().isEmpty()) {
      out.append("  kb:        ").append(c.kb().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
          .collect(Collectors.joining(", "))).append('\n');
    }
    if (!c.aliases().isEmpty()) {
      out.append("  aliases:   ").append(String.join(", ", c.aliases().subList(0, Math.min(12, c.aliases().size())))).append('\n');
    }
    out.append(String.format("  seen in %d articles (%s to %s), %d mentions, %d quotes%n", c.articles(),
        c.firstSeen().orElse("?"), c.lastSeen().orElse("?"), c.mentions(), c.quotes()));
    if (!c.offices().isEmpty()) {
      out.append("  offices:\n");
      int from = Math.max(0, c.offices().size() - 8);
      for (EntityCard.Office o : c.offices().subList(from, c.offices().size())) {
        out.append(String.format("    %s%s%s, %s to %s  [%s]%n", o.office(), o.state().map(s -> " " + s).orElse(""),
            o.party().map(p -> " (" + p + ")").orElse(""), o.start().orElse("?"), o.end().orElse("?"), o.evidence()));
      }
    }
    for (EntityCard.FactHistory h : c.facts()) {
      FactRow f = h.latest();
      out.append(String.format("  %s %s: %s (as of %s, article %s)%s%n", h.type(), h.role().orElse(""),
          f.status().or(f::value).orElse("-"), f.asOf().orElse("?"), f.articleId(),
          h.history().size() > 1 ? ", history: " + h.history().stream().skip(1)
              .map(x -> x.status().or(x::value).orElse("-") + " " + x.asOf().orElse("?")).collect(Collectors.joining("; ")) : ""));
    }
    if (!c.coMentioned().isEmpty()) {
      out.append("  co-mentioned: ").append(c.coMentioned().stream().map(r -> r.name() + " (" + r.articles() + ")")
          .collect(Collectors.joining(", "))).append('\n');
    }
    for (EntityCard.Headline h : c.headlines()) {
      out.append("  - ").append(h.published().orElse("")).append(' ').append(h.title())
          .append(h.from().equals("article") ? "" : " (" + h.from() + ")").append('\n');
    }
    return out.toString().stripTrailing();
  }
}
