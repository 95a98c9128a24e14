package org.newsgraph.read.html.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognises page furniture by tag, by class, id and role names, and by visibility: the parts of
 * a page that are never article text (issue 10).
 *
 * <p>Names are matched per token (a class or id split at white space), so that {@code
 * article-comments} is furniture while {@code article-body} is not: a token that names content
 * ({@link #CONTENT}) wins over one that names furniture.
 */
public final class Boilerplate {

  /** Tags whose whole subtree is never article text. */
  static final Set<String> DROPPED_TAGS = Set.of(
      "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "video", "audio",
      "button", "select", "input", "textarea", "option", "nav", "aside", "footer", "figcaption", "figure",
      "picture", "img", "map", "menu", "dialog", "head", "link", "meta", "math");

  private static final Pattern FURNITURE = Pattern.compile(
      "(^|[-_ ])(comments?|commentlist|disqus|replies|respond|share|sharing|sharebar|social|socials|sociallinks"
          + "|related|relatedposts|recommended|recommendations|readmore|read-more|more-stories|morestories"
          + "|newsletter|newsletters|subscribe|subscription|signup|sign-up|promo|promos|promotion|advert|advertisement"
          + "|ads?|adslot|ad-slot|adunit|dfp|gpt|sponsor|sponsored|outbrain|taboola|sidebar|side-bar|rail|widget"
          + "|widgets|breadcrumbs?|crumbs|nav|navbar|navigation|menu|masthead|footer|header|topbar|toolbar"
          + "|cookie|cookies|consent|gdpr|popup|modal|overlay|banner|pagination|pager|tags|tag-list|taglist"
          + "|author-bio|authorbio|author-box|caption|skip|sr-only"
          + "|visually-hidden|screen-reader-text|tools|utility|toc|trending|popular|most-read|mostread|slideshow"
          + "|gallery|carousel|video|player)"
          + "($|[-_ ])");

  private static final Pattern CONTENT = Pattern.compile(
      "article[-_]?(body|content|text)|story[-_]?(body|content|text)|entry[-_]?content|post[-_]?(body|content|text)"
          + "|content[-_]?body|body[-_]?(text|copy)|main[-_]?content|articlebody|rich[-_]?text");

  private Boilerplate() {}

  /** True when {@code element} is never content, whatever the page: by its tag or because it is hidden. */
  public static boolean isDropped(Element element) {
    return DROPPED_TAGS.contains(element.normalName()) || isHidden(element);
  }

  /** True when {@code element} is furniture by its tag, names or visibility. */
  public static boolean isFurniture(Element element) {
    String tag = element.normalName();
    if (DROPPED_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")) {
      return false;
    }
    return isHidden(element) || hasFurnitureName(element);
  }

  /** True when the element's class, id or role names furniture and none of its names says content. */
  static boolean hasFurnitureName(Element element) {
    String role = element.attr("role").toLowerCase(Locale.ROOT);
    if (role.equals("navigation") || role.equals("complementary") || role.equals("contentinfo")
        || role.equals("banner") || role.equals("dialog") || role.equals("menu")) {
      return true;
    }
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT).strip();
    if (names.isEmpty()) {
      return false;
    }
    boolean furniture = false;
    for (String token : names.split("\\s+")) {
      if (CONTENT.matcher(token).find()) {
        return false;
      }
      furniture |= FURNITURE.matcher(token).find();
    }
    return furniture;
  }

  /** True when the element says it is not shown. */
  static boolean isHidden(Element element) {
    if (element.hasAttr("hidden")) {
      return true;
    }
    if ("true".equalsIgnoreCase(element.attr("aria-hidden"))) {
      return true;
    }
    String style = element.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  /** True when a class or id of the element names the article body. */
  public static boolean namesContent(Element element) {
    String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
    return CONTENT.matcher(names).find() || "articleBody".equalsIgnoreCase(element.attr("itemprop"));
  }
}
