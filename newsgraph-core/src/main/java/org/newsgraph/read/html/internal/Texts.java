package org.newsgraph.read.html.internal;

/** Small text measures shared by the extractor's parts. */
public final class Texts {

  private Texts() {}

  /** The number of words in {@code s}: runs of letters or digits, as the benchmark counts them. */
  public static int words(CharSequence s) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean word = Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_';
      if (word && !inWord) {
        words++;
      }
      inWord = word;
    }
    return words;
  }

  /** The number of commas, including the ideographic and Arabic ones. */
  public static int commas(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
        n++;
      }
    }
    return n;
  }
}
