package org.newsgraph.store.internal.link;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Span;
import org.newsgraph.store.internal.pack.UsStates;

/**
 * The descriptors an article offers for choosing between people of the same name: its date, the
 * states it names (as places or in party tags such as "R-Ala."), and the office title written just
 * before a mention ("Sen.", "Rep.", "President").
 */
final class ArticleContext {

  private static final Pattern PARTY_TAG = Pattern.compile("\\(([RDI])-([A-Z][A-Za-z.]{1,8})\\)|\\b([RDI])-([A-Z][a-z]{1,5}\\.|[A-Z]\\.[A-Z]\\.)");

  /** An office title ending right before a name ("Secretary ", "Sen. "); group 1 a past or vice one. */
  private static final Pattern TITLE = Pattern.compile(
      "(\\bthen[- ]|\\bVice )?\\b(President|Secretary|Senator|Sen\\.|Governor|Gov\\.|Representative|Rep\\.) $");

  private final String text;
  private final Optional<LocalDate> published;
  private final Set<String> states = new HashSet<>();
  private final Set<String> parties = new HashSet<>();

  ArticleContext(Article article) {
    this.text = article.text();
    this.published = article.raw().published();
    for (Entity e : article.entities()) {
      if (e.type().equals("LOCATION")) {
        UsStates.byName(e.name()).ifPresent(states::add);
      }
    }
    Matcher m = PARTY_TAG.matcher(text);
    while (m.find()) {
      String party = m.group(1) != null ? m.group(1) : m.group(3);
      String state = m.group(2) != null ? m.group(2) : m.group(4);
      UsStates.byAbbreviation(state).ifPresent(states::add);
      parties.add(party);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("democrat")) {
      parties.add("D");
    }
    if (lower.contains("republican")) {
      parties.add("R");
    }
  }

  Optional<LocalDate> published() {
    return published;
  }

  /** Whether the article names the state (postal code) anywhere. */
  boolean namesState(String code) {
    return states.contains(code);
  }

  /** Whether the article speaks of the party (pack spelling: Democrat, Republican, Independent). */
  boolean namesParty(String party) {
    return !party.isEmpty() && parties.contains(party.substring(0, 1).toUpperCase(Locale.ROOT));
  }

  /**
   * The office of a title written right before the span as a person's current or lasting title
   * ("Secretary Clinton", "former President Bill Clinton"): president, secretary, senator, governor
   * or representative; empty for none, for a past one ("then-Sen. Obama") and for a vice president.
   */
  Optional<String> titleBefore(Span span) {
    Matcher m = TITLE.matcher(text.substring(Math.max(0, span.start() - 40), span.start()));
    if (!m.find()) {
      return Optional.empty();
    }
    String word = m.group(2).toLowerCase(Locale.ROOT).replace(".", "");
    return m.group(1) != null ? Optional.empty() : Optional.of(switch (word) {
      case "president" -> "president";
      case "secretary" -> "secretary";
      case "senator", "sen" -> "senator";
      case "governor", "gov" -> "governor";
      default -> "representative";
    });
  }

  /** The pack office kind (sen, rep, prez, viceprez) of a title written right before the span, if any. */
  Optional<String> officeBefore(Span span) {
    String before = text.substring(Math.max(0, span.start() - 32), span.start()).toLowerCase(Locale.ROOT).stripTrailing();
    if (before.endsWith("vice president")) {
      return Optional.of("viceprez");
    }
    if (before.endsWith("president")) {
      return Optional.of("prez");
    }
    if (before.endsWith("sen.") || before.endsWith("senator")) {
      return Optional.of("sen");
    }
    if (before.endsWith("rep.") || before.endsWith("representative") || before.endsWith("congressman")
        || before.endsWith("congresswoman")) {
      return Optional.of("rep");
    }
    return Optional.empty();
  }
}
