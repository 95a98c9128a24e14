package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
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
      for (EntityCard.Office o : c.offices()) {
        out.append("    ").append(o.office()).append(o.state().map(st -> " " + st).orElse(""))
            .append(o.party().map(p -> " (" + p + ")").orElse(""));
        if (o.start().isPresent() || o.end().isPresent()) {
          out.append(", ").append(o.start().orElse("?")).append(" to ").append(o.end().orElse("?"));
        }
        o.status().ifPresent(st -> out.append(", ").append(st));
        o.asOf().ifPresent(d -> out.append(" as of ").append(d));
        out.append("  [").append(o.evidence()).append("]\n");
      }
    }
    for (EntityCard.FactHistory h : c.facts()) {
      boolean others = h.byOthers();
      out.append(String.format("  %s%s%s: %s (as of %s, article %s)%s%n", h.type(), h.role().map(r -> " " + r).orElse(""),
          others ? ", by others" : "", state(h.latest(), others), h.latest().asOf().orElse("?"), h.latest().articleId(),
          h.history().size() > 1 ? ", history: " + history(h.history().subList(1, h.history().size()), others) : ""));
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

  /**
   * What a fact says, in a few words: the other side's name (the object of the entity's own fact, the
   * subject of another's towards it) and the fact's status or value.
   */
  private static String state(FactRow f, boolean others) {
    String what = f.status().or(f::value).orElse("");
    String who = (others ? f.subject() : f.object()).map(FactRow.EntityRef::name).orElse("");
    String both = (who + " " + what).strip();
    return both.isEmpty() ? "-" : both;
  }

  /** Earlier reports, newest first; a run of reports that say the same is one entry with its dates and count. */
  static String history(List<FactRow> earlier, boolean others) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < earlier.size()) {
      String said = state(earlier.get(i), others);
      int j = i + 1;
      while (j < earlier.size() && state(earlier.get(j), others).equals(said)) {
        j++;
      }
      String newest = earlier.get(i).asOf().orElse("?");
      out.add(j - i == 1 ? said + " " + newest
          : said + " " + earlier.get(j - 1).asOf().orElse("?") + " to " + newest + " (" + (j - i) + " reports)");
      i = j;
    }
    return String.join("; ", out);
  }
}
