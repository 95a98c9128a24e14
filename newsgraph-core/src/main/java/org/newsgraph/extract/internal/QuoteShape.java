package org.newsgraph.extract.internal;

import java.util.Set;

/**
 * What a quotation looks like from its words alone: a title ("Fox News Sunday", "Women in Power")
 * rather than speech, and whether it is set off as a statement of its own (direct) or woven into a
 * sentence (partial). Issue 5.
 */
public final class QuoteShape {

  private static final Set<String> MINOR_WORDS = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at",
      "for", "to", "with", "by", "from", "de", "la", "&");
  /** Verbs that give something a name, whose quoted object is attributed even when it looks like a title. */
  private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "term", "nickname", "name",
      "refer", "describe", "cite", "hail", "chant", "shout", "tweet", "write", "say");
  private static final int MAX_TITLE_WORDS = 7;

  private QuoteShape() {}

  /**
   * Whether the quotation spanning tokens {@code first..last} reads as a title: a few words, each
   * capitalised or a minor word, with no sentence inside.
   */
  public static boolean isTitle(ParsedText p, int first, int last) {
    if (first > 0 && p.lower(first - 1).equals("as")) {
      return false; // a description: "praised him as “The Comeback Kid”"
    }
    int words = 0;
    for (int t = first; t <= last; t++) {
      String w = p.token(t).word();
      if (w.equals(".") || w.equals("!") || w.equals("?")) {
        return false;
      }
      if (!Character.isLetterOrDigit(w.charAt(0))) {
        continue;
      }
      words++;
      boolean capital = Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0));
      if (!capital && !MINOR_WORDS.contains(p.lower(t)) || w.equals("I")) {
        return false;
      }
    }
    return words > 0 && words <= MAX_TITLE_WORDS;
  }

  /** Whether a cue with lemma {@code lemma} names things, so a title-like quotation after it is still words. */
  public static boolean names(String lemma) {
    return NAMING.contains(lemma);
  }

  /** Direct when the quotation opens its sentence or follows a comma, colon or dash; partial otherwise. */
  public static boolean isDirect(ParsedText p, int first) {
    int sentenceStart = p.sentence(p.token(first).sentence()).firstToken();
    if (first == sentenceStart) {
      return true;
    }
    String before = p.token(first - 1).word();
    return before.equals(",") || before.equals(":") || before.equals("—") || before.equals("–");
  }
}
