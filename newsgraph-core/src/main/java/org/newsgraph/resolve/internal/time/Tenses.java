package org.newsgraph.resolve.internal.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;

/**
 * The tense of the clause that governs a time expression, read from the dependency parse.
 *
 * <p>Issue 6: "said on Tuesday" points back, "will vote on Tuesday" forward. The governing verb is
 * the first verb above the expression; its auxiliaries, its form and, for an infinitive, the verb
 * that controls it ("planned to leave Thursday") decide. Inside a quotation the quoted clause's own
 * verb governs, so a reported date resolves against the article's date like any other.
 */
public final class Tenses {

  private static final Set<String> WILL = Set.of("will", "'ll", "wo", "shall");
  private static final Set<String> MODALS = Set.of("would", "could", "might", "may", "can", "should", "must", "'d", "ca");
  private static final Set<String> PAST_AUX = Set.of("was", "were", "had", "did", "'d");
  private static final Set<String> PERFECT = Set.of("has", "have", "'ve");
  private static final Set<String> BE_PRESENT = Set.of("is", "are", "am", "'s", "'re", "'m", "be");
  /** Verbs whose infinitive lies ahead: "planned to leave Thursday", "is set to resume Monday". */
  private static final Set<String> AHEAD = Set.of("plan", "schedule", "expect", "intend", "hope", "want", "aim",
      "seek", "prepare", "set", "due", "slate", "propose", "threaten", "promise", "vow", "poise", "go", "likely",
      "ready", "about", "decide", "agree");
  /** Verbs whose own time lies ahead: "scheduled a conference Thursday", "postponed until Tuesday". */
  private static final Set<String> SCHEDULING = Set.of("plan", "schedule", "expect", "slate", "postpone", "delay",
      "reschedule", "adjourn", "due");
  /** Words before a date that make it a limit: "until", "by", "effective". */
  private static final Set<String> UNTIL = Set.of("until", "till", "through", "by", "effective", "payable",
      "before");
  /** Verbs that put something off to a later time: "postponed until Tuesday", "adjourned until Monday". */
  private static final Set<String> DEFERRING = Set.of("postpone", "delay", "defer", "adjourn", "reschedule",
      "extend", "recess", "suspend");
  /** Adverbs of a habit: "is usually conducted in the fourth quarter". */
  private static final Set<String> HABIT = Set.of("usually", "typically", "normally", "traditionally", "customarily");
  private static final int MAX_STEPS = 8;
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "neither", "nor", "nobody", "no");

  private Tenses() {}

  /** The tense governing the expression on tokens {@code first} (inclusive) to {@code end} (exclusive). */
  public static Tense of(Analysis analysis, int first, int end) {
    List<Token> tokens = analysis.tokens();
    if (first < 0 || end > tokens.size() || first >= end) {
      return Tense.NONE;
    }
    if (aheadCue(tokens, first)) {
      return Tense.FUTURE;
    }
    if (first > 0 && tokens.get(first - 1).word().equalsIgnoreCase("since")) {
      return Tense.PAST; // "since January", "since Tuesday": what is counted from has happened
    }
    int head = head(tokens, first, end);
    Sentence sentence = analysis.sentenceOf(head);
    if (first > 0 && UNTIL.contains(tokens.get(first - 1).word().toLowerCase(Locale.ROOT))) {
      // "postponed until Tuesday morning": what is put off comes after the putting off, so the next
      // such day; otherwise a limit ("payable Dec. 7"), the nearest such day
      return deferred(tokens, head) ? Tense.FUTURE : Tense.PRESENT;
    }
    if (aheadOf(tokens, first)) {
      // "barnstorms there ahead of Tuesday's primary": still to come, unless told in the past tense,
      // where the nearest such day is as likely (issue 6)
      return governing(tokens, sentence, head) == Tense.PAST ? Tense.PRESENT : Tense.FUTURE;
    }
    String relation = tokens.get(head).relation();
    if (relation.equals("nmod:poss")) {
      return Tense.PAST; // "Wednesday's ruling": news names past events this way
    }
    if (relation.equals("compound") || relation.equals("amod")) {
      // "the Oct. 23 slaying": news names past events by their date; "the March accession will
      // enable": a future clause names one to come
      return willGovern(tokens, sentence, head) ? Tense.FUTURE : Tense.PAST;
    }
    if (!auxiliaries(tokens, sentence, head).isEmpty()) {
      return clause(tokens, sentence, head, 0); // "the vote is Tuesday": the expression is the predicate
    }
    return governing(tokens, sentence, head);
  }

  /**
   * Whether the expression on tokens {@code first} to {@code end} names by its time an event its
   * clause is about: it modifies the clause's subject ("the March vote failed", "Wednesday's ruling
   * was appealed"), so the clause's tense says whether the event has happened. A time modifying
   * another noun does not ("spoke in the April issue", "as a July summit approaches", "the first
   * trading day for November transactions": issue 6).
   */
  public static boolean modifiesNoun(Analysis analysis, int first, int end) {
    List<Token> tokens = analysis.tokens();
    if (first < 0 || end > tokens.size() || first >= end) {
      return false;
    }
    Token head = tokens.get(head(tokens, first, end));
    boolean modifier = head.relation().equals("compound") || head.relation().equals("amod")
        || head.relation().equals("nmod:poss");
    return modifier && head.head() >= 0 && tokens.get(head.head()).relation().startsWith("nsubj");
  }

  /** The token of the expression whose head lies outside it. */
  private static int head(List<Token> tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      int h = tokens.get(i).head();
      if (h < first || h >= end) {
        return i;
      }
    }
    return first;
  }

  /** Whether the first verb above {@code head} has "will" or "shall" among its auxiliaries. */
  private static boolean willGovern(List<Token> tokens, Sentence sentence, int head) {
    int g = tokens.get(head).head();
    for (int steps = 0; g >= 0 && steps < MAX_STEPS; steps++) {
      Token t = tokens.get(g);
      if (t.pos().startsWith("VB")) {
        return auxiliaries(tokens, sentence, g).stream()
            .anyMatch(a -> WILL.contains(a.word().toLowerCase(Locale.ROOT)));
      }
      g = t.head();
    }
    return false;
  }

  /** The tense of the first verb above {@code head}. */
  private static Tense governing(List<Token> tokens, Sentence sentence, int head) {
    int g = tokens.get(head).head();
    for (int steps = 0; g >= 0 && steps < MAX_STEPS; steps++) {
      Token t = tokens.get(g);
      if (head < g && t.pos().equals("VBD") && SCHEDULING.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return Tense.PAST; // "On Friday, the government planned to pay": the day the plan was made
      }
      if (t.pos().startsWith("VB") || !auxiliaries(tokens, sentence, g).isEmpty()) {
        return clause(tokens, sentence, g, 0);
      }
      g = t.head();
    }
    return Tense.NONE;
  }

  /**
   * Whether the clause governing the expression on tokens {@code first} to {@code end} tells of a
   * habit: its verb has "usually", "typically", "normally", "traditionally" or "customarily" ("its
   * auction business is usually conducted in the second and fourth quarters"). TimeML writes the
   * times of a habit without a year (issue 6).
   */
  public static boolean habitual(Analysis analysis, int first, int end) {
    List<Token> tokens = analysis.tokens();
    if (first < 0 || end > tokens.size() || first >= end) {
      return false;
    }
    int head = head(tokens, first, end);
    Sentence sentence = analysis.sentenceOf(head);
    int g = tokens.get(head).head();
    for (int steps = 0; g >= 0 && steps < MAX_STEPS; steps++) {
      if (tokens.get(g).pos().startsWith("VB")) {
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
          Token t = tokens.get(i);
          if (t.head() == g && t.relation().equals("advmod") && HABIT.contains(t.word().toLowerCase(Locale.ROOT))) {
            return true;
          }
        }
        return false;
      }
      g = tokens.get(g).head();
    }
    return false;
  }

  /** Whether the first verb above {@code head} puts something off: "postponed until Tuesday". */
  private static boolean deferred(List<Token> tokens, int head) {
    int g = tokens.get(head).head();
    for (int steps = 0; g >= 0 && steps < MAX_STEPS; steps++) {
      Token t = tokens.get(g);
      if (t.pos().startsWith("VB")) {
        return DEFERRING.contains(t.lemma().toLowerCase(Locale.ROOT));
      }
      g = t.head();
    }
    return false;
  }

  /** "ahead of Tuesday's primary", "in advance of Friday's vote": the time of an event to come. */
  private static boolean aheadOf(List<Token> tokens, int first) {
    if (first < 2) {
      return false;
    }
    String cue = (tokens.get(first - 2).word() + " " + tokens.get(first - 1).word()).toLowerCase(Locale.ROOT);
    return cue.equals("ahead of") || cue.equals("advance of");
  }

  /** "as early as Tuesday", "as soon as Friday": a time still to come. */
  private static boolean aheadCue(List<Token> tokens, int first) {
    if (first < 3) {
      return false;
    }
    String cue = (tokens.get(first - 3).word() + " " + tokens.get(first - 2).word() + " "
        + tokens.get(first - 1).word()).toLowerCase(Locale.ROOT);
    return cue.equals("as early as") || cue.equals("as soon as") || cue.equals("as late as");
  }

  private static Tense clause(List<Token> tokens, Sentence sentence, int verb, int depth) {
    Token v = tokens.get(verb);
    List<Token> aux = auxiliaries(tokens, sentence, verb);
    if (aux.isEmpty() && v.relation().equals("conj") && v.head() >= 0 && depth < 3
        && tokens.get(v.head()).pos().startsWith("VB") && auxiliaries(tokens, sentence, v.head()).stream()
            .anyMatch(t -> WILL.contains(t.word().toLowerCase(Locale.ROOT)) || t.word().equalsIgnoreCase("would"))) {
      // "would assume office in January, run in November": the future reaches over the coordination
      // ("must be returned ... and set Friday as the deadline" is too often a misparse to follow)
      return clause(tokens, sentence, v.head(), depth + 1);
    }
    List<String> words = aux.stream().map(t -> t.word().toLowerCase(Locale.ROOT)).toList();
    if (words.stream().anyMatch(WILL::contains)) {
      return Tense.FUTURE;
    }
    if (words.stream().anyMatch(MODALS::contains)) {
      // "could not be reached Tuesday" and "may have been responsible Wednesday" happened;
      // "could come Tuesday" has not
      return negated(tokens, sentence, verb) || words.contains("have") ? Tense.PAST : Tense.FUTURE;
    }
    if (v.pos().equals("VB") && hasChild(tokens, sentence, verb, "mark", "to")
        && words.stream().anyMatch(w -> BE_PRESENT.contains(w) || w.equals("were"))) {
      return Tense.FUTURE; // "is to resume trading Tuesday": a plan; "if she were to win in November"
    }
    if (words.contains("had")) {
      return Tense.PAST; // "had been scheduled to expire at midnight Friday": the past perfect looks back
    }
    if (SCHEDULING.contains(v.lemma().toLowerCase(Locale.ROOT)) && depth == 0 && v.pos().equals("VBN")
        && v.relation().startsWith("acl") && v.head() >= 0) {
      // "a memorial service planned for Saturday was canceled": the plan is told in the clause of its
      // noun; told in the past, the nearest such day, as for a plan made in the past (issue 6)
      return governing(tokens, sentence, v.head()) == Tense.PAST ? Tense.PRESENT : Tense.FUTURE;
    }
    if (SCHEDULING.contains(v.lemma().toLowerCase(Locale.ROOT)) && depth == 0 && !v.pos().equals("VBG")) {
      return Tense.FUTURE;
    }
    boolean infinitive = words.isEmpty() && hasChild(tokens, sentence, verb, "mark", "to");
    if (infinitive && v.head() >= 0 && depth < 3) {
      Token controller = tokens.get(v.head());
      if (auxiliaries(tokens, sentence, v.head()).stream().anyMatch(t -> t.word().equalsIgnoreCase("had"))) {
        return Tense.PAST; // "had been scheduled to expire at midnight Friday": the plan lies in the past
      }
      if (AHEAD.contains(controller.lemma().toLowerCase(Locale.ROOT)) || controller.word().equalsIgnoreCase("is")) {
        // "threatened to run away from the field Thursday night", written on Friday: a plan made in the
        // past lies ahead of its making, not of the article; the nearest such day
        return controller.pos().equals("VBD") ? Tense.PRESENT : Tense.FUTURE;
      }
      return clause(tokens, sentence, v.head(), depth + 1);
    }
    return form(verb, aux, words, tokens, sentence, depth);
  }

  private static Tense form(int verb, List<Token> aux, List<String> words, List<Token> tokens, Sentence sentence,
      int depth) {
    Token v = tokens.get(verb);
    if (words.stream().anyMatch(PAST_AUX::contains) || aux.stream().anyMatch(t -> t.pos().equals("VBD"))) {
      return Tense.PAST;
    }
    if (words.stream().anyMatch(PERFECT::contains) && v.pos().equals("VBN")) {
      return Tense.PAST;
    }
    if (v.pos().equals("VBD") || (v.pos().equals("VBN") && aux.isEmpty())) {
      return Tense.PAST;
    }
    if (v.pos().equals("VBG") && words.contains("been")) {
      return Tense.PAST; // "have been searching since Oct. 23": the perfect progressive looks back
    }
    if (v.pos().equals("VBG") && words.stream().anyMatch(BE_PRESENT::contains)) {
      return Tense.FUTURE; // "is meeting Tuesday": news writes plans in the progressive
    }
    if (v.pos().equals("VBG") && v.head() >= 0 && depth < 3) {
      return clause(tokens, sentence, v.head(), depth + 1);
    }
    if (v.pos().equals("VBZ") || v.pos().equals("VBP") || !aux.isEmpty()) {
      return Tense.PRESENT;
    }
    if (v.pos().equals("VB") && !hasChild(tokens, sentence, verb, "mark", "to")) {
      return Tense.PRESENT; // "they meet Monday": taggers often read a plural present as a base form
    }
    return Tense.NONE;
  }

  private static List<Token> auxiliaries(List<Token> tokens, Sentence sentence, int head) {
    List<Token> out = new ArrayList<>();
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.head() == head && (t.relation().startsWith("aux") || t.relation().equals("cop"))) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Whether the clause of {@code head} is negated: a negation on the verb ("could not be reached") or
   * on its subject ("neither he nor ... could be located", "no one could be reached").
   */
  private static boolean negated(List<Token> tokens, Sentence sentence, int head) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token t = tokens.get(i);
      String w = t.word().toLowerCase(Locale.ROOT);
      boolean negation = t.relation().equals("neg") || NEGATIONS.contains(w);
      int parent = t.head();
      if (negation && (parent == head || (parent >= 0 && tokens.get(parent).head() == head
          && tokens.get(parent).relation().startsWith("nsubj")))) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasChild(List<Token> tokens, Sentence sentence, int head, String relation, String word) {
    for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
      Token t = tokens.get(i);
      if (t.head() == head && t.relation().equals(relation) && t.word().equalsIgnoreCase(word)) {
        return true;
      }
    }
    return false;
  }
}
