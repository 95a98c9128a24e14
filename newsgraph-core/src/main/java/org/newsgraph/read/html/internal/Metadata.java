package org.newsgraph.read.html.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.read.html.PageMetadata;

/**
 * Reads a page's metadata from, in order of trust, JSON-LD, Open Graph and other meta tags,
 * {@code <time>} elements and the URL (issue 10).
 */
public final class Metadata {

  private static final List<String> DATE_METAS = List.of(
      "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
      "publishdate", "publish-date", "pubdate", "publication_date", "date", "dc.date.issued", "dc.date",
      "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published", "cxenseparse:recs:publishtime");
  private static final List<String> AUTHOR_METAS = List.of(
      "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl", "citation_author");
  private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:»]\\s+[^|\\-–—:»]{2,40}$");

  private Metadata() {}

  /** The metadata of {@code doc}, fetched from {@code location} when known; call before pruning. */
  public static PageMetadata read(Document doc, JsonLd ld, Optional<String> location) {
    Optional<String> url = ld.url().filter(Metadata::isHttp)
        .or(() -> attr(doc, "link[rel=canonical]", "abs:href"))
        .or(() -> meta(doc, "og:url"))
        .or(() -> location);
    return new PageMetadata(title(doc, ld), published(doc, ld, url), authors(doc, ld), url, language(doc));
  }

  private static Optional<String> title(Document doc, JsonLd ld) {
    return meta(doc, "og:title").or(ld::headline).or(() -> meta(doc, "twitter:title"))
        .or(() -> Optional.ofNullable(doc.selectFirst("h1")).map(Element::text).filter(t -> !t.isBlank()))
        .or(() -> Optional.of(doc.title()).filter(t -> !t.isBlank())
            .map(t -> TITLE_SUFFIX.matcher(t).replaceFirst("").strip()));
  }

  private static Optional<LocalDate> published(Document doc, JsonLd ld, Optional<String> url) {
    Optional<LocalDate> date = ld.published().flatMap(PageDates::parse);
    for (String name : DATE_METAS) {
      date = date.or(() -> meta(doc, name).flatMap(PageDates::parse));
    }
    return date
        .or(() -> attr(doc, "[itemprop=datePublished]", "content").flatMap(PageDates::parse))
        .or(() -> attr(doc, "[itemprop=datePublished]", "datetime").flatMap(PageDates::parse))
        .or(() -> attr(doc, "time[datetime]", "datetime").flatMap(PageDates::parse))
        .or(() -> url.flatMap(Metadata::urlDate));
  }

  static Optional<LocalDate> urlDate(String url) {
    Matcher m = URL_DATE.matcher(url);
    return m.find() ? PageDates.parse(m.group(1) + "-" + pad(m.group(2)) + "-" + pad(m.group(3))) : Optional.empty();
  }

  private static String pad(String s) {
    return s.length() == 1 ? "0" + s : s;
  }

  private static List<String> authors(Document doc, JsonLd ld) {
    List<String> out = new ArrayList<>(ld.authors());
    for (String name : AUTHOR_METAS) {
      if (out.isEmpty()) {
        for (Element m : doc.select("meta[name=" + name + "], meta[property=" + name + "]")) {
          addName(m.attr("content"), out);
        }
      }
    }
    if (out.isEmpty()) {
      for (Element e : doc.select("[itemprop=author] [itemprop=name], [rel=author], .byline a, .author-name")) {
        addName(e.text(), out);
      }
    }
    return out;
  }

  /** Adds a person's name if it looks like one (not a URL, not empty), once. */
  static void addName(String raw, List<String> out) {
    String name = raw == null ? "" : raw.strip().replaceFirst("(?i)^by\\s+", "");
    if (name.isEmpty() || name.length() > 80 || name.contains("://") || name.startsWith("@") || out.contains(name)) {
      return;
    }
    out.add(name);
  }

  private static Optional<String> language(Document doc) {
    return attr(doc, "html[lang]", "lang")
        .or(() -> attr(doc, "meta[http-equiv~=(?i)content-language]", "content"))
        .or(() -> meta(doc, "og:locale").map(l -> l.replace('_', '-')))
        .map(l -> l.strip()).filter(l -> l.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
  }

  private static Optional<String> meta(Document doc, String name) {
    for (Element m : doc.select("meta[content]")) {
      String key = m.hasAttr("property") ? m.attr("property") : m.hasAttr("name") ? m.attr("name") : m.attr("itemprop");
      if (key.toLowerCase(Locale.ROOT).equals(name) && !m.attr("content").isBlank()) {
        return Optional.of(m.attr("content").strip());
      }
    }
    return Optional.empty();
  }

  private static Optional<String> attr(Document doc, String css, String attribute) {
    Element e = doc.selectFirst(css);
    return e == null ? Optional.empty() : Optional.of(e.attr(attribute).strip()).filter(v -> !v.isEmpty());
  }

  private static boolean isHttp(String url) {
    return url.startsWith("http://") || url.startsWith("https://");
  }
}
