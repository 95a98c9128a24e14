package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.clean.PersonCard;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;

/**
 * The simplest resolver: one entity per distinct name and type, as the engine tagged them.
 *
 * <p>A person card's full name becomes the {@code fullName} of the entity whose mention the card
 * follows. Merging "Sessions" into "Jeff Sessions", titles and pronouns are issue 4's work.
 */
public final class NameEntityResolver implements EntityResolver {

  /** Fine-grained engine types that make entities, and the entity type each becomes. */
  private static final Map<String, String> ENTITY_TYPES = Map.of(
      "PERSON", "PERSON",
      "ORGANIZATION", "ORGANIZATION",
      "LOCATION", "LOCATION",
      "CITY", "LOCATION",
      "STATE_OR_PROVINCE", "LOCATION",
      "COUNTRY", "LOCATION",
      "MISC", "MISC");

  @Override
  public Resolution resolve(AnnotatedArticle article) {
    String text = article.text();
    Map<String, Builder> byKey = new LinkedHashMap<>();
    List<Mention> mentions = new ArrayList<>();
    for (NamedSpan name : article.analysis().names()) {
      String type = ENTITY_TYPES.get(name.type());
      if (type == null) {
        continue;
      }
      Span span = Span.of(text, name.start(), name.end());
      String surface = normalise(span.text());
      if (surface.isEmpty()) {
        continue;
      }
      Builder b = byKey.computeIfAbsent(type + '\t' + surface.toLowerCase(Locale.ROOT),
          k -> new Builder("e" + (byKey.size() + 1), type, surface));
      b.spans.add(span);
      mentions.add(new Mention(span, name.type(), Optional.of(b.id)));
    }
    List<Removed> removed = new ArrayList<>(article.clean().removed());
    for (PersonCard card : article.clean().cards()) {
      byKey.values().stream()
          .filter(b -> b.type.equals("PERSON") && b.spans.stream().anyMatch(s -> s.overlaps(card.mention())))
          .findFirst()
          .ifPresent(b -> {
            b.fullName = Optional.of(card.fullName());
            b.aliases.add(card.fullName());
            removed.replaceAll(r -> r.span().equals(card.card()) ? r.withEntity(b.id) : r);
          });
    }
    List<Entity> entities = byKey.values().stream().map(Builder::build).toList();
    return new Resolution(entities, mentions, removed);
  }

  /** A name as an entity name: whitespace collapsed, a trailing possessive dropped. */
  static String normalise(String surface) {
    String s = surface.replaceAll("\\s+", " ").strip();
    if (s.endsWith("'s") || s.endsWith("’s")) {
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("'") || s.endsWith("’")) {
      s = s.substring(0, s.length() - 1);
    }
    return s.strip();
  }

  private static final class Builder {
    final String id;
    final String type;
    final String name;
    final List<Span> spans = new ArrayList<>();
    final Set<String> aliases = new LinkedHashSet<>();
    Optional<String> fullName = Optional.empty();

    Builder(String id, String type, String name) {
      this.id = id;
      this.type = type;
      this.name = name;
    }

    Entity build() {
      aliases.remove(name);
      return new Entity(id, type, name, fullName, List.copyOf(aliases), Map.of());
    }
  }
}
