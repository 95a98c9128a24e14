package org.newsgraph.spark.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key the linking stage groups names by: the type and the name without case, accents,
 * punctuation, possessive 's or a generational suffix ("Jr.", "III").
 *
 * <p>This is the simple blocking key of issue 12, used until the store's linking (issue 8) is on
 * main: entities with the same key are candidates for one global entity; the store's linking
 * rules (nicknames, context, knowledge packs) decide. "Jeff Sessions" and "JEFF SESSIONS'" share a
 * key; "Jeff Sessions" and "Sessions" do not (a short name is resolved within its article first).
 */
public final class NameKeys {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
  private static final Pattern SUFFIX = Pattern.compile(" (jr|sr|ii|iii|iv)$");

  private NameKeys() {}

  /** The key of a name of the given type, or empty when the name has no letters or digits. */
  public static Optional<String> of(String type, String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name.strip(), Normalizer.Form.NFD)).replaceAll("");
    plain = POSSESSIVE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    String words = NOT_WORD.matcher(plain).replaceAll(" ").strip();
    words = SUFFIX.matcher(words).replaceAll("");
    return words.isEmpty() ? Optional.empty() : Optional.of(type + ":" + words);
  }
}
