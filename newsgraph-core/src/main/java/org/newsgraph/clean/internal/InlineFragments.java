package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.ResidueKind;

/**
 * Residue inside a line of article text (issue 3): a dateline glued to the first sentence
 * ("WASHINGTON (AP) — "), a copyright notice or the author's contact closing a paragraph, a
 * newsletter prompt among the sentences of a paragraph, and stock-ticker widgets ("the Dow Jones
 * Industrial Average DJIA, -0.07%,"). Each pattern is anchored on a shape that running prose does not take; quoted words
 * are never cut. Stateless.
 */
final class InlineFragments {

  /**
   * A dateline: a place in capitals (perhaps a state or country after a comma), perhaps an agency in
   * parentheses, then a dash and the sentence. "FILE - " opens a photo caption, not a story.
   */
  private static final Pattern DATELINE = Pattern.compile(
      "^(?!FILE\\b)(\\p{Lu}{2}[\\p{Lu}.'’-]*(?: \\p{Lu}[\\p{Lu}.'’-]*){0,3}(?:, \\p{Lu}[\\p{L}.]*(?: \\p{Lu}[\\p{L}.]*){0,2})?"
          + "(?: ?\\([\\p{L}. ]{2,30}\\))?) ?(?:—|–|--|-) (?=[\\p{Lu}\\d\"“‘'])");
  private static final Pattern TRAILING_COPYRIGHT = Pattern.compile(
      "(?<=[.!?”\"] )(?:©|Copyright ©?|\\(c\\)) ?\\d{4}\\b[^\\n“”\"]{0,150}$", Pattern.CASE_INSENSITIVE);
  /** An imperative newsletter prompt as one sentence of a paragraph. */
  private static final Pattern NEWSLETTER_SENTENCE = Pattern.compile(
      "(?<=^|[.!?] )(?:Sign up|Subscribe|Register|Get our)\\b[^.!?\"“”]{0,160}\\b(?:newsletters?|inbox|briefing|"
          + "(?:biggest|top|best) stories)\\b[^.!?\"“”]{0,120}[.!]", Pattern.CASE_INSENSITIVE);
  /** How to reach the author, closing a paragraph (an author's bio before it stays). */
  private static final Pattern CONTACT_TAIL = Pattern.compile(
      "(?<=[.!?] )(?:Follow (?:him|her|them|me|us) on (?:Twitter|Facebook|Instagram)|(?:Reach|Contact|E-?mail) "
          + "(?:him|her|them|me|us)\\b|(?:He|She|They) can be reached)[^\\n©“”\"]{0,200}?(?=\\s*(?:©|$))");
  /** A ticker symbol with its day's change, as a quote widget renders it after a company or index name. */
  private static final Pattern TICKER = Pattern.compile("(?<=\\s)\\p{Lu}{1,5}(?:\\.\\p{Lu}{1,2})?, [+\\-−]\\d{1,3}\\.\\d\\d%");

  /**
   * A byline inside a line: "By" and an author's name in capitals (or several, joined by commas and
   * "and"), glued after a story's headline in a digest ("... from Congress By JANE DOE House ...").
   */
  private static final Pattern BYLINE = Pattern.compile("(?<=^|[^.!?:;,\\s] )By (?:\\p{Lu}[\\p{Lu}'’.-]+ ){1,3}"
      + "\\p{Lu}[\\p{Lu}'’-]+(?:(?:,| and) (?:\\p{Lu}[\\p{Lu}'’.-]+ ){1,3}\\p{Lu}[\\p{Lu}'’-]+)*(?= [\\p{Lu}“\"‘]|$)");

  private InlineFragments() {}

  /** The dateline at the start of {@code line} (the article's first line of content), if it has one. */
  static Optional<Found> dateline(String text, int lineStart, String line) {
    Matcher m = DATELINE.matcher(line);
    if (!m.find() || line.length() < m.end() + 20) {
      return Optional.empty(); // a dateline opens a paragraph of text, never stands alone
    }
    int end = lineStart + m.end();
    while (end > lineStart && text.charAt(end - 1) == ' ') {
      end--;
    }
    return Optional.of(BoilerplateFinder.found(text, lineStart, end, ResidueKind.OTHER, "dateline"));
  }

  /** Residue inside a line that no whole-line rule took: copyright tail, newsletter sentences, tickers. */
  static List<Found> within(String text, int lineStart, String line) {
    List<Found> found = new ArrayList<>();
    Matcher newsletter = NEWSLETTER_SENTENCE.matcher(line);
    while (newsletter.find()) {
      found.add(BoilerplateFinder.found(text, lineStart + newsletter.start(), lineStart + newsletter.end(),
          ResidueKind.BOILERPLATE, "newsletter prompt"));
    }
    if (line.indexOf('%') >= 0) {
      Matcher ticker = TICKER.matcher(line);
      while (ticker.find()) {
        found.add(BoilerplateFinder.found(text, lineStart + ticker.start(), lineStart + ticker.end(),
            ResidueKind.OTHER, "stock ticker widget"));
      }
    }
    if (line.indexOf('@') >= 0) {
      Matcher contact = CONTACT_TAIL.matcher(line);
      if (contact.find()) {
        found.add(BoilerplateFinder.found(text, lineStart + contact.start(), lineStart + contact.end(),
            ResidueKind.BOILERPLATE, "contact line"));
      }
    }
    if (line.contains("By ")) {
      Matcher byline = BYLINE.matcher(line);
      while (byline.find()) {
        found.add(BoilerplateFinder.found(text, lineStart + byline.start(), lineStart + byline.end(),
            ResidueKind.OTHER, "byline"));
      }
    }
    Matcher copyright = TRAILING_COPYRIGHT.matcher(line);
    if (copyright.find()) {
      found.add(BoilerplateFinder.found(text, lineStart + copyright.start(), lineStart + copyright.end(),
          ResidueKind.BOILERPLATE, "copyright line"));
    }
    return found;
  }
}
