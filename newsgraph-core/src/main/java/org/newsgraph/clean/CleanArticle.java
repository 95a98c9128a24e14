package org.newsgraph.clean;

import java.util.List;
import java.util.Objects;
import org.newsgraph.model.RawArticle;
import org.newsgraph.model.Removed;

/**
 * An article with its residue found: the text is untouched, the residue listed.
 *
 * @param raw the article as read
 * @param removed the residue, in text order, not overlapping
 * @param cards the person cards among the residue, with what they knew
 */
public record CleanArticle(RawArticle raw, List<Removed> removed, List<PersonCard> cards) {

  public CleanArticle {
    Objects.requireNonNull(raw, "raw");
    removed = List.copyOf(removed);
    cards = List.copyOf(cards);
    int previousEnd = 0;
    for (Removed r : removed) {
      if (r.span().start() < previousEnd) {
        throw new IllegalArgumentException("Removed spans must be in text order and not overlap, got one at "
            + r.span().start() + " before " + previousEnd);
      }
      previousEnd = r.span().end();
    }
  }

  /** An article with no residue. */
  public static CleanArticle untouched(RawArticle raw) {
    return new CleanArticle(raw, List.of(), List.of());
  }

  /**
   * The text the analysis sees: the article text with every removed character blanked.
   *
   * <p>Removed characters become spaces (line breaks stay, so paragraphs stay), so the analysis
   * text has the same length as {@code text} and every offset the analysis produces is already an
   * offset into {@code text}: the offset map is the identity, and no stage can hand out an offset
   * into anything else (HOUSE_STYLE rule 7). UTF-8 that the source read as Windows-1252
   * ("GuantÃ¡namo") is mended in place to the same length ({@link Mojibake}).
   */
  public String analysisText() {
    char[] chars = raw.text().toCharArray();
    boolean changed = Mojibake.mend(chars);
    if (removed.isEmpty() && !changed) {
      return raw.text();
    }
    for (Removed r : removed) {
      for (int i = r.span().start(); i < r.span().end(); i++) {
        if (chars[i] != '\n' && chars[i] != '\r') {
          chars[i] = ' ';
        }
      }
    }
    return new String(chars);
  }
}
