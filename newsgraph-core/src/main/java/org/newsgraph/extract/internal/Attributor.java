package org.newsgraph.extract.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.analyse.Sentence;

/**
 * Finds the cue and the speaker of a quotation in the dependency parse (issue 5).
 *
 * <p>A cue is a speech verb or noun, or "according to", outside every quotation in a sentence the
 * quotation touches; verbs of thinking count too, behind verbs of speech. The cue chosen is the one
 * the parse links closest to the quotation: a cue the quotation hangs from ({@code said} with the
 * quotation as its complement, also several clauses up for a fragment inside reported speech), a cue
 * hanging from the quotation ({@code “…,” he said} as parataxis) or right beside it, a cue beside the
 * clause the quotation belongs to, one opening the next sentence ({@code “…?” Graham asked.}), and
 * last any cue in the sentence. A name given inside reported speech goes to the report. Without a cue,
 * a quotation after a colon takes the cue before it ("He said:") or a label standing alone
 * ("Transcript:"), one signed after a dash takes the name ("― Sonya Herridge"), and one opening its
 * paragraph takes the speech verb of the sentence before. {@link SpeakerFinder} finds the speaker.
 */
public final class Attributor {

  private static final int NONE = Integer.MAX_VALUE;
  /** The score of a cue the parse does not link, somewhere in the quotation's sentence. */
  private static final int SAME_SENTENCE = 100;
  /** The score of a cue opening the sentence after the quotation (“…?” Graham asked.). */
  private static final int NEXT_SENTENCE = 50;
  /** What a verb of thinking pays against a verb of speech: "said she wants “…”" is the saying's. */
  private static final int ATTITUDE_PENALTY = 40;

  /** Relations a quotation climbs inside the content clause of a noun ("claim that Obama “founded ISIS,”"). */
  private static final Set<String> CONTENT_PATH = Set.of("obj", "obl", "nmod", "xcomp", "ccomp", "conj", "amod",
      "acl", "advcl", "nsubj");

  /** What the parser makes of the subject after an inverted verb: “…,” said the 46-year-old. */
  private static final Set<String> INVERTED_SPEAKER = Set.of("nsubj", "obj", "iobj", "xcomp", "dep", "appos");

  private static final Set<String> NAMING = Set.of("call", "dub", "label", "brand", "term", "nickname",
      "name", "refer", "describe");

  private final ParsedText p;
  private final SpeakerFinder speakers;
  private final SetOffSpeakers setOff;

  public Attributor(ParsedText p) {
    this.p = p;
    this.speakers = new SpeakerFinder(p);
    this.setOff = new SetOffSpeakers(p);
  }

  /** The attribution of the quotation spanning tokens {@code first..last}, if the text gives one. */
  public Optional<Attribution> attribute(int first, int last) {
    Optional<Attribution> named = setOff.namedBeforeColon(first);
    if (named.isPresent()) {
      return named;
    }
    Optional<Attribution> claim = claimOf(first, last);
    if (claim.isPresent()) {
      return claim;
    }
    int from = p.sentence(p.token(first).sentence()).firstToken();
    int to = p.sentence(p.token(last).sentence()).endToken();
    List<long[]> ranked = new ArrayList<>();
    for (int t = from; t < to; t++) {
      if (p.quoteOf(t) < 0 && isCue(t) && !pastBreak(t, last)) {
        int score = link(t, first, last);
        int distance = t < first ? first - t : t - last;
        if (score != NONE && p.pos(t).startsWith("VB") && SpeechLexicon.isAttitudeOnly(p.lemma(t))) {
          score = Math.min(score + ATTITUDE_PENALTY, SAME_SENTENCE);
        }
        if (score != NONE) {
          ranked.add(new long[] {(long) score * 10_000 + distance, t});
        }
      }
    }
    nextSentenceCue(last).ifPresent(t -> ranked.add(new long[] {(long) NEXT_SENTENCE * 10_000, t}));
    ranked.sort(Comparator.comparingLong(r -> r[0]));
    preferOuterReport(ranked);
    for (long[] r : ranked) {
      Optional<Attribution> a = attributeCue((int) r[1]);
      if (a.isPresent()) {
        Attribution found = a.get();
        return Optional.of(accordingTo(found, first, last).or(() -> closingReport(found, last))
            .or(() -> aside(found, first, last)).orElse(found));
      }
    }
    return verbRightAfter(last).or(() -> speechWordRightAfter(last)).or(() -> afterColon(first)).or(() -> setOff.byline(last)).or(() -> introduced(first));
  }

  /**
   * The finite verb right after a quotation that ends in a comma, question or exclamation mark, with
   * its subject between them or right after it, whatever the verb ("“Go back to Univision,” Trump
   * barked", "“…?” reacted Trump", "“…!” beamed Donald Hartley of Madison", "“…,” said the
   * 46-year-old"): a quotation set off like this reports that verb's subject. For a quotation no cue
   * attributes. Issue 5.
   */
  private Optional<Attribution> verbRightAfter(int last) {
    if (!endsSetOff(last)) {
      return Optional.empty();
    }
    int t = last + 1;
    while (t < p.size() && p.quoteOf(t) < 0 && p.rel(t).equals("punct")) {
      t++;
    }
    if (t >= p.size() || pastBreak(t, last)) {
      return Optional.empty();
    }
    for (int v = t; v < p.size() && v <= t + 6 && p.quoteOf(v) < 0; v++) {
      String pos = p.pos(v);
      if (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")) {
        int s = v == t ? invertedSubject(v) : p.child(v, "nsubj");
        boolean before = s >= 0 && s < v && p.subtree(s)[0] == t && p.subtree(s)[1] == v - 1
            && (p.pos(s).startsWith("NN") || p.pos(s).equals("PRP"));
        return s >= 0 && p.quoteOf(s) < 0 && (s > v || before) ? Optional.of(attribution(v, s)) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Whether the quotation ending at token {@code last} ends, inside its closing marks, in a comma, question or exclamation mark. */
  private boolean endsSetOff(int last) {
    int end = last;
    while (end > 0 && p.quoteOf(end) >= 0 && p.rel(end).equals("punct") && !p.token(end).word().matches(".*[,?!]")) {
      end--; // the closing marks
    }
    return p.quoteOf(end) >= 0 && p.token(end).word().matches(".*[,?!]");
  }

  /**
   * A speech verb right after a quotation that ends in a comma, question or exclamation mark, found by
   * its word where the tagger or the parser lost it, with a noun phrase between them or right after it
   * ("“…?” the 43-year-old asked in …", asked a participle of a sentence of its own; "“…,” the editorial
   * read.", read a noun; "“…,” said Republican consultant Chris Russell.", said an adjective of the
   * name): the phrase is the speaker. For a quotation no cue attributes. Issue 5.
   */
  private Optional<Attribution> speechWordRightAfter(int last) {
    if (!endsSetOff(last)) {
      return Optional.empty();
    }
    int t = last + 1;
    while (t < p.size() && p.quoteOf(t) < 0 && p.pos(t).matches("[,.`'\"]+|``|''")) {
      t++;
    }
    if (t >= p.size() || p.quoteOf(t) >= 0 || pastBreak(t, last)) {
      return Optional.empty();
    }
    if (isSpeechWord(t)) { // said Republican political consultant Chris Russell.
      int n = t + 1;
      while (n < p.size() && p.quoteOf(n) < 0 && !pastBreak(n, last) && isNominal(n)) {
        n++;
      }
      return n - 1 > t && namesSomeone(t + 1, n) ? Optional.of(attribution(t, n - 1)) : Optional.empty();
    }
    int v = t;
    while (v < p.size() && v <= t + 6 && p.quoteOf(v) < 0 && !pastBreak(v, last) && isNominal(v) && !isSpeechWord(v)) {
      v++;
    }
    boolean closes = v + 1 >= p.size() || p.pos(v + 1).matches("[,.:]|IN|TO|RB");
    return v > t && v < p.size() && isSpeechWord(v) && closes && !pastBreak(v, last)
        && (namesSomeone(t, v) || p.pos(v - 1).startsWith("JJ") && p.pos(t).equals("DT")) // the editorial read
        ? Optional.of(attribution(v, v - 1)) : Optional.empty();
  }

  /** Whether token {@code t} is the word of a speech verb other than its participle in -ing, whatever its tag. */
  private boolean isSpeechWord(int t) {
    return p.quoteOf(t) < 0 && SpeechLexicon.VERBS.contains(p.lemma(t)) && !p.pos(t).equals("VBG")
        && Character.isLowerCase(p.token(t).word().charAt(0));
  }

  /** Whether token {@code t} can stand in a noun phrase: a determiner, adjective, noun, number or capitalised word. */
  private boolean isNominal(int t) {
    String pos = p.pos(t);
    return pos.matches("DT|PRP\\$?|JJ.?|NN.*|CD|HYPH|POS") || Character.isUpperCase(p.token(t).word().charAt(0));
  }

  /** Whether tokens {@code from..to-1} hold a noun, a pronoun or a capitalised word. */
  private boolean namesSomeone(int from, int to) {
    for (int i = from; i < to; i++) {
      if (p.pos(i).matches("NN.*|PRP|CD") || Character.isUpperCase(p.token(i).word().charAt(0))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject right after an inverted verb: a name ("reacted Donald Trump"), or the phrase that
   * starts right after it, whatever the parser made of it ("said the 46-year-old", "said one of
   * those advisers"); -1 if none.
   */
  private int invertedSubject(int v) {
    int n = v + 1;
    while (n < p.size() && p.pos(n).equals("NNP") && p.head(n) > n && p.head(n) <= v + 4) {
      n = p.head(n); // Donald -> Trump
    }
    if (n < p.size() && (p.pos(n).startsWith("NNP") || p.token(n).ner().equals("PERSON"))) {
      return n;
    }
    for (int c : p.children(v)) {
      if (c > v && p.subtree(c)[0] == v + 1 && !p.pos(c).startsWith("VB") && INVERTED_SPEAKER.contains(p.rel(c).split(":")[0])) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Whether cue {@code t} stands after the quotation ending at token {@code last} beyond a line break:
   * it opens a paragraph of its own that the sentence splitter joined to the quotation's ("…,” he
   * said. “…”¶Rubio said that …"), so it reports something else. Issue 5.
   */
  private boolean pastBreak(int t, int last) {
    return t > last && p.text().substring(p.token(last).end(), p.token(t).start()).indexOf('\n') >= 0;
  }

  /**
   * The source named by "according to" in the quotation's sentence when it qualifies the cue or the
   * clause holding the quotation ("“…,” Welch said, according to Vermont Edition", "Trump said he was
   * “happy to see” it, according to The New York Times", "messages labeled “top secret”, according to
   * intelligence sources"): PolNeAR takes that source, not the speaker, as the quotation's. Issue 5.
   */
  private Optional<Attribution> accordingTo(Attribution a, int first, int last) {
    if (!a.hasCue() || p.lower(a.cueFirst()).equals("according")) {
      return Optional.empty();
    }
    int clause = headOutside(first, last);
    int from = p.sentence(p.token(first).sentence()).firstToken();
    int to = p.sentence(p.token(last).sentence()).endToken();
    for (int t = from; t < to; t++) {
      if (!p.lower(t).equals("according") || p.quoteOf(t) >= 0) {
        continue;
      }
      int n = p.head(t);
      // "according" is the case marker of its source, or a participle with its source below it
      int qualified = n >= 0 && p.rel(t).equals("case") ? p.head(n) : n;
      if (qualified >= 0 && (p.dominates(qualified, a.cueFirst()) || clause >= 0 && p.dominates(qualified, clause)
          || p.dominates(a.cueFirst(), t) && closesSentence(t))) {
        Optional<Attribution> source = attributeCue(t);
        if (source.isPresent()) {
          return source;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the "according to" at {@code according} is set off by a comma at the end of its sentence
   * ("“…,” O'Malley said at a press conference, according to the Las Vegas Sun."): it qualifies the
   * whole report, wherever the parser hung it.
   */
  private boolean closesSentence(int according) {
    String before = p.text().substring(0, p.token(according).start()).stripTrailing();
    while (before.endsWith("”") || before.endsWith("\"")) {
      before = before.substring(0, before.length() - 1); // “…,” according to …
    }
    if (!before.endsWith(",")) {
      return false;
    }
    int source = p.rel(according).equals("case") ? p.head(according) : according;
    int end = p.sentence(p.token(according).sentence()).endToken();
    for (int x = p.subtree(source)[1] + 1; x < end; x++) {
      if (!p.rel(x).equals("punct")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The report that closes the quotation's sentence after a comma, in the same paragraph and not right
   * after the quotation (that is its own cue, “…,” Obama said.) ("… saying
   * the Ohio Republican was “doing the right thing,” …, CNN reported.", "… is “central” to the
   * platform, reported the Washington Examiner."): it reports the whole sentence, wherever the parser
   * hung it, and PolNeAR gives the quotation to it, not to a speech verb inside. Issue 5.
   */
  private Optional<Attribution> closingReport(Attribution a, int last) {
    int end = p.sentence(p.token(last).sentence()).endToken();
    for (int v = last + 1; v < end; v++) {
      String pos = p.pos(v);
      if (v == a.cueFirst() || p.quoteOf(v) >= 0 || pastBreak(v, last) || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
          || !SpeechLexicon.isVerb(p.lemma(v)) || SpeechLexicon.isAttitudeOnly(p.lemma(v))) {
        continue;
      }
      int s = reporter(v);
      if (s < 0 || s == a.speaker() || p.quoteOf(s) >= 0) {
        continue;
      }
      int[] subject = p.subtree(s);
      int from = Math.min(v, subject[0]);
      int to = Math.max(v, subject[1]);
      if (from <= last || onlyPunctuation(last + 1, from) || !afterComma(from) || !onlyPunctuation(to + 1, end)) {
        continue;
      }
      return Optional.of(attribution(v, s));
    }
    return Optional.empty();
  }

  /** The subject of report {@code v}, before it ("CNN reported") or after it ("reported the Examiner"), or -1. */
  private int reporter(int v) {
    int s = p.child(v, "nsubj");
    if (s >= 0) {
      return s;
    }
    for (int c : p.children(v)) {
      String pos = p.pos(c);
      if (c > v && (pos.startsWith("NN") || pos.equals("PRP")) && !p.rel(c).equals("punct")) {
        return c;
      }
    }
    return -1;
  }

  private boolean afterComma(int t) {
    String before = p.text().substring(0, p.token(t).start()).stripTrailing();
    while (before.endsWith("”") || before.endsWith("\"")) {
      before = before.substring(0, before.length() - 1);
    }
    return before.endsWith(",");
  }

  private boolean onlyPunctuation(int from, int to) {
    for (int x = from; x < to; x++) {
      if (!p.rel(x).equals("punct")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The speech verb set off by commas inside the clause that holds the quotation, with its subject
   * right before it ("CNN, Cruz said, called the announcement “highly significant.”", "Trump, Sexton
   * said, has created a “…”", "Nor, he said, did he say anything that could be “…”"): the aside reports
   * the clause, so its subject is the source, as PolNeAR annotates it. Issue 5.
   */
  private Optional<Attribution> aside(Attribution a, int first, int last) {
    int clause = headOutside(first, last);
    if (clause < 0) {
      return Optional.empty();
    }
    int from = p.sentence(p.token(first).sentence()).firstToken();
    int to = p.sentence(p.token(last).sentence()).endToken();
    for (int v = from + 2; v + 1 < to; v++) {
      int s = asideSpeaker(v);
      if (s < 0 || s == a.speaker()) {
        continue;
      }
      int reported = p.dominates(v, clause) ? v : p.head(v);
      if (reported < 0 || !p.dominates(reported, clause)) {
        continue;
      }
      int cue = a.cueFirst();
      if (a.hasCue() && cue != v && cue != reported && p.pos(cue).startsWith("VB") && p.dominates(reported, cue)) {
        continue; // a speech verb of its own inside the reported clause stands nearer the quotation
      }
      return Optional.of(attribution(v, s));
    }
    return Optional.empty();
  }

  /** The subject of {@code v} when {@code v} is a finite speech verb set off as ", X said,", or -1. */
  private int asideSpeaker(int v) {
    String pos = p.pos(v);
    if (p.quoteOf(v) >= 0 || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
        || !SpeechLexicon.isVerb(p.lemma(v)) || SpeechLexicon.isAttitudeOnly(p.lemma(v))
        || !p.token(v + 1).word().equals(",")) {
      return -1;
    }
    int s = p.child(v, "nsubj");
    if (s < 0 || p.quoteOf(s) >= 0) {
      return -1;
    }
    int appos = p.child(s, "appos");
    if (appos > s && p.subtree(appos)[1] == v - 1) {
      s = appos; // "Trump, Sexton said, …", parsed with "Sexton" in apposition to the subject
    } else if (p.subtree(s)[1] != v - 1) {
      return -1;
    }
    if (!(p.pos(s).startsWith("NNP") || p.pos(s).equals("PRP"))) {
      return -1;
    }
    int start = p.subtree(s)[0];
    return v - start <= 4 && start > 0 && p.token(start - 1).word().equals(",") && p.quoteOf(start - 1) < 0 ? s : -1;
  }

  /**
   * A quotation inside a clause with no speech word, whose subject is a person, an organisation or a
   * pronoun that stands for one: PolNeAR attributes the words to that subject ("Blige sang Springsteen's
   * “American Skin”", "Clinton supports a “public option”"), with the clause's verb as cue. Issue 5.
   */
  public Optional<Attribution> governing(int first, int last) {
    int h = headOutside(first, last);
    for (int a = h, hops = 0; a >= 0 && hops < 3 && p.quoteOf(a) < 0; a = p.head(a), hops++) {
      if (!p.pos(a).startsWith("VB")) {
        continue;
      }
      int s = p.child(a, "nsubj");
      if (s >= 0 && p.quoteOf(s) < 0 && !p.rel(s).equals("nsubj:pass") && standsForSomeone(s)) {
        return Optional.of(new Attribution(a, a, s));
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The first token outside {@code [first, last]} that a token inside hangs on, or -1. */
  private int headOutside(int first, int last) {
    for (int x = first; x <= last; x++) {
      int hx = p.head(x);
      if (hx >= 0 && (hx < first || hx > last)) {
        return hx;
      }
    }
    return -1;
  }

  /**
   * The last resort for a quotation kept as speech with no attribution of its own: the subject of the
   * clause it stands in, whatever it names ("a doctor had typed “homicidal ideation”", "it referenced
   * “political tensions”"), which is PolNeAR's source more often than not. Issue 5.
   */
  public Optional<Attribution> clauseSubject(int first, int last) {
    int h = headOutside(first, last);
    for (int a = h, hops = 0; a >= 0 && hops < 3 && p.quoteOf(a) < 0; a = p.head(a), hops++) {
      int s = p.pos(a).startsWith("VB") ? p.child(a, "nsubj") : -1;
      if (s >= 0 && p.quoteOf(s) < 0 && !p.rel(s).equals("nsubj:pass")) {
        return Optional.of(new Attribution(a, a, s));
      }
    }
    return Optional.empty();
  }

  private boolean standsForSomeone(int s) {
    String ner = p.token(s).ner();
    if (ner.equals("PERSON") || ner.equals("ORGANIZATION")) {
      return true;
    }
    String w = p.lower(s);
    return p.pos(s).equals("PRP") && !w.equals("it") || w.equals("who");
  }

  /**
   * A quotation opening its paragraph with no cue of its own, after a sentence whose speech verb
   * introduces it ("Valastro praised Christie's leadership.¶“We need someone who …”"), also as an
   * aside ("The administration may be reluctant, Schiff said.¶“The other factor …”"); within a
   * paragraph, a quotation opening a sentence after one that reports speech without quotation marks
   * ("Lau said in a statement. “There are no …”", "she said she and Obama had made progress. “I really
   * believe …”"). After a quotation, or a source named by "according to", a quotation continues that.
   */
  private Optional<Attribution> introduced(int first) {
    int sentence = p.token(first).sentence();
    if (sentence == 0 || p.sentence(sentence).firstToken() != first) {
      return Optional.empty();
    }
    var previous = p.sentence(sentence - 1);
    if (!opensParagraph(first) && quotesOrNamesASource(previous)) {
      return Optional.empty(); // a quotation after a quotation continues it
    }
    for (int t = previous.endToken() - 1; t >= previous.firstToken(); t--) {
      if (p.quoteOf(t) < 0 && isCue(t) && p.pos(t).startsWith("VB") && (p.rel(t).equals("root") || p.rel(t).equals("parataxis"))) {
        return attributeCue(t);
      }
    }
    return Optional.empty();
  }

  /** Whether sentence {@code s} holds a quotation or a source named by "according to". */
  private boolean quotesOrNamesASource(Sentence s) {
    for (int t = s.firstToken(); t < s.endToken(); t++) {
      if (p.quoteOf(t) >= 0 || p.lower(t).equals("according")) {
        return true;
      }
    }
    return false;
  }

  private boolean opensParagraph(int t) {
    int start = p.token(t).start();
    int i = start - 1;
    while (i >= 0 && p.text().charAt(i) == ' ') {
      i--;
    }
    return i < 0 || p.text().charAt(i) == '\n';
  }

  /**
   * A name given inside reported speech belongs to the report ("she pointed to reports that Trump
   * called her “Miss Piggy”", "what she calls a “war of words”"), as PolNeAR attributes it: when the
   * best cue only names and a reporting verb above it also holds the quotation, that verb goes first.
   */
  private void preferOuterReport(List<long[]> ranked) {
    if (ranked.isEmpty() || !NAMING.contains(p.lemma((int) ranked.get(0)[1]))) {
      return;
    }
    int inner = (int) ranked.get(0)[1];
    for (int i = 1; i < ranked.size(); i++) {
      int outer = (int) ranked.get(i)[1];
      if (ranked.get(i)[0] < SAME_SENTENCE * 10_000L && p.dominates(outer, inner)
          && SpeechLexicon.isReporting(p.lemma(outer))) {
        ranked.add(0, ranked.remove(i));
        return;
      }
    }
  }

  /** A cue within the first words of the next sentence, when the quotation ends its own sentence. */
  private Optional<Integer> nextSentenceCue(int last) {
    int sentence = p.token(last).sentence();
    if (sentence + 1 >= p.sentenceCount() || p.sentence(sentence).endToken() > last + 2) {
      return Optional.empty();
    }
    int from = p.sentence(sentence + 1).firstToken();
    if (p.text().substring(p.token(last).end(), p.token(from).start()).indexOf('\n') >= 0) {
      return Optional.empty();
    }
    for (int t = from; t < from + 4 && t < p.size() && p.quoteOf(t) < 0; t++) {
      if (isCue(t) && p.pos(t).startsWith("VB")) {
        return Optional.of(t);
      }
    }
    // or after a longer subject that opens the sentence: “…!” Rep. Glenn Thompson, R-Pa., said of …
    int end = p.sentence(sentence + 1).endToken();
    for (int t = from + 4; t < end && t < from + 12 && p.quoteOf(t) < 0; t++) {
      int s = p.child(t, "nsubj");
      if (isCue(t) && p.pos(t).startsWith("VB") && s >= 0 && s < t && p.subtree(s)[0] == from && p.subtree(s)[1] == t - 1) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The attribution resting on cue token {@code cue}, if its speaker can be found. */
  public Optional<Attribution> attributeCue(int cue) {
    int speaker = speakers.speakerOf(cue, 0);
    return speaker < 0 ? Optional.empty() : Optional.of(attribution(cue, speaker));
  }

  /** Whether token {@code t} can be a cue: a speech verb or noun, or "according" (to). */
  public boolean isCue(int t) {
    if (p.lower(t).equals("according")) {
      return true; // tagged VBG as often as not, so before the part of speech (issue 5)
    }
    String pos = p.pos(t);
    String lemma = p.lemma(t);
    if (pos.startsWith("VB")) {
      return SpeechLexicon.isVerb(lemma);
    }
    return pos.startsWith("NN") && SpeechLexicon.isNoun(lemma) && !p.hasCase(t, "according");
  }

  /** How closely the parse links cue {@code t} to the quotation; smaller is closer, NONE for no link. */
  private int link(int t, int first, int last) {
    int up = NONE;
    for (int x = first; x <= last; x++) {
      int h = p.head(x);
      if (h >= first && h <= last) {
        continue;
      }
      int hops = 1;
      for (int a = h; a >= 0 && hops <= 6; a = p.head(a), hops++) {
        if (a == t) {
          up = Math.min(up, hops);
          break;
        }
      }
    }
    if (up != NONE) {
      return up;
    }
    int hops = 1;
    for (int a = p.head(t); a >= 0 && hops <= 3; a = p.head(a), hops++) {
      if (a >= first && a <= last) {
        return hops + 1;
      }
    }
    int distance = t < first ? first - t : t - last;
    if (distance <= 2 && onlyPunctuationBetween(t, first, last)) {
      return 1;
    }
    int aunt = auntHops(t, first, last);
    if (aunt != NONE) {
      return 3 + aunt;
    }
    return distance <= 3 ? 10 + distance : SAME_SENTENCE + Math.min(distance, 99);
  }

  /** How far up the quotation's ancestors the cue's head stands ("Lynch said there remains a “…”"). */
  private int auntHops(int t, int first, int last) {
    int h = p.head(t);
    if (h < 0) {
      return NONE;
    }
    for (int x = first; x <= last; x++) {
      int hx = p.head(x);
      if (hx >= first && hx <= last) {
        continue;
      }
      int hops = 1;
      for (int a = hx; a >= 0 && hops <= 4; a = p.head(a), hops++) {
        if (a == h) {
          return hops;
        }
      }
    }
    return NONE;
  }

  /** Whether nothing but punctuation stands between cue {@code t} and the quotation. */
  private boolean onlyPunctuationBetween(int t, int first, int last) {
    return t < first ? onlyPunctuation(t + 1, first) : onlyPunctuation(last + 1, t);
  }

  private Attribution attribution(int cue, int speaker) {
    int first = cue;
    int last = cue;
    for (int c : p.children(cue)) {
      String rel = p.rel(c);
      if (rel.equals("compound:prt") || rel.equals("fixed")) {
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    if (p.lower(cue).equals("according")) {
      last = Math.max(last, cue + 1 < p.size() && p.lower(cue + 1).equals("to") ? cue + 1 : cue);
    }
    return new Attribution(first, last, speaker);
  }

  /** Whether {@code a} is the claim of a possessor that holds its quotation ({@link #claimOf}). */
  public boolean isClaimOfPossessor(Attribution a, int first, int last) {
    return claimOf(first, last).filter(a::equals).isPresent();
  }

  /**
   * The named possessor of a speech noun whose content clause holds the quotation, with no speech
   * word between them ("Politifact did a fact-check on Donald Trump’s claim that there have been
   * “thousands of shootings”", "Donald Trump's accusation that Clinton is playing the “woman's
   * card”"): the claim is the possessor's, whoever reports it. A pronoun possessor is left to the
   * other rules, as PolNeAR takes the subject of the verb above as often ("De Blasio also repeated his
   * claim that “profit-making” …"). Issue 5.
   */
  private Optional<Attribution> claimOf(int first, int last) {
    int x = linkOut(first, last);
    for (int hops = 0; x >= 0 && hops < 4; hops++) {
      int n = p.head(x);
      if (n < 0 || p.quoteOf(n) >= 0) {
        return Optional.empty();
      }
      String rel = p.rel(x);
      if (p.pos(n).startsWith("NN") && (rel.equals("ccomp") || rel.equals("acl") && hasThat(x))) {
        int poss = p.child(n, "nmod:poss");
        return poss >= 0 && p.quoteOf(poss) < 0 && !p.pos(poss).equals("PRP$") && SpeechLexicon.isNoun(p.lemma(n))
            ? Optional.of(new Attribution(n, n, poss)) : Optional.empty();
      }
      if (isCue(n) || !CONTENT_PATH.contains(rel.split(":")[0])) {
        return Optional.empty();
      }
      x = n;
    }
    return Optional.empty();
  }

  /** Whether clause {@code x} is introduced by "that". */
  private boolean hasThat(int x) {
    for (int c : p.children(x)) {
      if (p.rel(c).equals("mark") && p.lower(c).equals("that")) {
        return true;
      }
    }
    return false;
  }

  /** The first token inside {@code [first, last]} other than punctuation that hangs on a token outside, or -1. */
  private int linkOut(int first, int last) {
    for (int x = first; x <= last; x++) {
      int hx = p.head(x);
      if (hx >= 0 && (hx < first || hx > last) && !p.rel(x).equals("punct")) {
        return x;
      }
    }
    return -1;
  }

  /** Whether {@code a} is a name standing alone before the colon that sets its quotation off. */
  public boolean isNamedBeforeColon(Attribution a) {
    return setOff.isNamedBeforeColon(a);
  }

  /**
   * A quotation after a colon: the cue before the colon ("He said:"), a speech noun that ends the
   * clause before it ("Trump issued the following statement:"), the subject of that clause when it
   * stands for someone ("17-year-old Jared Potts echoed:", "He then listed the qualities …:"), or a
   * name standing alone ("Pence:").
   */
  private Optional<Attribution> afterColon(int first) {
    int colon = first - 1;
    if (colon < 0 || !p.token(colon).word().equals(":") || p.quoteOf(colon) >= 0) {
      return Optional.empty();
    }
    int from = p.sentence(p.token(colon).sentence()).firstToken();
    for (int t = colon - 1; t >= from && p.quoteOf(t) < 0; t--) {
      if (isCue(t) && p.pos(t).startsWith("VB")) {
        Optional<Attribution> a = attributeCue(t);
        if (a.isPresent()) {
          return a;
        }
      }
    }
    for (int t = colon - 1; t >= from && p.quoteOf(t) < 0; t--) {
      if (isCue(t) && p.pos(t).startsWith("NN") && p.subtree(t)[1] == colon - 1) {
        Optional<Attribution> a = attributeCue(t); // “…” after "Trump issued the following statement:"
        if (a.isPresent()) {
          return a;
        }
      }
    }
    int root = -1;
    for (int t = from; t < colon; t++) {
      root = p.head(t) < 0 ? t : root;
    }
    int s = root >= 0 && p.pos(root).startsWith("VB") ? p.child(root, "nsubj") : -1;
    if (s >= 0 && p.quoteOf(s) < 0 && !p.rel(s).equals("nsubj:pass") && standsForSomeone(s)) {
      return Optional.of(new Attribution(root, root, s)); // “…” after "17-year-old Jared Potts echoed:"
    }
    if (colon - from > 6) {
      return Optional.empty();
    }
    for (int t = from; t < colon; t++) {
      if (p.pos(t).startsWith("NN") && p.quoteOf(t) < 0) {
        return Optional.of(new Attribution(colon, colon, t)); // a label standing alone: "Transcript:"
      }
    }
    return Optional.empty();
  }
}
