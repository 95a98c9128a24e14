package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.newsgraph.model.Mention;

/** What the resolver tests ask of a resolution: each mention's span true to the text, entities by name. */
final class Resolutions {

  private Resolutions() {}

  /** {@code r}, after checking that every mention's span holds its words in {@code text}. */
  static EntityResolver.Resolution checked(EntityResolver.Resolution r, String text) {
    r.mentions().forEach(m -> assertThat(text.substring(m.span().start(), m.span().end())).isEqualTo(m.span().text()));
    return r;
  }

  /** The id of the entity named {@code name}; a test fails when there is none. */
  static String id(EntityResolver.Resolution r, String name) {
    return r.entities().stream().filter(e -> e.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no entity named " + name + " in " + r.entities())).id();
  }

  /** The entities of the mentions written {@code text}, pronouns included when {@code pronouns}. */
  static List<Optional<String>> entitiesOf(EntityResolver.Resolution r, String text, boolean pronouns) {
    return r.mentions().stream().filter(m -> m.span().text().equals(text) && (pronouns || !m.type().equals("PRONOUN")))
        .map(Mention::entity).toList();
  }
}
