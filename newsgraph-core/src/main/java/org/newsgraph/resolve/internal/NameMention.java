package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A name the resolver found: a run of tokens, honorifics and possessives left out, with its types.
 *
 * @param firstToken the index of its first token
 * @param endToken the index after its last token
 * @param fineType the engine's fine type, corrected (PERSON, ORGANIZATION, CITY, STATE_OR_PROVINCE, ...)
 * @param type the entity type it makes: PERSON, ORGANIZATION or LOCATION
 * @param surface its words as written, whitespace collapsed
 * @param key what identifies its referent among names of the same type (a state's name for "Ala.")
 */
public record NameMention(int firstToken, int endToken, String fineType, String type, String surface, String key) {

  public NameMention {
    Objects.requireNonNull(fineType, "fineType");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(key, "key");
    if (firstToken < 0 || endToken <= firstToken) {
      throw new IllegalArgumentException("A name needs at least one token, got " + firstToken + ".." + endToken);
    }
  }

  /**
   * Text order, total over distinct names: maps keyed by identity iterate in an order that changes
   * from run to run, so whatever depends on the order of names must sort them with this first.
   */
  public static final Comparator<NameMention> TEXT_ORDER = Comparator.comparingInt(NameMention::firstToken)
      .thenComparingInt(NameMention::endToken).thenComparing(NameMention::type).thenComparing(NameMention::fineType)
      .thenComparing(NameMention::surface).thenComparing(NameMention::key);

  /** The entries of a map keyed by names, in {@link #TEXT_ORDER}. */
  public static <V> List<Map.Entry<NameMention, V>> inTextOrder(Map<NameMention, V> byName) {
    List<Map.Entry<NameMention, V>> entries = new ArrayList<>(byName.entrySet());
    entries.sort(Map.Entry.comparingByKey(TEXT_ORDER));
    return entries;
  }

  public boolean isPerson() {
    return "PERSON".equals(type);
  }

  /** Whether this name shares a token with {@code [from, to)}. */
  public boolean overlaps(int from, int to) {
    return firstToken < to && from < endToken;
  }
}
