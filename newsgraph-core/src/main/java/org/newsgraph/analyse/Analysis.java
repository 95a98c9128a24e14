package org.newsgraph.analyse;

import java.util.List;

/**
 * What language analysis found in a text. Offsets are into the text that was analysed.
 *
 * @param tokens every token, in order
 * @param sentences every sentence, in order
 * @param names named-entity mentions, in order
 * @param times temporal expressions, in order
 */
public record Analysis(List<Token> tokens, List<Sentence> sentences, List<NamedSpan> names, List<TimeMention> times) {

  public Analysis {
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    names = List.copyOf(names);
    times = List.copyOf(times);
  }

  public static Analysis empty() {
    return new Analysis(List.of(), List.of(), List.of(), List.of());
  }

  /** The sentence holding token {@code tokenIndex}. */
  public Sentence sentenceOf(int tokenIndex) {
    return sentences.get(tokens.get(tokenIndex).sentence());
  }
}
