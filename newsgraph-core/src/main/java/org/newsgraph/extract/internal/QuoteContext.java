package org.newsgraph.extract.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * A quotation seen from the words around it, for {@link SpeakerCandidates} (issue 5): where a word
 * stands against it, and how the dependency parse links the word to it and to speech words.
 *
 * @param p the parsed text
 * @param first the quotation's first token
 * @param last its last token
 * @param direct whether it is set off as a statement of its own
 * @param rule the attribution the rules found
 * @param above the quotation's ancestors outside it, each with the fewest hops up from the quotation
 */
record QuoteContext(ParsedText p, int first, int last, boolean direct, Attribution rule, Map<Integer, Integer> above) {

  private static final int MAX_HOPS = 8;

  QuoteContext(ParsedText p, int first, int last, boolean direct, Attribution rule) {
    this(p, first, last, direct, rule, ancestors(p, first, last));
  }

  private static Map<Integer, Integer> ancestors(ParsedText p, int first, int last) {
    Map<Integer, Integer> out = new HashMap<>();
    for (int x = first; x <= last; x++) {
      int h = p.head(x);
      if (h >= first && h <= last) {
        continue;
      }
      int hops = 1;
      for (int a = h; a >= 0 && hops <= MAX_HOPS; a = p.head(a), hops++) {
        out.merge(a, hops, Math::min);
      }
    }
    return out;
  }

  /** What the rules' attribution rests on: a verb, a noun, "according to", a mark (a dash or colon), or none. */
  String ruleKind() {
    if (!rule.hasCue()) {
      return "inherited";
    }
    int c = rule.cueFirst();
    if (p.lower(c).equals("according")) {
      return "according"; // whatever its tag: CoreNLP tags it VBG as often as not
    }
    String pos = p.pos(c);
    if (pos.startsWith("VB")) {
      return "verb";
    }
    if (pos.startsWith("NN")) {
      return "noun";
    }
    return "mark";
  }

  /** Where token {@code t} stands: before or after the quotation, and how many sentences away. */
  String where(int t) {
    int s = p.token(t).sentence();
    if (t < first) {
      return "b" + (p.token(first).sentence() - s);
    }
    return "a" + (s - p.token(last).sentence());
  }

  /** Whether no paragraph break stands between token {@code t} and the quotation. */
  boolean sameParagraph(int t) {
    int a = t < first ? p.token(t).end() : p.token(last).end();
    int b = t < first ? p.token(first).start() : p.token(t).start();
    return p.text().substring(a, b).indexOf('\n') < 0;
  }

  /** The distance in tokens between {@code t} and the quotation, in buckets. */
  String distanceBucket(int t) {
    int d = t < first ? first - t : t - last;
    return d <= 2 ? "0-2" : d <= 5 ? "3-5" : d <= 10 ? "6-10" : d <= 20 ? "11-20" : d <= 40 ? "21-40" : "41+";
  }

  /** Adds how the parse links {@code t} to the quotation and to speech words. */
  void linkFeatures(int t, List<String> f) {
    String rel = relClass(p.rel(t));
    int h = p.head(t);
    boolean speechHead = h >= 0 && isSpeech(h);
    if (speechHead) {
      f.add("speechHead|" + rel);
      f.add("speechHead|" + rel + "|" + where(t));
    }
    if (h >= 0 && rule.hasCue() && h >= rule.cueFirst() && h <= rule.cueLast()) {
      f.add("ruleCue|" + rel);
    }
    Integer hops = h >= 0 ? above.get(h) : null;
    if (hops != null) {
      f.add("anc|" + Math.min(hops, 5) + "|" + rel);
      f.add("anc|" + rel + "|" + (speechHead ? "speech" : "other"));
    }
    if (above.containsKey(t)) {
      f.add("isAncestor|" + rel);
    }
    if (h >= first && h <= last) {
      f.add("hangsFromQuote|" + rel);
    }
    if (h >= 0 && p.head(h) >= 0 && p.head(h) >= first && p.head(h) <= last) {
      f.add("hangsFromQuote2|" + rel);
    }
  }

  /** How many words that {@code like} accepts stand between {@code t} and the quotation, in buckets. */
  String rankBefore(int t, IntPredicate like) {
    if (!like.test(t)) {
      return "na";
    }
    int from = t < first ? t + 1 : last + 1;
    int to = t < first ? first : t;
    int n = 0;
    for (int i = from; i < to && n < 3; i++) {
      if (p.quoteOf(i) < 0 && like.test(i)) {
        n++;
      }
    }
    return Integer.toString(n);
  }

  private boolean isSpeech(int t) {
    String pos = p.pos(t);
    if (pos.startsWith("VB")) {
      return SpeechLexicon.isVerb(p.lemma(t));
    }
    return pos.startsWith("NN") && SpeechLexicon.isNoun(p.lemma(t)) || p.lower(t).equals("according");
  }

  private static String relClass(String rel) {
    return rel.equals("nsubj:pass") ? rel : rel.split(":")[0];
  }
}
