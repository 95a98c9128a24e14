package org.newsgraph.read.html.internal;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * One block of text as a reader sees it: a paragraph, heading, quote, list item or preformatted run.
 *
 * @param kind what sort of block
 * @param text its text, white space collapsed (kept as is for preformatted text)
 * @param linkChars how many of its characters are link text
 * @param element the element that opened the block
 */
public record Block(Kind kind, String text, int linkChars, Element element) {

  /** The sorts of block, which decide how a block is judged and written. */
  public enum Kind { PARAGRAPH, HEADING, QUOTE, ITEM, PRE, CELL }

  public Block {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(element, "element");
    if (linkChars < 0 || linkChars > text.length()) {
      throw new IllegalArgumentException("linkChars must be within 0.." + text.length() + ", got " + linkChars);
    }
  }

  /** The share of the text that is link text, 0 for an empty block. */
  public double linkDensity() {
    return text.isEmpty() ? 0 : (double) linkChars / text.length();
  }

  /** The number of words (runs of letters or digits). */
  public int words() {
    return Texts.words(text);
  }
}
