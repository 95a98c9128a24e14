package org.newsgraph.extract.internal.facts;

import java.util.List;
import org.newsgraph.analyse.Token;

/** Finds the tokens that stand between quotation marks, paragraph by paragraph. */
final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * Marks each token inside a pair of quotation marks. Curly quotes open and close explicitly; a
   * straight double quote toggles. A paragraph break closes an open quotation, so one stray mark
   * cannot swallow the rest of the article (issue 7).
   */
  static boolean[] insideQuotes(String text, List<Token> tokens) {
    boolean[] inside = new boolean[text.length() + 1];
    boolean open = false;
    for (int c = 0; c < text.length(); c++) {
      char ch = text.charAt(c);
      if (ch == '\n') {
        open = false;
      } else if (ch == '“') {
        open = true;
      } else if (ch == '”') {
        open = false;
      } else if (ch == '"') {
        open = !open;
      }
      inside[c] = open;
    }
    boolean[] out = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      out[i] = t.start() < inside.length && inside[t.start()] && t.start() > 0 && inside[Math.max(0, t.start() - 1)];
    }
    return out;
  }
}
