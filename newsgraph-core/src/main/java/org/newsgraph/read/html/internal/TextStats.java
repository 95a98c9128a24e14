package org.newsgraph.read.html.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text and link-text length of every element's subtree, counted in one pass over the tree, so
 * that link density is a lookup rather than a walk (pages of 10 MB stay linear).
 */
public final class TextStats {

  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  private TextStats() {}

  /** Counts the subtree of {@code root}. */
  public static TextStats of(Element root) {
    TextStats stats = new TextStats();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && node.parent() instanceof Element parent) {
          int n = nonSpace(t.getWholeText());
          int[] c = stats.counts.computeIfAbsent(parent, k -> new int[2]);
          c[0] += n;
          if (inLink(t)) {
            c[1] += n;
          }
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (depth > 0 && node instanceof Element e && e.parent() != null) {
          int[] mine = stats.counts.get(e);
          if (mine != null) {
            int[] up = stats.counts.computeIfAbsent(e.parent(), k -> new int[2]);
            up[0] += mine[0];
            up[1] += mine[1];
          }
        }
      }
    }, root);
    return stats;
  }

  /** Characters of text (white space not counted) under {@code e}. */
  public int text(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[0];
  }

  /** Characters of link text under {@code e}. */
  public int links(Element e) {
    int[] c = counts.get(e);
    return c == null ? 0 : c[1];
  }

  /** The share of {@code e}'s text inside links. */
  public double linkDensity(Element e) {
    int t = text(e);
    return t == 0 ? 0 : (double) links(e) / t;
  }

  private static boolean inLink(TextNode t) {
    for (Node p = t.parent(); p instanceof Element e; p = e.parent()) {
      if (e.normalName().equals("a")) {
        return true;
      }
      if (BlockWriter.BLOCK_TAGS.contains(e.normalName())) {
        return false;
      }
    }
    return false;
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\u00A0') {
        n++;
      }
    }
    return n;
  }
}
