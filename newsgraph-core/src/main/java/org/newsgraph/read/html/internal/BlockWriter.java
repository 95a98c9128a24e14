package org.newsgraph.read.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts an element's subtree into {@link Block}s: every block-level element starts a new block, so
 * paragraphs, headings, list items and quotes come out one by one, with {@code <br>} kept as a line
 * break. Furniture subtrees are skipped. Not thread-safe: one writer per call.
 */
public final class BlockWriter implements NodeFilter {

  static final Set<String> BLOCK_TAGS = Set.of(
      "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "fieldset", "figure",
      "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre",
      "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "center", "caption");

  private final List<Block> blocks = new ArrayList<>();
  private final Deque<Element> open = new ArrayDeque<>();
  private final StringBuilder text = new StringBuilder();
  private int linkChars;
  private int linkDepth;
  private int preDepth;

  private final TextStats stats;
  private final int rootText;

  private BlockWriter(TextStats stats, int rootText) {
    this.stats = stats;
    this.rootText = rootText;
  }

  /**
   * The blocks of {@code root}'s subtree, in document order, without the furniture inside it; an
   * element named like furniture that holds most of the root's text is kept all the same, as names
   * such as {@code content-with-sidebar} or {@code label-hidden} mislead.
   */
  public static List<Block> blocks(Element root, TextStats stats) {
    BlockWriter writer = new BlockWriter(stats, stats.text(root));
    writer.open.push(root);
    NodeTraversor.filter(writer, root);
    writer.flush();
    return writer.blocks;
  }

  @Override
  public FilterResult head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
      return FilterResult.CONTINUE;
    }
    if (!(node instanceof Element e)) {
      return FilterResult.CONTINUE;
    }
    if (depth > 0 && Boilerplate.isFurniture(e) && stats.text(e) * 2 < rootText) {
      return FilterResult.SKIP_ENTIRELY;
    }
    String tag = e.normalName();
    if (tag.equals("br")) {
      trimTrailingSpace();
      text.append('\n');
    } else if (BLOCK_TAGS.contains(tag)) {
      flush();
      open.push(e);
    }
    linkDepth += tag.equals("a") ? 1 : 0;
    preDepth += tag.equals("pre") ? 1 : 0;
    return FilterResult.CONTINUE;
  }

  @Override
  public FilterResult tail(Node node, int depth) {
    if (node instanceof Element e && depth > 0) {
      String tag = e.normalName();
      if (BLOCK_TAGS.contains(tag)) {
        flush();
        open.pop();
      }
      linkDepth -= tag.equals("a") ? 1 : 0;
      preDepth -= tag.equals("pre") ? 1 : 0;
    }
    return FilterResult.CONTINUE;
  }

  private void append(String raw) {
    int before = text.length();
    if (preDepth > 0) {
      text.append(raw);
    } else {
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        if (isSpace(c)) {
          if (text.length() > 0 && !isSpace(text.charAt(text.length() - 1))) {
            text.append(' ');
          }
        } else {
          text.append(c);
        }
      }
    }
    if (linkDepth > 0) {
      linkChars += text.length() - before;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00A0' || c == '\u200B';
  }

  private void trimTrailingSpace() {
    while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
      text.setLength(text.length() - 1);
    }
  }

  private void flush() {
    String s = preDepth > 0 ? stripBlankLines(text.toString()) : tidyLines(text.toString());
    if (!s.isEmpty()) {
      Element owner = open.isEmpty() ? null : open.peek();
      blocks.add(new Block(kindOf(owner), s, Math.min(linkChars, s.length()), owner));
    }
    text.setLength(0);
    linkChars = 0;
  }

  private Block.Kind kindOf(Element owner) {
    for (Element e : open) {
      switch (e.normalName()) {
        case "h1", "h2", "h3", "h4", "h5", "h6":
          return Block.Kind.HEADING;
        case "pre":
          return Block.Kind.PRE;
        case "blockquote":
          return Block.Kind.QUOTE;
        case "li", "dd", "dt":
          return Block.Kind.ITEM;
        case "td", "th":
          return Block.Kind.CELL;
        default:
          break;
      }
    }
    return Block.Kind.PARAGRAPH;
  }

  private static String tidyLines(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (String line : s.split("\n")) {
      String t = line.strip();
      if (!t.isEmpty()) {
        if (out.length() > 0) {
          out.append('\n');
        }
        out.append(t);
      }
    }
    return out.toString();
  }

  private static String stripBlankLines(String s) {
    return s.replaceAll("^\\s*\\n|\\s+$", "");
  }
}
