package org.newsgraph.resolve.internal.time;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;

/**
 * Values the words around a time decide (issue 6): "will one day be" is some day to come, "would be
 * redeemed in five years" a year ahead, "compared with $3 million last year" in a report of a quarter
 * that quarter a year back. Stateless.
 */
public final class Surroundings {

  /** A week counted back from the article's date, which TimeBank gives the article's own week. */
  private static final Pattern WEEK_SO_FAR = Pattern.compile("for the (?:last|past) week");
  /** Two or more years, months or weeks: "in a year" is as often a rate ("accept in a year") as a time ahead. */
  private static final Pattern COUNT_AHEAD = Pattern.compile("^(?:two|three|four|five|six|seven|eight|nine|ten"
      + "|\\d{1,2}) (?:years|months|weeks)$");
  private static final int FIRST_WINDOW = 6;
  /** The words right before a figure's "last year": "$3 million last year", "from last year's". */
  private static final Set<String> COMPARED = Set.of("million", "billion", "cents", "share", "from", "with", "than",
      "period", "quarter");
  private static final Pattern YEAR_TOLD = Pattern.compile("(?i)\\b(?:this|the|fiscal|full) year\\b");

  /** A day of a month without its year: "oct 31". */
  private static final Pattern MONTH_DAY = Patterns.of("(?<mon>{MON}) (?<d>\\d{1,2})");

  /** A year-back quarter: "the comparable year-ago quarter", "the year-earlier period". */
  private static final Pattern YEAR_AGO = Patterns.of("(?:the )?(?:(?:comparable|corresponding|same) )?year (?:ago|earlier)"
      + " (?:quarter|period)");
  /** The same quarter named again by its order, in apposition: ", the second quarter". */
  private static final Pattern APPOSITIVE_ORDINAL = Pattern.compile("^,\\s+the\\s+(?<q>" + Patterns.ORD
      + ")(?:\\s+fiscal)?\\s+quarter\\b");
  private static final Pattern ORDINAL_QUARTER = Patterns.of("(?:the )?(?<q>{ORD}) (?:fiscal )?quarter");
  private static final Pattern YEAR_AGO_BEFORE = Pattern.compile("(?i)\\byear-(?:ago|earlier)\\s+(?:quarter|period),\\s+"
      + "(?:the\\s+)?$");

  /**
   * "this year as ", "this month than ": a unit compared with its elided predecessor; the units and
   * the words up to the "last" that {@link Extents} finds after them.
   */
  static final String COMPARED_UNITS = "(?:year|month|week|quarter)";
  static final String COMPARED_UP_TO_LAST = "\\b[^.]{0,80}\\b(?:as|than) ";
  private static final Pattern COMPARED_THIS = Pattern.compile("(?i)\\bthis (?<u>" + COMPARED_UNITS + ")"
      + COMPARED_UP_TO_LAST + "$");

  private Surroundings() {}

  /** The value the words around candidate {@code c} of {@code text} give {@code phrase}, when they decide it. */
  public static Optional<String> value(Analysis analysis, String text, Candidate c, Phrase phrase, Reference ref) {
    return someday(analysis, c, phrase)
        .or(() -> ahead(analysis, c, phrase, ref))
        .or(() -> lastYearCompared(analysis, text, c, phrase, ref))
        .or(() -> weekSoFar(analysis, c, phrase, ref))
        .or(() -> endedOn(analysis, c, phrase, ref))
        .or(() -> yearAgoQuarter(text, c, phrase, ref))
        .or(() -> elidedLast(text, c, phrase, ref));
  }

  /**
   * "twice as high a dividend this year as last": "last" with its unit left out is the one before
   * the "this" unit it is compared with (issue 6: TimeBank 1988 written in 1989).
   */
  private static Optional<String> elidedLast(String text, Candidate c, Phrase phrase, Reference ref) {
    java.util.regex.Matcher compared = COMPARED_THIS.matcher(text.substring(Math.max(0, c.start() - 100), c.start()));
    if (!phrase.normal().equals("last") || !compared.find()) {
      return Optional.empty();
    }
    return Normaliser.value(Phrase.of("last " + compared.group("u").toLowerCase(Locale.ROOT)), ref);
  }

  /**
   * "the comparable year-ago quarter, the second quarter": a year-back quarter and the quarter that
   * names it again by its order are one quarter, that order's a year back (issue 6: a report may
   * compare quarters that are not the same of the year when a company changed its fiscal year).
   */
  private static Optional<String> yearAgoQuarter(String text, Candidate c, Phrase phrase, Reference ref) {
    java.util.regex.Matcher after = APPOSITIVE_ORDINAL.matcher(text).region(c.end(), text.length());
    if (YEAR_AGO.matcher(phrase.normal()).matches() && after.lookingAt()) {
      return QuarterRules.value("year ago " + after.group("q").toLowerCase(Locale.ROOT) + " quarter", ref);
    }
    java.util.regex.Matcher ordinal = ORDINAL_QUARTER.matcher(phrase.normal());
    if (ordinal.matches() && YEAR_AGO_BEFORE.matcher(text.substring(Math.max(0, c.start() - 60), c.start())).find()) {
      return QuarterRules.value("year ago " + ordinal.group("q") + " quarter", ref);
    }
    return Optional.empty();
  }

  /**
   * "the second quarter ended Oct. 31" written on Oct. 27: a period that "ended" on a day ended on
   * or before the article's date, so a day still ahead this year is last year's (issue 6), however
   * near; the past-tense rule would keep a day a few weeks ahead as a limit set in the past.
   */
  private static Optional<String> endedOn(Analysis analysis, Candidate c, Phrase phrase, Reference ref) {
    java.util.regex.Matcher m = MONTH_DAY.matcher(phrase.normal());
    if (!m.matches() || c.firstToken() == 0 || ref.date().isEmpty()
        || !analysis.tokens().get(c.firstToken() - 1).word().equalsIgnoreCase("ended")) {
      return Optional.empty();
    }
    java.util.OptionalInt month = Lexicon.month(m.group("mon"));
    int day = Integer.parseInt(m.group("d"));
    if (month.isEmpty() || day < 1 || day > java.time.Month.of(month.getAsInt()).maxLength()) {
      return Optional.empty();
    }
    java.time.LocalDate date = ref.date().get();
    java.time.LocalDate same = java.time.MonthDay.of(month.getAsInt(), day).atYear(date.getYear());
    return Optional.of(Timex.day(same.isAfter(date) ? same.minusYears(1) : same));
  }

  /**
   * "has been in Bethesda for the last week": the week up to the article's date is the article's
   * week (issue 6: TimeBank 2000-W15 written on Friday 2000-04-14), not the week before it, which
   * "last week" alone names.
   */
  private static Optional<String> weekSoFar(Analysis analysis, Candidate c, Phrase phrase, Reference ref) {
    String words = phrase.normal();
    boolean forWritten = words.startsWith("for ");
    if (!forWritten && c.firstToken() > 0 && analysis.tokens().get(c.firstToken() - 1).word().equalsIgnoreCase("for")) {
      words = "for " + words;
    }
    return WEEK_SO_FAR.matcher(words).matches() ? Optional.of(DeicticRules.unit("week", 0, ref))
        : Optional.empty();
  }

  /**
   * "will one day be", "hopes he one day follows": "one day" between a modal and its verb, or right
   * before a verb's base form, is some day to come (TimeML: FUTURE_REF), not a day's length.
   */
  private static Optional<String> someday(Analysis analysis, Candidate c, Phrase phrase) {
    List<Token> tokens = analysis.tokens();
    if (!phrase.normal().equals("one day") || c.endToken() >= tokens.size()) {
      return Optional.empty();
    }
    boolean afterModal = c.firstToken() > 0 && tokens.get(c.firstToken() - 1).pos().equals("MD");
    boolean beforeVerb = tokens.get(c.endToken()).pos().matches("VB|VBP");
    return afterModal || beforeVerb ? Optional.of(Timex.FUTURE) : Optional.empty();
  }

  /**
   * "would be redeemed in five years": a count of years, months or weeks after "in" in a clause
   * about the future is the time that far ahead (1994 written in 1989), not a length; "the first
   * time in 25 years" stays one.
   */
  private static Optional<String> ahead(Analysis analysis, Candidate c, Phrase phrase, Reference ref) {
    List<Token> tokens = analysis.tokens();
    if (ref.tense() != Tense.FUTURE || c.firstToken() < 2 || !COUNT_AHEAD.matcher(phrase.normal()).matches()
        || !tokens.get(c.firstToken() - 1).word().equalsIgnoreCase("in") || firstSince(analysis, c.firstToken() - 1)) {
      return Optional.empty();
    }
    return Normaliser.value(Phrase.of(phrase.normal() + " from now"), ref);
  }

  /**
   * Whether a first or a superlative shortly before the "in" at {@code in} makes its count a stretch
   * gone by: "for the first time in 25 years", "its first contested convention in 40 years".
   */
  private static boolean firstSince(Analysis analysis, int in) {
    List<Token> tokens = analysis.tokens();
    int sentence = tokens.get(in).sentence();
    for (int i = in - 1; i >= Math.max(0, in - FIRST_WINDOW) && tokens.get(i).sentence() == sentence; i--) {
      Token t = tokens.get(i);
      if (t.word().equalsIgnoreCase("first") || t.pos().equals("JJS") || t.pos().equals("RBS")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "compared with a loss of $3 million last year", "an increase from last year's $1.55 billion": in an
   * earnings report telling of a quarter, the figure compared with is that quarter's a year back,
   * unless the sentence tells of a year ("for the year ended Aug. 31", "this year's third quarter").
   */
  private static Optional<String> lastYearCompared(Analysis analysis, String text, Candidate c, Phrase phrase,
      Reference ref) {
    if (!phrase.normal().equals("last year") || c.firstToken() == 0
        || ref.storyPeriod().filter(p -> p.contains("-Q")).isEmpty()) {
      return Optional.empty();
    }
    String before = analysis.tokens().get(c.firstToken() - 1).word().toLowerCase(Locale.ROOT);
    Sentence sentence = analysis.sentenceOf(c.firstToken());
    boolean yearTold = YEAR_TOLD.matcher(text.substring(sentence.start(), sentence.end())).find();
    return COMPARED.contains(before) && !yearTold ? Normaliser.value(Phrase.of("a year earlier"), ref)
        : Optional.empty();
  }
}
