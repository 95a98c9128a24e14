package org.newsgraph.nlp.corenlp.internal;

import java.util.Set;

/**
 * When a gazetteer match may replace the labels its tokens already have: CoreNLP's TokensRegexNER
 * rules, kept so that our lookup labels what CoreNLP's fine-grained step labelled (issue 11).
 *
 * <ul>
 *   <li>a run of LOCATION (or GPE) tokens may always be refined;
 *   <li>a match that cuts across an entity the model found (its first or last label continues
 *       outside it) never is applied;
 *   <li>tokens with mixed labels are replaced;
 *   <li>tokens with one label are replaced if the entry names that label overwritable, or if the
 *       label is a background or gazetteer label and the entry's type is not one of the types that
 *       replace only what they name (CITY).
 * </ul>
 */
final class Overwrite {

  private final Set<String> always;
  private final Set<String> onlyNamed;

  /**
   * @param always the labels any entry may replace: O, MISC and every gazetteer type
   * @param onlyNamed entry types that replace a consistent label only when they name it overwritable
   */
  Overwrite(Set<String> always, Set<String> onlyNamed) {
    this.always = Set.copyOf(always);
    this.onlyNamed = Set.copyOf(onlyNamed);
  }

  /** Whether {@code entry} may label the tokens {@code start} (inclusive) to {@code end} (exclusive). */
  boolean allows(GazetteerEntry entry, String[] ner, int start, int end) {
    if (allLocations(ner, start, end)) {
      return true;
    }
    if (continuesBefore(ner, start) || continuesAfter(ner, end)) {
      return false;
    }
    String first = ner[start];
    for (int i = start + 1; i < end; i++) {
      if (!first.equals(ner[i])) {
        return true;
      }
    }
    if (entry.overwritable().contains(first)) {
      return true;
    }
    return !onlyNamed.contains(entry.type()) && always.contains(first);
  }

  private static boolean allLocations(String[] ner, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!"LOCATION".equals(ner[i]) && !"GPE".equals(ner[i])) {
        return false;
      }
    }
    return true;
  }

  private boolean continuesBefore(String[] ner, int start) {
    return start > 0 && !always.contains(ner[start]) && ner[start].equals(ner[start - 1]);
  }

  private boolean continuesAfter(String[] ner, int end) {
    return end < ner.length && !always.contains(ner[end - 1]) && ner[end - 1].equals(ner[end]);
  }
}
