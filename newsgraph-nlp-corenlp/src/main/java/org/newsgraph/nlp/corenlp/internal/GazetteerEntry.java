package org.newsgraph.nlp.corenlp.internal;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One line of a CoreNLP gazetteer ({@code pattern TAB type TAB overwritable types TAB priority}).
 *
 * @param tokens how each token of a match must look, in order
 * @param type the label a match gets (TITLE, COUNTRY, ...)
 * @param overwritable the labels a match may replace besides the background ones
 * @param priority higher wins among overlapping matches
 * @param order the entry's place among all entries read, which breaks the remaining ties
 * @param trigger the index in {@link #tokens} of the word CoreNLP looks the entry up by, or -1 when it
 *     tries the entry everywhere (no literal word): decides CoreNLP's tie-break between matches
 */
record GazetteerEntry(List<TokenPattern> tokens, String type, Set<String> overwritable, double priority, int order,
    int trigger) {

  GazetteerEntry {
    tokens = List.copyOf(tokens);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("The parameter 'tokens' must hold at least one token pattern");
    }
    Objects.requireNonNull(type, "type");
    overwritable = Set.copyOf(overwritable);
    if (trigger < -1 || trigger >= tokens.size()) {
      throw new IllegalArgumentException("The parameter 'trigger' must be -1 or a token index, not " + trigger);
    }
  }

  int length() {
    return tokens.size();
  }

  /** Whether the entry matches the tokens from {@code start} on. */
  boolean matchesAt(String[] words, String[] lowerWords, int start) {
    if (start + tokens.size() > words.length) {
      return false;
    }
    for (int k = 0; k < tokens.size(); k++) {
      if (!tokens.get(k).matches(words[start + k], lowerWords[start + k])) {
        return false;
      }
    }
    return true;
  }
}
