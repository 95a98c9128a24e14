package org.newsgraph.nlp.corenlp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NerTokensTest {

  private static int[] groups(String text) {
    // "Opa|-|Locka" = three tokens written together; spaces separate tokens with something after them
    String[] spaced = text.split(" ");
    java.util.List<String> words = new java.util.ArrayList<>();
    java.util.List<Boolean> nothingAfter = new java.util.ArrayList<>();
    for (String chunk : spaced) {
      String[] pieces = chunk.split("\\|");
      for (int i = 0; i < pieces.length; i++) {
        words.add(pieces[i]);
        nothingAfter.add(i < pieces.length - 1);
      }
    }
    boolean[] after = new boolean[nothingAfter.size()];
    for (int i = 0; i < after.length; i++) {
      after[i] = nothingAfter.get(i);
    }
    return NerTokens.groups(words.toArray(String[]::new), after);
  }

  @Test
  void joinsAWordSplitAtAHyphen() {
    assertThat(groups("in Opa|-|Locka today")).containsExactly(0, 1, 1, 1, 2);
    assertThat(groups("the anti-|war side")).containsExactly(0, 1, 1, 2);
  }

  @Test
  void keepsHyphensWithSpacesAndTheWordsCoreNlpKeepsApart() {
    assertThat(groups("Trump - Pence")).containsExactly(0, 1, 2);
    assertThat(groups("a Chicago|-|based firm")).containsExactly(0, 1, 2, 3, 4);
    assertThat(groups("ends with|-")).containsExactly(0, 1, 2);
  }
}
