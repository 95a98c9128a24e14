package org.newsgraph.extract.internal;

import java.util.Locale;
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
  /** Nouns for one airing of a programme: the title after them and "of" names the programme ("this week's episode of “…”"). */
  private static final Set<String> AIRINGS = Set.of("broadcast", "episode", "edition", "installment", "instalment",
      "segment", "airing", "taping", "telecast");
  /** Words before a quotation that make it a description rather than a title. */
  private static final Set<String> DESCRIBING = Set.of("as", "a", "an");

  private QuoteShape() {}

  /**
   * Whether the quotation spanning tokens {@code first..last} reads as a title: a few words, each
   * capitalised or a minor word, with no sentence inside.
   */
  public static boolean isTitle(ParsedText p, int first, int last) {
    if (first > 0 && DESCRIBING.contains(p.lower(first - 1))) {
      return false; // a description: "praised him as “The Comeback Kid”", "fears a “Putin-Ribbentrop Pact.”"
    }
    int words = 0;
    int end = last;
    while (end > first && !Character.isLetterOrDigit(p.token(end).word().charAt(0))) {
      end--; // a full stop before the closing mark ends the sentence, not the title (“Meet the Press.”)
    }
    for (int t = first; t <= end; t++) {
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

  /**
   * Whether the title spanning tokens {@code first..last} names a programme or publication where
   * something was said ("on “Meet the Press.”", "CNN's “New Day”", "Sunday's broadcast of “Fox News
   * Sunday,”"), which no speech verb makes a quote. (Titles of books, films and ads are not venues:
   * PolNeAR attributes them to their authors.)
   */
  public static boolean isVenue(ParsedText p, int first, int last) {
    if (first < 1 || !isTitle(p, first, last)) {
      return false;
    }
    String before = p.lower(first - 1);
    if (before.equals("on")) {
      return true;
    }
    if (before.equals("of") && first >= 2 && p.pos(first - 2).startsWith("NN")
        && AIRINGS.contains(p.lemma(first - 2).toLowerCase(Locale.ROOT))) {
      return true;
    }
    return (before.equals("'s") || before.equals("’s")) && first >= 2 && p.token(first - 2).ner().equals("ORGANIZATION");
  }

  /**
   * Whether the quotation spanning tokens {@code first..last} is a nickname inside a person's name
   * ("Robert C. “Bobby” Scott", "Marcia “Cia” Price"), which no one said: one or two capitalised
   * words right after a given name or initial the tagger calls a person, running straight into a
   * capitalised word (the tagger often misses the surname after the marks).
   */
  public static boolean isNickname(ParsedText p, int first, int last) {
    if (first < 1 || last + 1 >= p.size() || last - first > 3) {
      return false;
    }
    int words = 0;
    for (int t = first; t <= last; t++) {
      String w = p.token(t).word();
      if (Character.isLetter(w.charAt(0))) {
        if (!Character.isUpperCase(w.charAt(0))) {
          return false;
        }
        words++;
      } else if (!isQuoteMark(w)) {
        return false; // "“Cia,”" ends a clause; a nickname runs straight into the surname
      }
    }
    String before = p.token(first - 1).word();
    boolean given = p.pos(first - 1).equals("NNP")
        && (p.token(first - 1).ner().equals("PERSON") || before.length() == 2 && before.charAt(1) == '.');
    return words >= 1 && words <= 2 && given && p.token(first).sentence() == p.token(last + 1).sentence()
        && Character.isUpperCase(p.token(last + 1).word().charAt(0));
  }

  private static boolean isQuoteMark(String w) {
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''") || w.equals("'")
        || w.equals("‘") || w.equals("’");
  }

  /**
   * Whether the title spanning tokens {@code first..last} fills its paragraph: a headline in quotation
   * marks, never speech (issue 5).
   */
  public static boolean isHeadline(ParsedText p, int first, int last) {
    if (!isTitle(p, first, last)) {
      return false;
    }
    String text = p.text();
    int before = text.lastIndexOf('\n', p.token(first).start() - 1) + 1;
    int after = text.indexOf('\n', p.token(last).end());
    return text.substring(before, p.token(first).start()).isBlank()
        && text.substring(p.token(last).end(), after < 0 ? text.length() : after).isBlank();
  }

  /** Whether a cue with lemma {@code lemma} names things, so a title-like quotation after it is still words. */
  public static boolean names(String lemma) {
    return NAMING.contains(lemma);
  }

  /**
   * Direct when the quotation opens its sentence or follows a comma, colon, dash or a full stop (the
   * sentence splitter may leave an opening mark at the end of the sentence before); partial otherwise.
   */
  public static boolean isDirect(ParsedText p, int first) {
    int sentenceStart = p.sentence(p.token(first).sentence()).firstToken();
    if (first == sentenceStart) {
      return true;
    }
    String before = p.token(first - 1).word();
    return before.equals(",") || before.equals(":") || before.equals("—") || before.equals("–")
        || before.equals(".") || before.equals("?") || before.equals("!");
  }
}
