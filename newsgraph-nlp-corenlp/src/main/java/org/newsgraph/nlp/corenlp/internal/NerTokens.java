package org.newsgraph.nlp.corenlp.internal;

import java.util.Set;

/**
 * The tokens CoreNLP's NER annotator works on: the sentence's tokens with hyphenated words joined
 * again ("Opa", "-", "Locka" is one token "Opa-Locka"), as its {@code ner.useNERSpecificTokenization}
 * (on by default) does before the statistical model and the fine-grained step, copying each joined
 * token's label back to its pieces afterwards. Our gazetteer must look words up on the same tokens
 * to give the same labels (issue 11).
 */
final class NerTokens {

  /** Words after a hyphen that CoreNLP does not join ("Chicago-based" stays two tokens). */
  private static final Set<String> NOT_JOINED = Set.of("based", "area", "registered", "headquartered", "native", "born",
      "raised", "backed", "controlled", "owned", "resident", "trained", "educated");

  private NerTokens() {}

  /**
   * For each token, the index of the joined token it belongs to.
   *
   * @param words the tokens' words
   * @param nothingAfter for each token, whether it is directly followed by the next (CoreNLP's empty "after")
   */
  static int[] groups(String[] words, boolean[] nothingAfter) {
    int[] group = new int[words.length];
    int last = -1;
    String lastWord = "";
    boolean lastJoinsNext = false;
    for (int i = 0; i < words.length; i++) {
      boolean joins = last >= 0 && lastJoinsNext
          && (words[i].equals("-") ? i + 1 < words.length && !NOT_JOINED.contains(words[i + 1])
              : lastWord.endsWith("-") && !NOT_JOINED.contains(words[i]));
      if (joins) {
        lastWord = lastWord + words[i];
      } else {
        last++;
        lastWord = words[i];
      }
      lastJoinsNext = nothingAfter[i];
      group[i] = last;
    }
    return group;
  }
}
