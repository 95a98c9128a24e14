package org.newsgraph.read.html.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's schema.org JSON-LD says about its article: headline, dates, authors, URL and
 * {@code articleBody}. Blocks that are not valid JSON are skipped, never fatal.
 *
 * @param headline the headline
 * @param published the {@code datePublished} as given
 * @param authors the authors' names
 * @param url the article's URL
 * @param body the {@code articleBody}
 */
public record JsonLd(Optional<String> headline, Optional<String> published, List<String> authors,
    Optional<String> url, Optional<String> body) {

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonParser.Feature.ALLOW_UNQUOTED_CONTROL_CHARS)
      .enable(JsonParser.Feature.ALLOW_COMMENTS)
      .enable(JsonParser.Feature.ALLOW_SINGLE_QUOTES);

  public JsonLd {
    authors = List.copyOf(authors);
  }

  /** Reads the JSON-LD of {@code doc}; call before scripts are pruned. */
  public static JsonLd of(Document doc) {
    List<JsonNode> articles = new ArrayList<>();
    for (Element script : doc.select("script[type~=(?i)application/ld\\+json]")) {
      try {
        collect(MAPPER.readTree(script.data().strip()), articles, 0);
      } catch (JsonProcessingException e) {
        // a broken block says nothing: the page's other metadata still count (issue 10)
      }
    }
    return merge(articles);
  }

  private static void collect(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> collect(n, out, depth + 1));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    if (isArticle(node)) {
      out.add(node);
    }
    collect(node.get("@graph"), out, depth + 1);
    collect(node.get("mainEntity"), out, depth + 1);
  }

  private static boolean isArticle(JsonNode node) {
    if (node.hasNonNull("articleBody")) {
      return true;
    }
    String type = node.path("@type").isArray() ? node.path("@type").toString() : node.path("@type").asText("");
    String t = type.toLowerCase(Locale.ROOT);
    return t.contains("article") || t.contains("blogposting") || t.contains("report") || t.contains("posting");
  }

  private static JsonLd merge(List<JsonNode> articles) {
    Optional<String> headline = Optional.empty();
    Optional<String> published = Optional.empty();
    Optional<String> url = Optional.empty();
    Optional<String> body = Optional.empty();
    List<String> authors = new ArrayList<>();
    for (JsonNode a : articles) {
      headline = headline.or(() -> text(a.get("headline")));
      published = published.or(() -> text(a.get("datePublished"))).or(() -> text(a.get("dateCreated")));
      url = url.or(() -> text(a.get("url"))).or(() -> text(a.path("mainEntityOfPage").get("@id")));
      body = body.or(() -> text(a.get("articleBody")));
      if (authors.isEmpty()) {
        names(a.get("author"), authors);
      }
    }
    return new JsonLd(headline, published, authors, url, body);
  }

  private static Optional<String> text(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isArray() && node.size() > 0) {
      return text(node.get(0));
    }
    return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText().strip()) : Optional.empty();
  }

  private static void names(JsonNode node, List<String> out) {
    if (node == null) {
      return;
    }
    if (node.isArray()) {
      node.forEach(n -> names(n, out));
    } else if (node.isTextual()) {
      Metadata.addName(node.asText(), out);
    } else if (node.isObject()) {
      text(node.get("name")).ifPresent(n -> Metadata.addName(n, out));
    }
  }
}
