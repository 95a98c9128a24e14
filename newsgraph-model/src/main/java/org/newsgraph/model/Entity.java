package org.newsgraph.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world referent of an article: a person, organisation, place or other named thing.
 *
 * @param id the id, unique within the article ({@code e1}, {@code e2}, ...)
 * @param type PERSON, ORGANIZATION, LOCATION or another upper-case type
 * @param name the usual full form ("Jeff Sessions")
 * @param fullName the fullest known form, from a person card, a knowledge pack or the text
 * @param aliases every other form the article uses
 * @param kb identifiers in reference knowledge bases, such as {@code bioguide} or {@code wikidata}
 */
public record Entity(
    String id, String type, String name, Optional<String> fullName, List<String> aliases, Map<String, String> kb) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(fullName, "fullName");
    aliases = List.copyOf(aliases);
    kb = Map.copyOf(kb);
  }
}
