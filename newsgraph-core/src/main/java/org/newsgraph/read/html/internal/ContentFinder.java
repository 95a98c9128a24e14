package org.newsgraph.read.html.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article body by scoring paragraphs and passing their scores up
 * to their ancestors, the way Readability does, with semantic hints (schema.org
 * {@code articleBody}, {@code <article>}, content-naming classes) weighed in (issue 10).
 */
public final class ContentFinder {

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td", "blockquote");
  private static final Set<String> WRAPPERS = Set.of("div", "section", "article", "span", "font", "center", "main");
  private static final Pattern POSITIVE = Pattern.compile(
      "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
  private static final Pattern NEGATIVE = Pattern.compile(
      "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead"
          + "|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags"
          + "|tool|widget|teaser|card|recirc|newsletter");
  private static final int MIN_PARAGRAPH = 25;
  private static final int ANCESTOR_LEVELS = 5;
  private static final double GOOD_LINK_DENSITY = 0.3;
  private static final int WIDEN_LEVELS = 5;

  private final TextStats stats;
  private final Map<Element, Double> scores = new IdentityHashMap<>();
  /** Characters of good paragraphs (long enough, few links) under each element, all levels up. */
  private final Map<Element, Integer> good = new IdentityHashMap<>();

  private ContentFinder(TextStats stats) {
    this.stats = stats;
  }

  /** The best content element under {@code body}, or empty when no paragraph has text enough. */
  public static Optional<Candidate> find(Element body, TextStats stats) {
    return new ContentFinder(stats).best(body);
  }

  /**
   * A content element and the siblings that continue it.
   *
   * @param root the element that holds most of the body
   * @param parts {@code root} and the siblings of it that belong to the body, in document order
   * @param score its score
   */
  public record Candidate(Element root, List<Element> parts, double score) {
    public Candidate {
      parts = List.copyOf(parts);
    }
  }

  private Optional<Candidate> best(Element body) {
    for (Element e : body.getAllElements()) {
      if (isParagraph(e)) {
        scoreParagraph(e);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> entry : scores.entrySet()) {
      double s = entry.getValue() * (1 - stats.linkDensity(entry.getKey()));
      entry.setValue(s);
      if (s > topScore) {
        top = entry.getKey();
        topScore = s;
      }
    }
    if (top == null) {
      return Optional.empty();
    }
    top = widen(climb(top, topScore));
    return Optional.of(new Candidate(top, withSiblings(top), scores.getOrDefault(top, 0.0)));
  }

  private boolean isParagraph(Element e) {
    String tag = e.normalName();
    if (PARAGRAPHS.contains(tag)) {
      return true;
    }
    return WRAPPERS.contains(tag) && hasOwnText(e);
  }

  /** A wrapper with text of its own that is not inside a block child: a paragraph in all but name. */
  private static boolean hasOwnText(Element e) {
    int own = 0;
    for (Node child : e.childNodes()) {
      if (child instanceof TextNode t) {
        own += TextStats.nonSpace(t.getWholeText());
      } else if (child instanceof Element c && !BlockWriter.BLOCK_TAGS.contains(c.normalName())
          && !c.normalName().equals("br")) {
        own += 0;
      }
    }
    return own >= MIN_PARAGRAPH;
  }

  private void scoreParagraph(Element e) {
    String text = e.text();
    if (text.length() < MIN_PARAGRAPH) {
      return;
    }
    double score = 1 + Texts.commas(text) + Math.min(text.length() / 100, 3);
    if (stats.linkDensity(e) < GOOD_LINK_DENSITY) {
      for (Element a = e; a != null; a = a.parent()) {
        good.merge(a, text.length(), Integer::sum);
      }
    }
    if (WRAPPERS.contains(e.normalName())) {
      // a wrapper with text of its own is a paragraph and may be the whole body (issue 10)
      scores.merge(e, initial(e) + score, (a, b) -> a + score);
    }
    Element ancestor = e.parent();
    for (int level = 0; level < ANCESTOR_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
      if (ancestor.normalName().equals("#root")) {
        break;
      }
      double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
      scores.merge(ancestor, initial(ancestor) + score * share, (a, b) -> a + score * share);
    }
  }

  /** The score an element starts from: by its tag and by what its names say. */
  static double initial(Element e) {
    double s = switch (e.normalName()) {
      case "div", "article", "main" -> 5;
      case "section" -> 3;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return s + classWeight(e);
  }

  static double classWeight(Element e) {
    double w = 0;
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      w += 50;
    }
    if (e.normalName().equals("article")) {
      w += 10;
    }
    for (String names : List.of(e.className(), e.id())) {
      String n = names.toLowerCase(Locale.ROOT);
      if (n.isEmpty()) {
        continue;
      }
      if (NEGATIVE.matcher(n).find()) {
        w -= 25;
      }
      if (POSITIVE.matcher(n).find()) {
        w += 25;
      }
    }
    return w;
  }

  /** Readability's climb: a parent that scores nearly as well and holds more is the better root. */
  private Element climb(Element top, double topScore) {
    Element current = top;
    double last = topScore;
    for (Element parent = current.parent(); parent != null && !parent.normalName().equals("body");
        parent = parent.parent()) {
      Double s = scores.get(parent);
      if (s == null || s < last * 0.75) {
        break;
      }
      if (s > last) {
        current = parent;
      }
      last = s;
    }
    return current;
  }

  /**
   * Moves the root up to the nearest ancestor that also holds a twin of it (same tag and class) with
   * good paragraph text: bodies split into chunks by ads or paywall markers are rejoined (issue 10).
   */
  private Element widen(Element top) {
    if (top.className().isEmpty()) {
      return top;
    }
    Element a = top.parent();
    for (int level = 0; level < WIDEN_LEVELS && a != null && !a.normalName().equals("body"); level++, a = a.parent()) {
      for (Element twin : a.getElementsByTag(top.tagName())) {
        if (twin != top && twin.className().equals(top.className()) && !isRelated(twin, top)
            && good.getOrDefault(twin, 0) >= MIN_PARAGRAPH) {
          return a;
        }
      }
    }
    return top;
  }

  private static boolean isRelated(Element a, Element b) {
    return a.parents().contains(b) || b.parents().contains(a);
  }

  private List<Element> withSiblings(Element top) {
    List<Element> parts = new ArrayList<>();
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, scores.getOrDefault(top, 0.0) * 0.2);
    for (Element sibling : parent.children()) {
      if (sibling == top || joins(sibling, threshold)) {
        parts.add(sibling);
      }
    }
    return parts;
  }

  private boolean joins(Element sibling, double threshold) {
    Double s = scores.get(sibling);
    if (s != null && s >= threshold) {
      return true;
    }
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    int length = stats.text(sibling);
    double density = stats.linkDensity(sibling);
    String text = sibling.text();
    return (length > 80 && density < 0.25)
        || (length > 0 && density == 0 && text.matches("(?s).*\\.( |$).*"));
  }
}
