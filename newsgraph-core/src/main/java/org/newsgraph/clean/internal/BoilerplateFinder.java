package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;
import org.newsgraph.model.Span;

/**
 * Finds boilerplate lines (issue 3): advertisement markers, newsletter, share and link prompts,
 * related-link lists, photo credits, copyright lines. Precision first: a rule must match a whole
 * line, and a line with a quotation mark is never cut, so a clean article comes through untouched.
 * A trailing photo credit in parentheses is cut from the end of a caption line, and residue inside a
 * line ({@link InlineFragments}) from the lines no rule takes. Stateless.
 */
public final class BoilerplateFinder {

  private static final int MAX_LIST = 8;
  /** No rule matches a longer line; the longest furniture seen is a copyright line with terms. */
  private static final int MAX_RULE_LINE = 420;
  /** A trailing credit is sought in the end of a line only. */
  private static final int CREDIT_TAIL = 200;
  private static final int MAX_LIST_LINE = 160;
  /**
   * Headlines in capitals, one to a line, this many in a row, are a list of links even with no label
   * over them ("BREAKING NEWS ABOUT ..." and its stories); fewer may be a heading and a subheading.
   */
  private static final int MIN_CAPITALS_RUN = 3;
  /** A headline has words; "KY 27%" rows of a table in capitals are not headlines. */
  private static final int MIN_HEADLINE_WORDS = 3;
  /** Quotation marks; an apostrophe after an s is taken for a possessive ("voters' rights"). */
  private static final Pattern QUOTES = Pattern.compile("[\"“”«»]|(^|\\s)['‘]|(?<!s)['’](\\s|$)");
  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\"“”«»]");
  /** A line that starts with a link label may quote the headline it links to. */
  private static final Pattern LABELLED = Pattern.compile("\\(?\\s*" + LineRules.LABEL + "\\s*:.*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  /**
   * An embedded video's description: its title glued to its text, links, and the upload time as an
   * ISO timestamp closing the paragraph. It repeats what the article quotes.
   */
  private static final LineRule VIDEO_EMBED = LineRule.of(".*https?://.*\\s\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z",
      ResidueKind.OTHER, "embedded video description").needing("http");
  /** A teaser quotes its headline as a label does; its closing "Read more" says what it is. */
  private static final Pattern TEASER = Pattern.compile(LineRules.TEASER_END);
  private static final Pattern TRAILING_CREDIT = Pattern.compile(
      "\\s(\\((?:[^()]{0,60}\\bphoto\\b[^()]{0,60}|[\\p{Lu}][\\p{L}.' -]{1,40}/[\\p{Lu}][\\p{L}. -]{1,40})\\)(?: More)?"
          + "|(?:Photographer|Photo|Photograph|Credit|Illustration): [\\p{Lu}][\\p{L}.' -]{1,40}(?:/[\\p{L}. -]{1,40}){0,3})$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** The boilerplate in {@code text}, in text order, not overlapping. */
  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    int listLeft = 0;
    int capitalsLeft = 0; // lines left in a run of headlines in capitals
    int lineStart = 0;
    boolean firstContent = true; // a dateline opens the first paragraph that is no furniture
    while (lineStart <= text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int start = skipSpace(text, lineStart, lineEnd);
      int end = trimEnd(text, start, lineEnd);
      if (start < end) {
        String line = text.substring(start, end);
        Optional<LineRule> rule = ruleFor(line);
        if (rule.isPresent()) {
          found.add(found(text, start, end, rule.get().kind(), rule.get().note()));
          listLeft = rule.get().opensList() ? MAX_LIST : listLeft;
        } else if (listLeft > 0 && isListedHeadline(line)) {
          found.add(found(text, start, end, ResidueKind.NAVIGATION, "related links"));
          listLeft--;
        } else if (isCapitalHeadline(line)
            && (capitalsLeft > 0 || capitalsRun(text, lineEnd) >= MIN_CAPITALS_RUN - 1)) {
          found.add(found(text, start, end, ResidueKind.NAVIGATION, "related links"));
          capitalsLeft = capitalsLeft > 0 ? capitalsLeft - 1 : capitalsRun(text, lineEnd); // once a run
        } else {
          listLeft = 0;
          capitalsLeft = 0;
          if (firstContent) {
            InlineFragments.dateline(text, start, line).ifPresent(found::add);
          }
          List<Found> inside = InlineFragments.within(text, start, line);
          found.addAll(inside);
          trailingCredit(text, start, line).filter(c -> inside.stream().noneMatch(f -> f.end() > c.start()))
              .ifPresent(found::add);
          firstContent = false;
        }
      }
      lineStart = lineEnd + 1;
    }
    return found;
  }

  private static Optional<LineRule> ruleFor(String line) {
    if (line.endsWith("Z") && VIDEO_EMBED.matches(line, line.toLowerCase(Locale.ROOT))) {
      return Optional.of(VIDEO_EMBED); // long, and quoting what the article quotes: checked before the guards
    }
    if (line.length() > MAX_RULE_LINE) {
      return Optional.empty(); // a paragraph, not furniture; also keeps the rules cheap
    }
    if (QUOTES.matcher(line).find() && !line.startsWith("©") && !line.regionMatches(true, 0, "copyright", 0, 9)
        && !LABELLED.matcher(line).matches() && !TEASER.matcher(line).matches()) {
      return Optional.empty();
    }
    String lower = line.toLowerCase(Locale.ROOT);
    return LineRules.RULES.stream().filter(r -> r.matches(line, lower)).findFirst();
  }

  /**
   * A line in a related-links list: short, and not a sentence (no closing full stop, no quotation),
   * or a headline in capitals.
   */
  private static boolean isListedHeadline(String line) {
    if (line.length() > MAX_LIST_LINE || line.split("\\s+").length < 2) {
      return false;
    }
    if (line.equals(line.toUpperCase(Locale.ROOT))) {
      return true;
    }
    // headlines quote with single marks; a line with double marks is a paragraph quoting someone
    char last = line.charAt(line.length() - 1);
    return ".:;,".indexOf(last) < 0 && !DOUBLE_QUOTES.matcher(line).find();
  }

  /** A line in capitals with a few words and no closing full stop: a headline, not a shouted sentence. */
  private static boolean isCapitalHeadline(String line) {
    if (line.length() > MAX_LIST_LINE || line.endsWith(".") || !line.equals(line.toUpperCase(Locale.ROOT))) {
      return false;
    }
    int words = 0;
    for (String w : line.split("\\s+")) {
      if (w.chars().filter(Character::isLetter).count() >= 2) {
        words++;
      }
    }
    return words >= MIN_HEADLINE_WORDS;
  }

  /**
   * How many headlines in capitals follow the line ending at {@code lineEnd}, one to a line (blank lines
   * between them allowed), up to the first line that is not one.
   */
  private static int capitalsRun(String text, int lineEnd) {
    int run = 0;
    int from = lineEnd + 1;
    while (from < text.length() && run < MAX_LIST) {
      int end = text.indexOf('\n', from);
      end = end < 0 ? text.length() : end;
      String line = text.substring(from, end).strip();
      if (!line.isEmpty()) {
        boolean headline = isCapitalHeadline(line);
        if (!headline && ruleFor(line).isEmpty()) {
          break;
        }
        run += headline ? 1 : 0;
      }
      from = end + 1;
    }
    return run;
  }

  private static Optional<Found> trailingCredit(String text, int lineStart, String line) {
    int from = Math.max(0, line.length() - CREDIT_TAIL);
    Matcher m = TRAILING_CREDIT.matcher(line).region(from, line.length());
    if (!m.find() || m.start(1) == 0) {
      return Optional.empty();
    }
    return Optional.of(found(text, lineStart + m.start(1), lineStart + m.end(1), ResidueKind.BOILERPLATE,
        "photo credit"));
  }

  static Found found(String text, int start, int end, ResidueKind kind, String note) {
    return new Found(new Removed(Span.of(text, start, end), kind, note, Optional.empty(), List.of()), Optional.empty());
  }

  private static int skipSpace(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
