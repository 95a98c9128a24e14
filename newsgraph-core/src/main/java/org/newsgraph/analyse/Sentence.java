package org.newsgraph.analyse;

/**
 * One sentence of an analysed text.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param firstToken document-wide index of its first token
 * @param endToken document-wide index after its last token
 */
public record Sentence(int start, int end, int firstToken, int endToken) {

  public int tokenCount() {
    return endToken - firstToken;
  }
}
