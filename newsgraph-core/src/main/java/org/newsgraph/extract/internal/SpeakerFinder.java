package org.newsgraph.extract.internal;

import java.util.Optional;
import java.util.Set;

/**
 * Finds who speaks through a cue, in the dependency parse (issue 5): the subject of the cue, the agent
 * of a passive, the noun of "according to", the possessor of a speech noun, or the subject of the
 * clause the cue depends on; and, where the parse lost the subject, the name the word order gives
 * ("“…,” said O'Neill", "“…,” Merkley said", "as Pollak observed", "Sessions, during …, said"). A
 * medium the words were told to is an object or oblique of the cue, so it is never taken, and a
 * speaker is never a word inside a quotation.
 */
final class SpeakerFinder {

  private static final Set<String> CLIMB = Set.of("xcomp", "conj", "advcl", "acl", "ccomp", "parataxis",
      "obj", "obl", "nmod", "dep", "appos", "csubj", "advmod", "root");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");
  private static final Set<String> ADDRESSED = Set.of("tell", "ask", "inform", "assure", "warn", "urge",
      "thank", "email", "text", "invite");
  private static final Set<String> INVERTED = Set.of("obj", "dep", "iobj", "nsubj", "appos", "nmod", "obl",
      "compound", "flat");

  private final ParsedText p;

  SpeakerFinder(ParsedText p) {
    this.p = p;
  }

  /** The speaker token of cue {@code c}, or -1; never a token inside a quotation. */
  public int speakerOf(int c, int depth) {
    int s = speakerOrQuoted(c, depth);
    return s >= 0 && p.quoteOf(s) >= 0 ? -1 : s;
  }

  private int speakerOrQuoted(int c, int depth) {
    if (depth > 4) {
      return -1;
    }
    if (p.lower(c).equals("according")) {
      int h = p.head(c);
      return h >= 0 && p.pos(h).startsWith("N") ? h : sourceBelow(c);
    }
    if (p.pos(c).startsWith("NN")) {
      int owner = ownerOf(c);
      if (owner >= 0) {
        return p.pos(owner).equals("PRP$") ? governingSubject(c).orElse(owner) : owner;
      }
    }
    int subject = subjectOf(c);
    if (subject >= 0) {
      return subject;
    }
    int h = p.head(c);
    if (h >= 0 && p.rel(c).equals("acl") && p.pos(h).startsWith("N") && p.quoteOf(h) < 0) {
      // a participle on its speaker ("footage of Clinton asking, “…”"), or on a speech noun
      return SpeechLexicon.isNoun(p.lemma(h)) ? speakerOf(h, depth + 1) : h;
    }
    String rel = p.rel(c).split(":")[0];
    return h >= 0 && CLIMB.contains(rel) ? speakerOf(h, depth + 1) : -1;
  }

  /**
   * The source of an "according" the parse made a verb, with the source its oblique ("According to
   * Limbaugh, the move …" as advcl), or -1. Issue 5.
   */
  private int sourceBelow(int according) {
    for (int c : p.children(according)) {
      String rel = p.rel(c).split(":")[0];
      if ((rel.equals("obl") || rel.equals("nmod") || rel.equals("obj")) && p.pos(c).startsWith("N")) {
        return c;
      }
    }
    return -1;
  }

  /** The subject of the verb a noun depends on ("Tomblin lauded him in his address"), if any. */
  private Optional<Integer> governingSubject(int noun) {
    int v = p.head(noun);
    while (v >= 0 && !p.pos(v).startsWith("VB") && p.pos(v).startsWith("N")) {
      v = p.head(v);
    }
    int subject = v >= 0 && p.pos(v).startsWith("VB") ? unquotedChild(v, "nsubj") : -1;
    return subject >= 0 && !p.pos(subject).startsWith("W") ? Optional.of(subject) : Optional.empty();
  }

  private int subjectOf(int v) {
    int agent = agentOf(v);
    int subject = unquotedChild(v, "nsubj");
    if (subject < 0) {
      subject = inverted(v);
    }
    if (subject >= 0 && p.rel(subject).equals("nsubj:pass") && agent >= 0) {
      return agent;
    }
    if (subject >= 0 && RELATIVE.contains(p.lower(subject)) && p.rel(v).startsWith("acl")) {
      return p.head(v);
    }
    if (subject >= 0 && p.lower(subject).equals("it") && p.rel(subject).equals("nsubj:pass")) {
      return -1;
    }
    if (subject < 0 && agent < 0) {
      subject = asClause(v);
    }
    if (subject < 0 && agent < 0) {
      subject = beforeAside(v);
    }
    return subject >= 0 ? subject : agent;
  }

  /**
   * The name before a finite cue and an aside the parse lost the subject over: "Sessions, during a
   * fundraiser in Alabama, said …".
   */
  private int beforeAside(int v) {
    String pos = p.pos(v);
    if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) || v < 2 || !p.token(v - 1).word().equals(",")) {
      return -1;
    }
    int from = p.sentence(p.token(v).sentence()).firstToken();
    for (int i = v - 2; i > from && v - i <= 14; i--) {
      if (p.quoteOf(i) >= 0) {
        return -1;
      }
      if (p.token(i).word().equals(",")) {
        int name = i - 1;
        return p.quoteOf(name) < 0 && (p.pos(name).startsWith("NNP") || p.pos(name).equals("PRP")) ? name : -1;
      }
    }
    return -1;
  }

  /** "As Joel Pollak observed", which the parser often reads as an oblique "as Pollak". */
  private int asClause(int v) {
    for (int c : p.children(v)) {
      if (p.rel(c).startsWith("obl") && c < v && p.hasCase(c, "as") && isNominal(c) && p.quoteOf(c) < 0) {
        return c;
      }
    }
    return -1;
  }

  /** The first child of {@code v} with relation {@code relation} standing outside every quotation, or -1. */
  private int unquotedChild(int v, String relation) {
    for (int c : p.children(v)) {
      String r = p.rel(c);
      if ((r.equals(relation) || r.startsWith(relation + ":")) && p.quoteOf(c) < 0) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The subject of an inverted cue ("…,” said Robert McAtee), which the parser often takes for an
   * object. Not for verbs whose object is the addressee ("told The Hill"): a medium is never a speaker.
   */
  private int inverted(int v) {
    if (v == 0 || !afterQuote(v)) {
      return between(v);
    }
    if (ADDRESSED.contains(p.lemma(v))) {
      return -1;
    }
    for (int c : p.children(v)) {
      String rel = p.rel(c);
      if (c > v && p.quoteOf(c) < 0 && INVERTED.contains(rel) && isNominal(c)) {
        return c;
      }
    }
    // the parse lost the subject: take the words right after the cue ("…,” said O'Neill, on …)
    for (int t = v + 1; t < p.size() && t <= v + 2 && p.quoteOf(t) < 0; t++) {
      if (p.pos(t).startsWith("NNP") || p.pos(t).equals("PRP")) {
        return t;
      }
    }
    return -1;
  }

  /** The speaker between a quotation and its cue when the parse lost it: “…,” Merkley said. */
  private int between(int v) {
    int i = v - 1;
    int nominal = -1;
    while (i >= 0 && p.quoteOf(i) < 0 && v - i <= 12) {
      if (isNominal(i)) {
        nominal = i;
      }
      i--;
    }
    return i >= 0 && p.quoteOf(i) >= 0 && isMark(i) ? nominal : -1;
  }

  private boolean isMark(int t) {
    String w = p.token(t).word();
    return w.endsWith("\"") || w.endsWith("”") || w.endsWith("''") || w.endsWith("“");
  }

  /** Whether only punctuation separates {@code v} from a quotation before it. */
  private boolean afterQuote(int v) {
    int i = v - 1;
    while (i >= 0 && p.quoteOf(i) < 0 && p.rel(i).equals("punct")) {
      i--;
    }
    return i >= 0 && p.quoteOf(i) >= 0;
  }

  /** A noun or pronoun, or a person's name the tagger took for another part of speech ("said Devine"). */
  private boolean isNominal(int t) {
    String pos = p.pos(t);
    return pos.startsWith("NN") || pos.equals("PRP") || p.token(t).ner().equals("PERSON");
  }

  /** The agent of a passive: an oblique introduced by "by". */
  private int agentOf(int v) {
    for (int c : p.children(v)) {
      if (p.rel(c).startsWith("obl") && p.hasCase(c, "by")) {
        return c;
      }
    }
    return -1;
  }

  /** Who a speech noun belongs to: "Trump's claim", "a statement from the campaign". */
  private int ownerOf(int n) {
    int poss = p.child(n, "nmod:poss");
    if (poss >= 0) {
      return poss;
    }
    for (int c : p.children(n)) {
      if (p.rel(c).startsWith("nmod") && (p.hasCase(c, "from") || p.hasCase(c, "by"))) {
        return c;
      }
    }
    return -1;
  }
}
