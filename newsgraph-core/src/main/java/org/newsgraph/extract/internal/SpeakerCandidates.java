package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/**
 * The words that could be a quotation's speaker, each with the features {@link SpeakerRanker} weighs
 * (issue 5): every noun, pronoun and relative pronoun heading its phrase (and a person's name the
 * tagger took for another part of speech, "Devine" as an adjective), outside quotation marks, from
 * two sentences before the quotation to one after it, plus the speaker the rules chose. Features say
 * how the parse links the word to the quotation and to speech verbs, how far it stands, what kind of
 * mention it is, whether the rules chose it, and for a common noun or pronoun, its lemma.
 */
public final class SpeakerCandidates {

  /**
   * One candidate speaker.
   *
   * @param token the token the speaker is built around
   * @param mention the span {@link Speakers} gives for it
   * @param features its features, as names
   */
  public record Candidate(int token, Span mention, List<String> features) {

    public Candidate {
      features = List.copyOf(features);
    }
  }

  private static final Set<String> PART_OF_PHRASE = Set.of("compound", "flat", "amod", "det", "nummod",
      "case", "fixed", "goeswith", "punct", "cc", "mark", "aux", "cop", "expl");
  private static final int SENTENCES_BEFORE = 2;
  private static final int SENTENCES_AFTER = 1;

  private final ParsedText p;
  private final Speakers speakers;

  /** Which tokens can speak and which are subjects that can, worked out once per article. */
  private final boolean[] candidate;
  private final boolean[] subject;

  public SpeakerCandidates(ParsedText p, Speakers speakers) {
    this.p = p;
    this.speakers = speakers;
    this.candidate = new boolean[p.size()];
    this.subject = new boolean[p.size()];
    for (int t = 0; t < p.size(); t++) {
      candidate[t] = canSpeak(t);
      subject[t] = candidate[t] && p.rel(t).startsWith("nsubj");
    }
  }

  /**
   * The candidates for the quotation spanning tokens {@code first..last}, the rules' choice first.
   *
   * @param direct whether the quotation is direct (set off) rather than partial
   * @param rule the attribution the rules found
   */
  public List<Candidate> of(int first, int last, boolean direct, Attribution rule) {
    QuoteContext q = new QuoteContext(p, first, last, direct, rule);
    Span ruleSpan = speakers.span(rule.speaker());
    Optional<String> ruleEntity = speakers.entityOf(rule.speaker());
    List<Candidate> out = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    out.add(candidate(q, rule.speaker(), ruleSpan, ruleSpan, ruleEntity));
    seen.add(key(ruleSpan));
    int from = p.sentence(Math.max(0, p.token(first).sentence() - SENTENCES_BEFORE)).firstToken();
    int to = p.sentence(Math.min(p.sentenceCount() - 1, p.token(last).sentence() + SENTENCES_AFTER)).endToken();
    for (int t = from; t < to; t++) {
      if (!isCandidate(t)) {
        continue;
      }
      Span span = speakers.span(t);
      if (seen.add(key(span))) {
        out.add(candidate(q, t, span, ruleSpan, ruleEntity));
      }
    }
    return out;
  }

  private static long key(Span s) {
    return ((long) s.start() << 32) | s.end();
  }

  private boolean isCandidate(int t) {
    return candidate[t];
  }

  private boolean canSpeak(int t) {
    if (p.quoteOf(t) >= 0 || PART_OF_PHRASE.contains(p.rel(t).split(":")[0])) {
      return false;
    }
    String pos = p.pos(t);
    String ner = p.token(t).ner();
    return pos.startsWith("NN") || pos.startsWith("PRP") || pos.equals("WP")
        || pos.equals("WDT") && p.rel(t).startsWith("nsubj") || ner.equals("PERSON");
  }

  private Candidate candidate(QuoteContext q, int t, Span span, Span ruleSpan, Optional<String> ruleEntity) {
    List<String> f = new ArrayList<>();
    boolean isRule = span.equals(ruleSpan);
    Optional<Mention> mention = speakers.mentionOf(t);
    Optional<String> entity = mention.flatMap(Mention::entity);
    String rule = isRule ? "rule" : entity.isPresent() && entity.equals(ruleEntity) ? "ruleEntity" : "other";
    f.add("r=" + rule);
    f.add("r=" + rule + "|cue=" + q.ruleKind());
    String pos = posClass(t);
    String rel = p.rel(t);
    String where = q.where(t);
    f.add("pos=" + pos);
    f.add("rel=" + rel);
    f.add("where=" + where);
    f.add("dist=" + q.distanceBucket(t));
    f.add("pos|where=" + pos + "|" + where);
    f.add("rel|where=" + rel + "|" + where);
    f.add("rel|dist=" + rel + "|" + q.distanceBucket(t));
    f.add("mention=" + mention.map(Mention::type).orElse("none") + "|" + (entity.isPresent() ? "linked" : "unlinked"));
    f.add("ner=" + coarseNer(t));
    f.add("kind|rel=" + (q.direct() ? "direct" : "partial") + "|" + rel);
    f.add("r|pos=" + rule + "|" + pos);
    q.linkFeatures(t, f);
    f.add("para=" + (q.sameParagraph(t) ? "same" : "other") + "|" + pos);
    if (p.rel(t).startsWith("nsubj") && p.head(t) >= 0) {
      f.add("subjOf=" + p.lemma(p.head(t)));
    }
    f.add("rankBefore=" + q.rankBefore(t, this::isSubjectLike) + "|" + where);
    if (!pos.equals("NNP")) {
      // the word itself, but never a name: "official", "campaign", "statement" speak; "foot", "story" do not
      f.add("word=" + p.lemma(t).toLowerCase(Locale.ROOT));
    }
    return new Candidate(t, span, f);
  }

  boolean isSubjectLike(int t) {
    return subject[t];
  }

  private String posClass(int t) {
    String pos = p.pos(t);
    if (pos.startsWith("NNP")) {
      return "NNP";
    }
    if (pos.startsWith("NN")) {
      return "NN";
    }
    return pos;
  }

  private String coarseNer(int t) {
    String ner = p.token(t).ner();
    return ner.equals("PERSON") || ner.equals("ORGANIZATION") || ner.equals("O") ? ner : "OTHER";
  }
}
