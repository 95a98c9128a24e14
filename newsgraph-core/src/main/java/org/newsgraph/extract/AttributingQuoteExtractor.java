package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.newsgraph.extract.internal.Attribution;
import org.newsgraph.extract.internal.Attributor;
import org.newsgraph.extract.internal.ParsedText;
import org.newsgraph.extract.internal.QuoteFeatures;
import org.newsgraph.extract.internal.QuoteKeeper;
import org.newsgraph.extract.internal.QuoteScanner;
import org.newsgraph.extract.internal.QuoteShape;
import org.newsgraph.extract.internal.QuotedSpan;
import org.newsgraph.extract.internal.ReportedSpeech;
import org.newsgraph.extract.internal.RuleVerdict;
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
 *       and keeps its speaker (“A,” he said. “B.”, and multi-paragraph quotations). The rules drop a
 *       quotation with neither, or one that reads as a title, as not speech.
 *   <li>{@link QuoteKeeper}, a model trained on PolNeAR, has the last word on keeping each quotation
 *       (a title inside reported speech is quoted speech to PolNeAR); one it keeps that the rules
 *       attributed to no one takes the subject of its clause or the speaker before it, and is dropped
 *       when neither stands.
 *   <li>A quotation set off as a sentence of its own, or after a comma or colon, is direct; one inside
 *       a sentence is a partial quote.
 *   <li>{@link ReportedSpeech} adds reported speech without quotation marks as indirect quotes.
 *   <li>{@link Speakers} turns each speaker token into the article's mention and entity.
 * </ol>
 *
 * <p>Stateless and thread-safe. Cost: linear in the tokens, a few milliseconds per article.
 */
public final class AttributingQuoteExtractor implements QuoteExtractor {

  /** What may stand between a quotation, its speaker and its cue for them to stand right after it. */
  private static final String BETWEEN = "[ ,\u00a0]*";

  private final SpeakerRanker ranker;
  private final QuoteKeeper keeper;
  private final Observer observer;

  /**
   * What the extractor shows of its decisions: every kept quotation's speaker candidates and every
   * quotation's keep-or-drop features (how tools/train_speaker_ranker.py and tools/train_quote_keeper.py
   * get their training data).
   */
  record Observer(BiConsumer<Span, List<SpeakerCandidates.Candidate>> candidates,
      BiConsumer<Span, List<String>> features) {

    static final Observer NOBODY = new Observer((span, c) -> { }, (span, f) -> { });
  }

  /** The extractor with the trained speaker and keep-or-drop models. */
  public AttributingQuoteExtractor() {
    this(SpeakerRanker.standard(), QuoteKeeper.standard(), Observer.NOBODY);
  }

  /** An extractor with {@code ranker} choosing speakers, which shows {@code observer} every quotation's candidates. */
  AttributingQuoteExtractor(SpeakerRanker ranker, BiConsumer<Span, List<SpeakerCandidates.Candidate>> observer) {
    this(ranker, QuoteKeeper.standard(), new Observer(observer, (span, f) -> { }));
  }

  /** An extractor with {@code ranker} choosing speakers and {@code keeper} quotations, showing {@code observer}. */
  AttributingQuoteExtractor(SpeakerRanker ranker, QuoteKeeper keeper, Observer observer) {
    this.ranker = ranker;
    this.keeper = keeper;
    this.observer = observer;
  }

  @Override
  public List<Quote> extract(ResolvedArticle article) {
    String text = article.text();
    List<QuotedSpan> spans = QuoteScanner.scan(article.annotated().clean().analysisText());
    ParsedText parsed = new ParsedText(text, article.annotated().analysis(), spans);
    Attributor attributor = new Attributor(parsed);
    Speakers speakers = new Speakers(parsed, text, article.mentions(), article.entities());
    Quotations run = new Quotations(parsed, attributor, speakers, new SpeakerCandidates(parsed, speakers));
    List<Quote> out = new ArrayList<>();
    for (QuotedSpan span : spans) {
      run.next(span).ifPresent(out::add);
    }
    for (ReportedSpeech.Found r : new ReportedSpeech(parsed, attributor).find()) {
      Span span = Span.of(text, parsed.token(r.first()).start(), parsed.token(r.last()).end());
      out.add(quote(parsed, speakers, span, QuoteKind.INDIRECT, Optional.of(r.attribution())));
    }
    out.sort(Comparator.comparingInt((Quote q) -> q.span().start()).thenComparingInt(q -> q.span().end()));
    return List.copyOf(out);
  }

  /** The quotations of one article, taken in order: each may continue the one before. */
  private final class Quotations {

    private final ParsedText parsed;
    private final Attributor attributor;
    private final Speakers speakers;
    private final SpeakerCandidates candidates;
    private Optional<Attribution> previous = Optional.empty();
    private int previousSentence = -2;
    /** The offset after the last word of the kept quotation before and its attribution. */
    private int previousEnd = -1;
    private int keptSentence = -2;

    Quotations(ParsedText parsed, Attributor attributor, Speakers speakers, SpeakerCandidates candidates) {
      this.parsed = parsed;
      this.attributor = attributor;
      this.speakers = speakers;
      this.candidates = candidates;
    }

    /** The quote the quotation {@code span} makes, if the rules and the keeper keep it. */
    Optional<Quote> next(QuotedSpan span) {
      int[] tokens = parsed.tokensIn(span.start(), span.end());
      if (tokens.length == 0) {
        return Optional.empty();
      }
      int first = tokens[0];
      int last = tokens[tokens.length - 1];
      boolean direct = QuoteShape.isDirect(parsed, first);
      Optional<Attribution> found = attributor.attribute(first, last);
      String how = found.isPresent() ? "cue" : "none";
      if (found.isEmpty() && direct && previous.isPresent() && continues(first)) {
        found = previous.map(Attribution::inherited);
        how = "inherited";
      }
      if (found.isEmpty()) {
        found = attributor.governing(first, last);
        how = found.isPresent() ? "governing" : "none";
      }
      Optional<Attribution> unshaped = found;
      boolean title = QuoteShape.isTitle(parsed, first, last);
      boolean venue = QuoteShape.isVenue(parsed, first, last);
      if (title && !found.filter(a -> a.hasCue() && QuoteShape.names(parsed.lemma(a.cueFirst()))).isPresent() || venue) {
        found = Optional.empty();
      }
      int sentence = parsed.token(first).sentence();
      RuleVerdict rules = new RuleVerdict(how, title, venue, found.isPresent(), sentence <= keptSentence + 1);
      Span quoted = Span.of(parsed.text(), span.start(), span.end());
      List<String> features = QuoteFeatures.of(parsed, attributor, span, first, last, direct, rules);
      observer.features().accept(quoted, features);
      if (venue || QuoteShape.isHeadline(parsed, first, last) || QuoteShape.isNickname(parsed, first, last)
          || !keeper.keep(features, rules)) {
        return Optional.empty(); // a title or name between two quotations breaks no chain (“…,” Flynn said on “Fox.” “…”)
      }
      found = found.or(() -> unshaped).or(() -> lastResort(first, last, direct))
          .map(a -> rerank(parsed, attributor, quoted, candidates.of(first, last, direct, a), a,
              direct && saidRightAfter(parsed, speakers, quoted, a) || attributor.isClaimOfPossessor(a, first, last)));
      if (found.isEmpty()) {
        return Optional.empty(); // speech no one can be found to have said tells no one who said what
      }
      previous = found;
      previousSentence = Math.max(parsed.token(last).sentence(), found.map(this::lastSentence).orElse(-2));
      keptSentence = previousSentence;
      previousEnd = Math.max(parsed.token(last).end(), found.map(this::lastEnd).orElse(-1));
      return Optional.of(quote(parsed, speakers, quoted, direct ? QuoteKind.DIRECT : QuoteKind.PARTIAL, found));
    }

    /**
     * The attribution of a quotation kept as speech that the rules attributed to no one: the subject of
     * its clause, or for a quotation set off on its own, the speaker of the quotation before when no
     * more than one paragraph break parts them.
     */
    private Optional<Attribution> lastResort(int first, int last, boolean direct) {
      Optional<Attribution> subject = attributor.clauseSubject(first, last);
      if (subject.isPresent() || !direct || previous.isEmpty() || previousEnd < 0) {
        return subject;
      }
      int start = parsed.token(first).start();
      return previousEnd <= start && paragraphBreaks(previousEnd, start) <= 1
          ? previous.map(Attribution::inherited) : Optional.empty();
    }

    private int paragraphBreaks(int from, int to) {
      int breaks = 0;
      boolean inBreak = false;
      for (int i = from; i < to; i++) {
        char c = parsed.text().charAt(i);
        breaks += c == '\n' && !inBreak ? 1 : 0;
        inBreak = c == '\n' || inBreak && Character.isWhitespace(c);
      }
      return breaks;
    }

    /**
     * Whether the quotation starting at token {@code first} may continue the one before: it stands in
     * the sentence after the one before and its attribution, or in their paragraph (a sentence splitter
     * cuts "said Rep. G.K. Butterfield (D-N.C.), head of …" in two).
     */
    private boolean continues(int first) {
      int start = parsed.token(first).start();
      return parsed.token(first).sentence() <= previousSentence + 1
          || previousEnd >= 0 && previousEnd <= start && parsed.text().substring(previousEnd, start).indexOf('\n') < 0;
    }

    private int lastEnd(Attribution a) {
      int cue = a.hasCue() ? parsed.token(a.cueLast()).end() : -1;
      return Math.max(cue, parsed.token(a.speaker()).end());
    }

    /**
     * The last sentence an attribution touches: a quotation that follows it continues it, also after
     * a cue sentence of its own (“…?” Graham asked.¶“Neither do I.”).
     */
    private int lastSentence(Attribution a) {
      int cue = a.hasCue() ? parsed.token(a.cueLast()).sentence() : -2;
      return Math.max(cue, parsed.token(a.speaker()).sentence());
    }
  }

  /**
   * The attribution with the speaker the model prefers; the cue is the word the new speaker is the
   * subject of when that word is a cue, else the rules' cue. A source named by "according to", or by a
   * name standing alone before the colon that sets the quotation off ("Carl Bialik: “…”"), stays, and
   * so does the rules' speaker when {@code kept} (“…,” X said right after the quotation; the named
   * possessor of the claim whose content clause holds it).
   */
  private Attribution rerank(ParsedText parsed, Attributor attributor, Span quoted,
      List<SpeakerCandidates.Candidate> candidates, Attribution rule, boolean kept) {
    observer.candidates().accept(quoted, candidates);
    SpeakerCandidates.Candidate best = ranker.best(candidates);
    if (best == candidates.get(0) || rule.hasCue() && parsed.lower(rule.cueFirst()).equals("according")
        || attributor.isNamedBeforeColon(rule) || kept) {
      return rule; // "according to X", "X: “…”" and "“…,” X said" name the source outright
    }
    int head = parsed.head(best.token());
    return head >= 0 && parsed.quoteOf(head) < 0 && attributor.isCue(head)
        ? new Attribution(head, head, best.token())
        : new Attribution(rule.cueFirst(), rule.cueLast(), best.token());
  }

  /**
   * Whether the rules' speaker and the speech verb it is the subject of stand right after a quotation
   * that ends in a comma, a question or an exclamation mark, with nothing but a space or a comma
   * between them (“…,” Roffman predicted. “…?” Todd asked. “…,” said Kunin): PolNeAR gives the
   * quotation to that mention, even where an earlier mention of the same speaker or another speaker
   * stands before it.
   */
  private static boolean saidRightAfter(ParsedText parsed, Speakers speakers, Span quoted, Attribution a) {
    if (!a.hasCue() || !parsed.pos(a.cueFirst()).startsWith("VB")) {
      return false;
    }
    String q = quoted.text().strip();
    char end = q.length() >= 2 ? q.charAt(q.length() - 2) : ' ';
    Span who = speakers.span(a.speaker());
    int cueStart = parsed.token(a.cueFirst()).start();
    int cueEnd = parsed.token(a.cueLast()).end();
    if (end != ',' && end != '?' && end != '!' || who.start() < quoted.end() || cueStart < quoted.end()
        || who.start() < cueEnd && cueStart < who.end()) {
      return false; // also a phrase the parse built over the cue ("reacted Trump", the verb an amod)
    }
    String text = parsed.text();
    return who.start() < cueStart
        ? text.substring(quoted.end(), who.start()).matches(BETWEEN) && text.substring(who.end(), cueStart).matches(BETWEEN)
        : text.substring(quoted.end(), cueStart).matches(BETWEEN) && text.substring(cueEnd, who.start()).matches(BETWEEN);
  }

  /** The quote over {@code span}; one with no attribution has neither cue nor speaker. */
  private static Quote quote(ParsedText parsed, Speakers speakers, Span span, QuoteKind kind, Optional<Attribution> found) {
    Optional<Span> cue = found.filter(Attribution::hasCue)
        .map(a -> Span.of(parsed.text(), parsed.token(a.cueFirst()).start(), parsed.token(a.cueLast()).end()));
    return new Quote(span, kind, cue, found.map(a -> speakers.speaker(a.speaker())));
  }
}
