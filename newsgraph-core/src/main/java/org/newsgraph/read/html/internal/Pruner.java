package org.newsgraph.read.html.internal;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never content from a parsed document before the content is looked for: scripts,
 * styles, form controls, navigation, asides, figures, HTML comments and hidden elements (issue 10).
 * Names are not judged here: a wrapper named {@code content-with-sidebar} may hold the article.
 * Mutates the document it is given.
 */
public final class Pruner {

  private Pruner() {}

  /** Prunes {@code body} in place. */
  public static void prune(Element body) {
    List<Node> doomed = new ArrayList<>();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof Comment) {
          doomed.add(node);
          return FilterResult.SKIP_ENTIRELY;
        }
        if (depth == 0 || !(node instanceof Element e)) {
          return FilterResult.CONTINUE;
        }
        if (Boilerplate.isDropped(e)) {
          doomed.add(e);
          return FilterResult.SKIP_ENTIRELY;
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        return FilterResult.CONTINUE;
      }
    }, body);
    if (System.getProperty("ng.debug") != null) {
      for (Node n : doomed) {
        if (n instanceof Element e && e.text().length() > 150) {
          System.err.println("PRUNED <" + e.normalName() + " class='" + e.className() + "' id='" + e.id() + "'> " + e.text().length() + " " + e.text().substring(0, 80));
        }
      }
    }
    doomed.forEach(Node::remove);
  }
}
