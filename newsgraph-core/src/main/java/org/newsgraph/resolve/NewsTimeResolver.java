package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;
import org.newsgraph.model.Removed;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.resolve.internal.time.Candidate;
import org.newsgraph.resolve.internal.time.ClockDays;
import org.newsgraph.resolve.internal.time.Coordination;
import org.newsgraph.resolve.internal.time.EngineValues;
import org.newsgraph.resolve.internal.time.Extents;
import org.newsgraph.resolve.internal.time.NarrativeRules;
import org.newsgraph.resolve.internal.time.Normaliser;
import org.newsgraph.resolve.internal.time.Phrase;
import org.newsgraph.resolve.internal.time.QuarterRules;
import org.newsgraph.resolve.internal.time.Reference;
import org.newsgraph.resolve.internal.time.StoryPeriod;
import org.newsgraph.resolve.internal.time.Tense;
import org.newsgraph.resolve.internal.time.Tenses;
import org.newsgraph.resolve.internal.time.Timex;

/**
 * newsgraph's time resolver (issue 6): the engine's time expressions (SUTime under CoreNLP), their
 * extents corrected, and their values decided by newsgraph's rules against the article's date and
 * the tense of the clause each sits in; the engine's value where no rule knows the expression.
 *
 * <p>"said on Tuesday" is the Tuesday before the article's date (or that date itself), "will vote on
 * Tuesday" the one after; "Nov. 8" in a deadline sentence the next Nov. 8; bare years stay years;
 * "a month" is a duration. An article with no date keeps relative expressions unresolved, with X
 * placeholders ("XXXX-WXX-2"), never the run date. Expressions inside removed residue are left out.
 * Stateless and thread-safe.
 */
public final class NewsTimeResolver implements TimeResolver {

  /** A part of a year the article's date placed: a quarter, half, season or month. */
  private static final Pattern GENERIC = Pattern.compile("^\\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI|\\d\\d)$");
  private static final Pattern YEAR_WRITTEN = Pattern.compile("\\d{4}|'\\d\\d|\\byear\\b");
  /** Two or more years, months or weeks: "in a year" is as often a rate ("accept in a year") as a time ahead. */
  private static final Pattern COUNT_AHEAD = Pattern.compile("^(?:two|three|four|five|six|seven|eight|nine|ten"
      + "|\\d{1,2}) (?:years|months|weeks)$");
  private static final int FIRST_WINDOW = 6;
  private static final java.util.Set<String> COMPARED = java.util.Set.of("million", "billion", "cents", "share",
      "from", "with", "than", "period", "quarter");
  private static final Pattern YEAR_TOLD = Pattern.compile("(?i)\\b(?:this|the|fiscal|full) year\\b");
  private static final Pattern QUARTERS = Pattern.compile("(?i)\\b(?:first|second|third|fourth)[- ]quarter\\b");

  @Override
  public List<TimeExpression> resolve(AnnotatedArticle article) {
    String text = article.text();
    Optional<LocalDate> date = article.clean().raw().published();
    List<Removed> removed = article.clean().removed();
    boolean quarterly = QUARTERS.matcher(text).find();
    List<TimeExpression> out = new ArrayList<>();
    Optional<String> anchor = Optional.empty();
    StoryPeriod period = new StoryPeriod();
    for (Candidate c : Extents.find(article.analysis(), text)) {
      Span span = Span.of(text, c.start(), c.end());
      if (removed.stream().anyMatch(r -> r.span().overlaps(span))) {
        continue;
      }
      Phrase phrase = Phrase.of(span.text());
      Reference ref = new Reference(date, Tenses.of(article.analysis(), c.firstToken(), c.endToken()), quarterly,
          period.current(phrase), Tenses.modifiesNoun(article.analysis(), c.firstToken(), c.endToken()));
      Optional<String> last = anchor;
      String after = text.substring(c.end());
      Optional<String> ended = QuarterRules.ended(phrase, after, ref);
      Optional<String> value = yearEnded(article, c)
          .or(() -> someday(article, c, phrase))
          .or(() -> ahead(article, c, phrase, ref))
          .or(() -> lastYearCompared(article, c, phrase, ref))
          .or(() -> ended)
          .or(() -> last.flatMap(a -> NarrativeRules.value(phrase, a, date)))
          .or(() -> last.filter(a -> ref.tense() == Tense.PAST).flatMap(a -> NarrativeRules.partOfDay(phrase, a)))
          .or(() -> Normaliser.value(phrase, ref))
          .or(() -> QuarterRules.sharedNoun(phrase, after, ref))
          .or(() -> EngineValues.usable(c.engineValue(), span.text(), ref))
          .map(v -> habitual(article, c, span.text(), v));
      if (value.isPresent()) {
        out.add(new TimeExpression(span, value.get()));
        anchor = value.filter(NarrativeRules::anchors).or(() -> last);
        period.named(phrase, value.get(), ref, ended.isPresent());
      }
    }
    return Coordination.shared(text, ClockDays.dated(text, out));
  }

  /**
   * {@code value} without its year when the expression tells of a habit: "is usually conducted in
   * the second and fourth quarters" is any year's (TimeML: XXXX-Q2), unless a year is written.
   */
  private static String habitual(AnnotatedArticle article, Candidate c, String words, String value) {
    return GENERIC.matcher(value).matches() && !YEAR_WRITTEN.matcher(words).find()
        && Tenses.habitual(article.analysis(), c.firstToken(), c.endToken()) ? "XXXX" + value.substring(4) : value;
  }

  /**
   * "will one day be", "hopes he one day follows": "one day" between a modal and its verb, or right
   * before a verb's base form, is some day to come (TimeML: FUTURE_REF), not a day's length.
   */
  private static Optional<String> someday(AnnotatedArticle article, Candidate c, Phrase phrase) {
    List<Token> tokens = article.analysis().tokens();
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
  private static Optional<String> ahead(AnnotatedArticle article, Candidate c, Phrase phrase, Reference ref) {
    List<Token> tokens = article.analysis().tokens();
    if (ref.tense() != Tense.FUTURE || c.firstToken() < 2 || !COUNT_AHEAD.matcher(phrase.normal()).matches()
        || !tokens.get(c.firstToken() - 1).word().equalsIgnoreCase("in") || firstSince(article, c.firstToken() - 1)) {
      return Optional.empty();
    }
    return Normaliser.value(Phrase.of(phrase.normal() + " from now"), ref);
  }

  /**
   * Whether a first or a superlative shortly before the "in" at {@code in} makes its count a stretch
   * gone by: "for the first time in 25 years", "its first contested convention in 40 years".
   */
  private static boolean firstSince(AnnotatedArticle article, int in) {
    List<Token> tokens = article.analysis().tokens();
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
  private static Optional<String> lastYearCompared(AnnotatedArticle article, Candidate c, Phrase phrase,
      Reference ref) {
    if (!phrase.normal().equals("last year") || c.firstToken() == 0
        || ref.storyPeriod().filter(p -> p.contains("-Q")).isEmpty()) {
      return Optional.empty();
    }
    String before = article.analysis().tokens().get(c.firstToken() - 1).word().toLowerCase(java.util.Locale.ROOT);
    Sentence sentence = article.analysis().sentenceOf(c.firstToken());
    boolean yearTold = YEAR_TOLD.matcher(article.text().substring(sentence.start(), sentence.end())).find();
    return COMPARED.contains(before) && !yearTold ? Normaliser.value(Phrase.of("a year earlier"), ref)
        : Optional.empty();
  }

  /** "the year ended March 31", "the fiscal year ending June 30": a year's length, not this year. */
  private static Optional<String> yearEnded(AnnotatedArticle article, Candidate c) {
    List<Token> tokens = article.analysis().tokens();
    if (c.endToken() >= tokens.size() || !tokens.get(c.endToken()).lemma().equalsIgnoreCase("end")) {
      return Optional.empty();
    }
    String words = Phrase.of(article.text().substring(c.start(), c.end())).normal();
    return words.matches("(the )?(fiscal |latest |financial )?year") ? Optional.of("P1Y") : Optional.empty();
  }
}
