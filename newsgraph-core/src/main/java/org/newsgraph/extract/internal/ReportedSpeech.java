package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds reported speech without quotation marks (issue 5): the clausal complement of a reporting verb
 * ("Politico reported on Monday that …", "He insisted he would not drop out …", "made clear that …"),
 * a clause a reporting verb comments on ("…, Byrne confirmed"), and the clause "according to" sources.
 * Complements holding a quotation are left to the quotation, which then is a partial quote.
 */
public final class ReportedSpeech {

  /**
   * One stretch of reported speech.
   *
   * @param first its first token
   * @param last its last token
   * @param attribution its cue and speaker
   */
  public record Found(int first, int last, Attribution attribution) {}

  private static final int MIN_TOKENS = 3;

  private final ParsedText p;
  private final Attributor attributor;

  public ReportedSpeech(ParsedText p, Attributor attributor) {
    this.p = p;
    this.attributor = attributor;
  }

  /** Every stretch of reported speech, in order of its cue. */
  public List<Found> find() {
    List<Found> out = new ArrayList<>();
    for (int t = 0; t < p.size(); t++) {
      if (p.quoteOf(t) >= 0) {
        continue;
      }
      if (p.lower(t).equals("according")) {
        according(t).ifPresent(out::add);
      } else if (p.pos(t).startsWith("VB") && reports(t)) {
        complement(t).ifPresent(out::add);
      }
    }
    return out;
  }

  private boolean reports(int v) {
    if (SpeechLexicon.isReporting(p.lemma(v))) {
      return true;
    }
    if (!p.lemma(v).equals("make")) {
      return false;
    }
    for (int c : p.children(v)) {
      if (p.lemma(c).equals("clear")) {
        return true;
      }
    }
    return false;
  }

  private Optional<Found> complement(int v) {
    int comp = p.child(v, "ccomp");
    for (int c : p.children(v)) {
      if (comp < 0 && p.lemma(c).equals("clear")) {
        comp = p.child(c, "ccomp"); // "made clear that …", where the parse hangs the clause from "clear"
      }
    }
    int[] range;
    if (comp >= 0) {
      range = p.subtree(comp);
    } else if (p.rel(v).equals("parataxis") && p.head(v) >= 0 && p.head(v) < v) {
      int h = p.head(v);
      range = new int[] {p.subtree(h)[0], p.subtree(v)[0] - 1};
    } else {
      return Optional.empty();
    }
    return found(v, range[0], range[1]);
  }

  private Optional<Found> according(int t) {
    int source = p.head(t);
    if (source < 0) {
      return Optional.empty();
    }
    int[] phrase = p.subtree(source);
    var sentence = p.sentence(p.token(t).sentence());
    int first = phrase[0] <= sentence.firstToken() + 1 ? phrase[1] + 1 : sentence.firstToken();
    int last = phrase[0] <= sentence.firstToken() + 1 ? sentence.endToken() - 1 : phrase[0] - 1;
    return found(t, first, last);
  }

  private Optional<Found> found(int cue, int from, int to) {
    int first = from;
    int last = to;
    while (first <= last && isPunctuation(first)) {
      first++;
    }
    while (last >= first && isPunctuation(last)) {
      last--;
    }
    if (last - first + 1 < MIN_TOKENS) {
      return Optional.empty();
    }
    for (int t = first; t <= last; t++) {
      if (p.quoteOf(t) >= 0 || isMark(t)) {
        return Optional.empty();
      }
    }
    int start = first;
    int end = last;
    return attributor.attributeCue(cue).map(a -> new Found(start, end, a));
  }

  private boolean isPunctuation(int t) {
    return p.pos(t).equals(",") || p.pos(t).equals(".") || p.pos(t).equals(":") || p.rel(t).equals("punct");
  }

  private boolean isMark(int t) {
    String w = p.token(t).word();
    return w.equals("\"") || w.equals("“") || w.equals("”") || w.equals("``") || w.equals("''");
  }
}
