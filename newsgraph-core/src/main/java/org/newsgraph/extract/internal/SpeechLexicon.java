package org.newsgraph.extract.internal;

import java.util.Set;

/**
 * Words that introduce speech: verbs of saying and writing, nouns for what is said, and the phrase
 * "according to". General English; the verbs are those PolNeAR's train split annotates as cues most
 * often (issue 5), widened with their near synonyms.
 */
public final class SpeechLexicon {

  private SpeechLexicon() {}

  /** Lemmas of verbs that report speech, writing or thought expressed in words. */
  static final Set<String> VERBS = Set.of(
      "say", "tell", "add", "write", "insist", "continue", "state", "declare", "announce", "explain", "note",
      "observe", "remark", "comment", "reply", "respond", "answer", "retort", "counter", "ask", "inquire",
      "wonder", "claim", "assert", "argue", "contend", "maintain", "allege", "charge", "accuse", "deny",
      "admit", "acknowledge", "concede", "confirm", "report", "testify", "recall", "recount", "complain",
      "lament", "bemoan", "warn", "caution", "urge", "plead", "beg", "demand", "promise", "pledge", "vow",
      "swear", "predict", "suggest", "propose", "recommend", "conclude", "emphasize", "emphasise", "stress",
      "point", "joke", "quip", "tease", "boast", "brag", "scream", "shout", "yell", "chant", "sing",
      "whisper", "mutter", "exclaim", "call", "describe", "dub", "label", "brand", "term", "refer",
      "characterize", "tweet", "post", "blog", "email", "read", "quote", "cite", "praise", "criticize",
      "criticise", "blast", "slam", "mock", "attack", "thank", "congratulate", "apologize", "tout", "hail",
      "decry", "condemn", "denounce", "dismiss", "question", "challenge", "speculate", "muse", "reflect",
      "advise", "instruct", "proclaim", "affirm", "reiterate", "repeat", "mention", "indicate", "signal",
      "assure", "reassure", "disclose", "reveal", "divulge", "confide", "concur", "agree", "disagree",
      "protest", "hint", "imply", "insinuate", "ridicule", "scoff", "rail", "rant", "gush", "marvel",
      "cheer", "jeer", "taunt", "chide", "scold", "rebuke", "chastise", "lambaste", "excoriate", "berate",
      "encourage", "invite", "implore", "exhort", "beseech", "opine", "editorialize");

  /**
   * Lemmas of verbs of thinking and portraying, which PolNeAR also annotates as attribution cues
   * ("Ivans fears a “pact”", "Trump likened the refugees to a “vicious snake”"): cues for a quotation
   * the parse hangs from them, not for reported speech.
   */
  static final Set<String> ATTITUDE = Set.of(
      "think", "believe", "feel", "fear", "hope", "expect", "want", "worry", "know", "consider", "view",
      "regard", "deem", "liken", "compare", "portray", "paint", "frame", "cast", "characterise", "identify",
      "insist", "envision", "imagine", "doubt", "blame", "credit", "acknowledge", "recognize", "vow");

  /** Lemmas of nouns for something said or written ("in a statement", "Trump's claim that"). */
  static final Set<String> NOUNS = Set.of(
      "statement", "interview", "letter", "tweet", "post", "remark", "comment", "speech", "address", "claim",
      "assertion", "allegation", "accusation", "charge", "warning", "promise", "pledge", "vow", "message",
      "email", "e-mail", "memo", "op-ed", "editorial", "column", "essay", "release", "testimony", "response",
      "reply", "answer", "question", "words", "word", "call", "announcement", "declaration", "argument",
      "insistence", "assessment", "description", "criticism", "attack", "complaint", "prediction",
      "suggestion", "quote", "quip", "joke", "retort", "report", "transcript", "video", "ad",
      "advertisement", "book", "memoir", "note", "tweetstorm", "podcast", "broadcast", "appearance");

  /**
   * Verbs whose clausal complement is reported speech without quotation marks ("Byrne confirmed that
   * ...", "He insisted he would not ..."): the unambiguous core of {@link #VERBS}.
   */
  static final Set<String> REPORTING = Set.of(
      "say", "tell", "add", "write", "insist", "state", "declare", "announce", "explain", "note", "claim",
      "assert", "argue", "contend", "maintain", "allege", "deny", "admit", "acknowledge", "concede",
      "confirm", "report", "testify", "recall", "complain", "warn", "promise", "pledge", "vow", "predict",
      "suggest", "conclude", "emphasize", "stress", "tweet", "post", "reveal", "disclose", "indicate",
      "assure", "reiterate", "repeat", "mention", "respond", "reply", "answer", "caution", "charge",
      "boast", "brag", "joke", "speculate", "swear", "counter", "retort", "remark", "observe", "comment");

  public static boolean isVerb(String lemma) {
    return VERBS.contains(lemma) || ATTITUDE.contains(lemma);
  }

  /** Whether {@code lemma} is a verb of thinking or portraying only, not of speech. */
  public static boolean isAttitudeOnly(String lemma) {
    return ATTITUDE.contains(lemma) && !VERBS.contains(lemma);
  }

  public static boolean isReporting(String lemma) {
    return REPORTING.contains(lemma);
  }

  public static boolean isNoun(String lemma) {
    return NOUNS.contains(lemma);
  }
}
