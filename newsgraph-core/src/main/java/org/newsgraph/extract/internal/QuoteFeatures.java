package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The features {@link QuoteKeeper} weighs to decide whether a stretch between quotation marks is
 * speech (issue 5): its shape (length, capitals, sentences inside), where it stands (opening its
 * sentence, after which word, under which head), what speech words the sentence holds and how the
 * parse links them to it, and what the rules made of it.
 */
public final class QuoteFeatures {

  private static final int MAX_HOPS = 6;

  private QuoteFeatures() {}

  /** The features of the quotation {@code span} spanning tokens {@code first..last}. */
  public static List<String> of(ParsedText p, Attributor cues, QuotedSpan span, int first, int last,
      boolean direct, RuleVerdict rules) {
    List<String> f = new ArrayList<>();
    f.add("bias");
    String state = rules.how() + "|" + (rules.kept() ? "kept" : "dropped");
    f.add("rule=" + state);
    f.add("rule|title=" + state + "|" + rules.title());
    f.add("title=" + rules.title());
    f.add("venue=" + rules.venue());
    f.add("followsKept=" + rules.followsKept());
    f.add("direct=" + direct);
    f.add("closed=" + span.closed() + "|paragraphs=" + Math.min(span.paragraphs(), 3));
    shape(p, first, last, f);
    context(p, first, last, f);
    speech(p, cues, first, last, f);
    return f;
  }

  /** How long the quotation is, how it is written, what names it holds. */
  private static void shape(ParsedText p, int first, int last, List<String> f) {
    int words = 0;
    int capitals = 0;
    boolean sentence = false;
    TreeSet<String> ner = new TreeSet<>();
    for (int t = first; t <= last; t++) {
      String w = p.token(t).word();
      if (Character.isLetterOrDigit(w.charAt(0))) {
        words++;
        capitals += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        ner.add(p.token(t).ner().equals("O") ? "O" : p.token(t).ner());
      }
      sentence |= t < last - 2 && (w.equals(".") || w.equals("?") || w.equals("!"));
    }
    String bucket = words <= 3 ? Integer.toString(words) : words <= 7 ? "4-7" : words <= 15 ? "8-15" : "16+";
    f.add("words=" + bucket);
    f.add("capitals=" + (words == 0 ? "none" : capitals == words ? "all" : capitals == 0 ? "none" : "some"));
    f.add("capitals|words=" + (capitals * 2 > words) + "|" + bucket);
    f.add("sentenceInside=" + sentence);
    f.add("ner=" + String.join("+", ner));
    String end = p.token(last).word();
    f.add("endsWith=" + (end.length() == 1 && !Character.isLetterOrDigit(end.charAt(0)) ? end : "word"));
  }

  /** The words around the quotation and the word it hangs from. */
  private static void context(ParsedText p, int first, int last, List<String> f) {
    int sentenceStart = p.sentence(p.token(first).sentence()).firstToken();
    int sentenceEnd = p.sentence(p.token(last).sentence()).endToken();
    f.add("prev=" + (first > sentenceStart ? p.lower(first - 1) : "<s>"));
    f.add("next=" + (last + 1 < sentenceEnd ? p.lower(last + 1) : "</s>"));
    f.add("wholeSentence=" + (first == sentenceStart && last + 2 >= sentenceEnd));
    int head = externalHead(p, first, last);
    if (head < 0) {
      f.add("head=root");
      return;
    }
    f.add("headLemma=" + p.lemma(head));
    f.add("headPos=" + coarse(p.pos(head)));
    f.add("headPos|prev=" + coarse(p.pos(head)) + "|" + (first > sentenceStart ? p.lower(first - 1) : "<s>"));
  }

  /** The speech words of the quotation's sentence and how the parse links them to it. */
  private static void speech(ParsedText p, Attributor cues, int first, int last, List<String> f) {
    int from = p.sentence(p.token(first).sentence()).firstToken();
    int to = p.sentence(p.token(last).sentence()).endToken();
    boolean cue = false;
    boolean according = false;
    for (int t = from; t < to; t++) {
      if (p.quoteOf(t) < 0 && cues.isCue(t)) {
        cue = true;
        according |= p.lower(t).equals("according");
      }
    }
    f.add("cueInSentence=" + cue);
    f.add("according=" + according);
    int hops = 0;
    String found = "none";
    for (int a = externalHead(p, first, last); a >= 0 && hops < MAX_HOPS; a = p.head(a)) {
      hops++;
      if (p.quoteOf(a) < 0 && cues.isCue(a)) {
        found = p.pos(a).startsWith("VB") && SpeechLexicon.isAttitudeOnly(p.lemma(a)) ? "attitude" : "speech";
        break;
      }
    }
    f.add("cueAbove=" + found + (found.equals("none") ? "" : "|" + Math.min(hops, 3)));
  }

  /** The first head outside the quotation of a token inside it, or -1. */
  static int externalHead(ParsedText p, int first, int last) {
    for (int x = first; x <= last; x++) {
      int h = p.head(x);
      if (h >= 0 && (h < first || h > last)) {
        return h;
      }
    }
    return -1;
  }

  private static String coarse(String pos) {
    return pos.length() > 2 ? pos.substring(0, 2) : pos;
  }
}
