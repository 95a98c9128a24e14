package org.newsgraph.output;

import org.newsgraph.clean.CleanArticle;
import org.newsgraph.model.Removed;

/**
 * An article's text with its residue marked for a person to check (issue 3,
 * {@code newsgraph clean}): each cut as {@code [-cut text-]}, then one line per cut with its offsets,
 * kind and note. Thread-safe.
 */
public final class ResidueMarkup {

  /** The marked text of {@code article}, ending with a line break. */
  public String mark(CleanArticle article) {
    String text = article.raw().text();
    StringBuilder out = new StringBuilder();
    out.append("== ").append(article.raw().source()).append("  [").append(article.raw().id()).append("]\n");
    int at = 0;
    for (Removed r : article.removed()) {
      out.append(text, at, r.span().start()).append("[-").append(r.span().text()).append("-]");
      at = r.span().end();
    }
    out.append(text, at, text.length());
    if (!text.endsWith("\n")) {
      out.append('\n');
    }
    out.append("-- ").append(article.removed().size()).append(" cut(s)\n");
    for (Removed r : article.removed()) {
      out.append("cut ").append(r.span().start()).append("..").append(r.span().end()).append(' ')
          .append(r.kind().json()).append(": ").append(r.note());
      if (!r.headlines().isEmpty()) {
        out.append(" | headlines: ").append(String.join(" / ", r.headlines()));
      }
      out.append('\n');
    }
    return out.toString();
  }
}
