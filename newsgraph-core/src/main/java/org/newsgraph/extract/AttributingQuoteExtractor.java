package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.newsgraph.extract.internal.Attribution;
import org.newsgraph.extract.internal.Attributor;
import org.newsgraph.extract.internal.ParsedText;
import org.newsgraph.extract.internal.QuoteScanner;
import org.newsgraph.extract.internal.QuoteShape;
import org.newsgraph.extract.internal.QuotedSpan;
import org.newsgraph.extract.internal.ReportedSpeech;
import org.newsgraph.extract.internal.SpeakerCandidates;
import org.newsgraph.extract.internal.SpeakerRanker;
import org.newsgraph.extract.internal.Speakers;
import org.newsgraph.model.Quote;
import org.newsgraph.model.QuoteKind;
import org.newsgraph.model.Span;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Finds direct, partial and reported quotations and attributes each to a speaker (issue 5).
 *
 * <ol>
 *   <li>{@link QuoteScanner} finds the stretches between double quotation marks in the text the
 *       analysis saw (so person cards and other residue never yield quotes).
 *   <li>{@link Attributor} finds each one's cue and speaker in the dependency parse. A quotation with no
 *       cue of its own that follows an attributed one in the same or the next sentence continues it
 *       and keeps its speaker (“A,” he said. “B.”, and multi-paragraph quotations). A quotation with
 *       neither is a title or scare quote, not speech, and is dropped.
 *   <li>A quotation set off as a sentence of its own, or after a comma or colon, is direct; one inside
 *       a sentence is a partial quote.
 *   <li>{@link ReportedSpeech} adds reported speech without quotation marks as indirect quotes.
 *   <li>{@link Speakers} turns each speaker token into the article's mention and entity.
 * </ol>
 *
 * <p>Stateless and thread-safe. Cost: linear in the tokens, a few milliseconds per article.
 */
public final class AttributingQuoteExtractor implements QuoteExtractor {

  private final SpeakerRanker ranker;
  private final BiConsumer<Span, List<SpeakerCandidates.Candidate>> observer;

  /** The extractor with the trained speaker model. */
  public AttributingQuoteExtractor() {
    this(SpeakerRanker.standard(), (span, candidates) -> { });
  }

  /**
   * An extractor with {@code ranker} choosing speakers, which shows {@code observer} the candidates of
   * every quotation (how tools/train_speaker_ranker.py gets its training data).
   */
  AttributingQuoteExtractor(SpeakerRanker ranker, BiConsumer<Span, List<SpeakerCandidates.Candidate>> observer) {
    this.ranker = ranker;
    this.observer = observer;
  }

  @Override
  public List<Quote> extract(ResolvedArticle article) {
    String text = article.text();
    List<QuotedSpan> spans = QuoteScanner.scan(article.annotated().clean().analysisText());
    ParsedText parsed = new ParsedText(text, article.annotated().analysis(), spans);
    Attributor attributor = new Attributor(parsed);
    Speakers speakers = new Speakers(parsed, text, article.mentions(), article.entities());
    SpeakerCandidates candidates = new SpeakerCandidates(parsed, speakers);
    List<Quote> out = new ArrayList<>();
    Optional<Attribution> previous = Optional.empty();
    int previousSentence = -2;
    for (QuotedSpan span : spans) {
      int[] tokens = parsed.tokensIn(span.start(), span.end());
      if (tokens.length == 0) {
        continue;
      }
      int first = tokens[0];
      int last = tokens[tokens.length - 1];
      boolean direct = QuoteShape.isDirect(parsed, first);
      Optional<Attribution> found = attributor.attribute(first, last);
      if (found.isEmpty() && direct && previous.isPresent() && parsed.token(first).sentence() <= previousSentence + 1) {
        found = previous.map(Attribution::inherited);
      }
      if (found.isEmpty()) {
        found = attributor.governing(first, last);
      }
      if (QuoteShape.isTitle(parsed, first, last)
          && !found.filter(a -> a.hasCue() && QuoteShape.names(parsed.lemma(a.cueFirst()))).isPresent()) {
        found = Optional.empty();
      }
      if (QuoteShape.isVenue(parsed, first, last)) {
        found = Optional.empty();
      }
      Span quoted = Span.of(text, span.start(), span.end());
      found = found.map(a -> rerank(parsed, attributor, quoted, candidates.of(first, last, direct, a), a));
      previous = found;
      previousSentence = parsed.token(last).sentence();
      found.ifPresent(a -> out.add(quote(parsed, speakers, quoted, direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, a)));
    }
    for (ReportedSpeech.Found r : new ReportedSpeech(parsed, attributor).find()) {
      Span span = Span.of(text, parsed.token(r.first()).start(), parsed.token(r.last()).end());
      out.add(quote(parsed, speakers, span, QuoteKind.INDIRECT, r.attribution()));
    }
    out.sort(Comparator.comparingInt((Quote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
    return List.copyOf(out);
  }

  /**
   * The attribution with the speaker the model prefers; the cue is the word the new speaker is the
   * subject of when that word is a cue, else the rules' cue.
   */
  private Attribution rerank(ParsedText parsed, Attributor attributor, Span quoted,
      List<SpeakerCandidates.Candidate> candidates, Attribution rule) {
    observer.accept(quoted, candidates);
    SpeakerCandidates.Candidate best = ranker.best(candidates);
    if (best == candidates.get(0)) {
      return rule;
    }
    int head = parsed.head(best.token());
    return head >= 0 && parsed.quoteOf(head) < 0 && attributor.isCue(head)
        ? new Attribution(head, head, best.token())
        : new Attribution(rule.cueFirst(), rule.cueLast(), best.token());
  }

  private static Quote quote(ParsedText parsed, Speakers speakers, Span span, QuoteKind kind, Attribution a) {
    Optional<Span> cue = a.hasCue()
        ? Optional.of(Span.of(parsed.text(), parsed.token(a.cueFirst()).start(), parsed.token(a.cueLast()).end()))
        : Optional.empty();
    return new Quote(span, kind, cue, Optional.of(speakers.speaker(a.speaker())));
  }
}
