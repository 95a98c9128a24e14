package org.newsgraph.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.analyse.AnnotatedArticle;
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
import org.newsgraph.resolve.internal.time.Surroundings;
import org.newsgraph.resolve.internal.time.Tense;
import org.newsgraph.resolve.internal.time.Tenses;

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
  private static final Pattern QUARTERS = Pattern.compile("(?i)\\b(?:first|second|third|fourth)[- ]quarter\\b");

  @Override
  public List<TimeExpression> resolve(AnnotatedArticle article) {
    String text = article.text();
    Optional<LocalDate> date = article.clean().raw().published();
    List<Removed> removed = article.clean().removed();
    boolean quarterly = QUARTERS.matcher(text).find();
    List<TimeExpression> out = new ArrayList<>();
    Optional<String> anchor = Optional.empty();
    int anchorSentence = -1;
    Optional<String> lastQuarter = Optional.empty();
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
      int sentence = article.analysis().tokens().get(c.firstToken()).sentence();
      Optional<String> near = sentence - anchorSentence <= 1 ? anchor : Optional.empty();
      Optional<String> quarterBefore = lastQuarter;
      Optional<String> ended = QuarterRules.ended(phrase, text, c.end(), ref);
      Optional<String> value = yearEnded(article, c)
          .or(() -> Surroundings.value(article.analysis(), text, c, phrase, ref))
          .or(() -> ended)
          .or(() -> NarrativeRules.thatQuarter(phrase, quarterBefore))
          .or(() -> NarrativeRules.then(phrase, near))
          .or(() -> last.flatMap(a -> NarrativeRules.value(phrase, a, date)))
          .or(() -> last.filter(a -> ref.tense() == Tense.PAST).flatMap(a -> NarrativeRules.partOfDay(phrase, a)))
          .or(() -> Normaliser.value(phrase, ref))
          .or(() -> QuarterRules.sharedNoun(phrase, text, c.end(), ref))
          .or(() -> EngineValues.usable(c.engineValue(), span.text(), ref))
          .map(v -> habitual(article, c, span.text(), v));
      if (value.isPresent()) {
        out.add(new TimeExpression(span, value.get()));
        if (NarrativeRules.anchors(value.get())) {
          anchor = value;
          anchorSentence = sentence;
        }
        lastQuarter = value.filter(NarrativeRules::quarter).or(() -> quarterBefore);
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
