package org.newsgraph.extract.internal.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.model.Mention;

/**
 * What the article itself says of each person's gender: the personal pronouns the resolver linked to
 * them and the honorifics written before their names ("Mrs. Clinton"). A person the article speaks
 * of both ways, or neither, has no gender here. Lets the facts' own pronoun fallback keep "she" off
 * a man and "he" off a woman ("She has said ... when she met him ... while he was running").
 */
final class Genders {

  /** A pronoun's or honorific's gender. */
  enum Gender { MALE, FEMALE }

  private static final Map<String, Gender> WORDS = Map.ofEntries(
      Map.entry("he", Gender.MALE), Map.entry("him", Gender.MALE), Map.entry("his", Gender.MALE),
      Map.entry("himself", Gender.MALE), Map.entry("mr.", Gender.MALE), Map.entry("mr", Gender.MALE),
      Map.entry("she", Gender.FEMALE), Map.entry("her", Gender.FEMALE), Map.entry("hers", Gender.FEMALE),
      Map.entry("herself", Gender.FEMALE), Map.entry("mrs.", Gender.FEMALE), Map.entry("mrs", Gender.FEMALE),
      Map.entry("ms.", Gender.FEMALE), Map.entry("ms", Gender.FEMALE));
  private static final Set<String> HONORIFICS = Set.of("mr.", "mr", "mrs.", "mrs", "ms.", "ms");

  private final Map<String, Optional<Gender>> byEntity = new HashMap<>();

  /** Reads the article's mentions; {@code canonical} maps an entity id to the one facts use for it. */
  Genders(Parse parse, Function<String, String> canonical) {
    for (int i = 0; i < parse.size(); i++) {
      int token = i;
      Optional<Mention> m = parse.mention(i);
      if (m.isEmpty() || m.get().entity().isEmpty()) {
        continue;
      }
      Optional<Gender> said = gender(parse.lower(i))
          .filter(g -> parse.token(token).pos().startsWith("PRP"))
          .or(() -> token > 0 && HONORIFICS.contains(parse.lower(token - 1)) && !parse.mention(token - 1).isPresent()
              ? gender(parse.lower(token - 1)) : Optional.empty());
      said.ifPresent(g -> byEntity.merge(canonical.apply(m.get().entity().get()), Optional.of(g),
          (a, b) -> a.equals(b) ? a : Optional.empty()));
    }
  }

  /** The gender a word implies, if it is a personal pronoun or an honorific. */
  static Optional<Gender> gender(String lowerWord) {
    return Optional.ofNullable(WORDS.get(lowerWord.toLowerCase(Locale.ROOT)));
  }

  /** Whether the article lets {@code entity} be called by a word of gender {@code g}. */
  boolean agrees(String entity, Gender g) {
    return byEntity.getOrDefault(entity, Optional.empty()).map(g::equals).orElse(true);
  }
}
