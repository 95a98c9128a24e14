package org.newsgraph.read;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.html.Extraction;
import org.newsgraph.read.html.HtmlExtractor;
import org.newsgraph.read.html.PageMetadata;

/**
 * Reads JSON Lines, one article per line.
 *
 * <p>The body is taken from the first present field of news-please's {@code maintext}, {@code text},
 * {@code content_original} (the scraped-news corpora), {@code content}, {@code body} or
 * {@code article}, unless {@link ReadOptions#textField()} names another; the date likewise from
 * {@code date_publish}, {@code published}, {@code date}, {@code publish_date}, {@code date_published}.
 * A bad line is a problem named by its line number; the lines after it are still read. With
 * {@link ReadOptions#htmlField()} each line carries a web page instead, whose article is extracted.
 */
public final class JsonLinesReader implements ArticleReader {

  static final List<String> TEXT_FIELDS = List.of("maintext", "text", "content_original", "content", "body", "article");
  static final List<String> DATE_FIELDS =
      List.of("date_publish", "published", "date", "publish_date", "date_published", "pubdate");
  static final List<String> URL_FIELDS = List.of("url", "source_url", "link");
  private static final int MAX_REPORTED_CHARS = 80;

  /** The longest line read, as the largest web page (a line may carry one, see {@code --html-field}). */
  static final int MAX_LINE_BYTES = HtmlReader.MAX_BYTES;

  /** One value per line (or per .json document): a second value after it is an error, not silently dropped. */
  private final ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  /** Reads one value of a document and leaves the parser after it. */
  private final ObjectReader elements = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private final HtmlExtractor pages = new HtmlExtractor();

  @Override
  public void read(Input input, ReadOptions options, ReadSink sink) {
    if (input.fileName().endsWith(".json") && readDocument(input, options, sink)) {
      return;
    }
    try (InputStream in = input.open()) {
      ByteLines lines = new ByteLines(in, MAX_LINE_BYTES);
      int lineNumber = 0;
      boolean any = false;
      for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
        lineNumber++;
        String where = input.name() + "#" + lineNumber;
        if (line.tooLong()) {
          any = true;
          sink.problem(new Problem(where, "too-large", "a line of " + line.length() + " bytes, longer than the "
              + (MAX_LINE_BYTES >> 20) + " MB a record may take; skipped"));
          continue;
        }
        byte[] bytes = line.bytes();
        Decoded decoded = Decoded.decode(bytes, lineNumber == 1 ? Decoded.utf8Bom(bytes) : 0, StandardCharsets.UTF_8);
        if (decoded.text().isEmpty()) {
          any = true;
          sink.problem(new Problem(where, "undecodable", decoded.error().orElseThrow() + " of the line; skipped"));
          continue;
        }
        String text = decoded.text().get();
        if (!text.isBlank()) {
          any = true;
          parseLine(input, lineNumber, text, options, sink);
        }
      }
      if (!any) {
        sink.problem(new Problem(input.name(), "no-text", "no JSON lines (the file is empty)"));
      }
    } catch (IOException e) {
      sink.problem(new Problem(input.name(), "unreadable", "cannot read: " + Readers.reason(e)));
    }
  }

  /**
   * Reads a {@code .json} file that holds one JSON document: an array of articles ({@code path#n}
   * for the n-th), streamed element by element so that an array of any size takes the memory of one
   * article, or a single article. Returns false when it is not one document, so that it is read as
   * JSON Lines. An array cut short or broken keeps the articles before the break, and the break is a
   * problem.
   */
  private boolean readDocument(Input input, ReadOptions options, ReadSink sink) {
    int n = 0;
    try (InputStream in = input.open(); JsonParser parser = mapper.getFactory().createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_OBJECT) {
        JsonNode article = elements.readTree(parser);
        if (parser.nextToken() != null) {
          return false; // a second value follows: JSON Lines in a .json file
        }
        parseNode(input.name(), article, options, sink);
        return true;
      }
      if (first != JsonToken.START_ARRAY) {
        return false;
      }
      try {
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          if (t == null) {
            throw new JsonParseException(parser, "the array is not closed (the file ends inside it)");
          }
          JsonNode article = elements.readTree(parser);
          n++;
          parseNode(input.name() + "#" + n, article, options, sink);
        }
      } catch (JsonProcessingException e) {
        sink.problem(new Problem(input.name() + "#" + (n + 1), "invalid-json", "invalid JSON in the array: "
            + shorten(e.getOriginalMessage()) + "; the articles before it were read, the rest of the file is skipped"));
        return true;
      }
      if (n == 0) {
        sink.problem(new Problem(input.name(), "no-text", "an empty JSON array: no articles"));
      }
      return true;
    } catch (IOException e) {
      if (n > 0) {
        sink.problem(new Problem(input.name() + "#" + (n + 1), "unreadable", "cannot read: " + Readers.reason(e)
            + "; the articles before it were read"));
        return true;
      }
      return false;
    }
  }

  /** Reads the article on one line; {@code lineNumber} counts from 1. */
  void parseLine(Input input, int lineNumber, String line, ReadOptions options, ReadSink sink) {
    String where = input.name() + "#" + lineNumber;
    JsonNode node;
    try {
      node = mapper.readTree(line);
    } catch (JsonProcessingException e) {
      String why = e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token")
          ? "more than one JSON value on the line (each record needs a line of its own)"
          : shorten(e.getOriginalMessage());
      sink.problem(new Problem(where, "invalid-json", "invalid JSON: " + why));
      return;
    }
    parseNode(where, node, options, sink);
  }

  private void parseNode(String where, JsonNode node, ReadOptions options, ReadSink sink) {
    if (node == null || !node.isObject()) {
      sink.problem(new Problem(where, "invalid-json", "not a JSON object"));
      return;
    }
    if (options.htmlField().isPresent()) {
      readPage(where, node, options, sink);
      return;
    }
    Optional<String> text = field(node, options.textField().map(List::of).orElse(TEXT_FIELDS));
    if (text.isEmpty() || text.get().isBlank()) {
      String names = String.join(", ", options.textField().map(List::of).orElse(TEXT_FIELDS));
      sink.problem(new Problem(where, "no-text", "no article text in any of the fields " + names
          + " (a string is needed; use --text-field to name another field)"));
      return;
    }
    Optional<String> title = field(node, List.of("title", "headline"));
    Optional<LocalDate> published = field(node, options.dateField().map(List::of).orElse(DATE_FIELDS))
        .flatMap(Dates::parse)
        .or(options::published);
    Optional<String> url = field(node, URL_FIELDS).filter(u -> !u.isBlank());
    String id = ArticleIds.of(text.get(), title, published);
    sink.article(new RawArticle(id, where, published, title, text.get(), authors(node), url));
  }

  /** A line that carries a web page: the article is extracted from it; the line's own fields win. */
  private void readPage(String where, JsonNode node, ReadOptions options, ReadSink sink) {
    String name = options.htmlField().orElseThrow();
    Optional<String> html = field(node, List.of(name));
    if (html.isEmpty() || html.get().isBlank()) {
      sink.problem(new Problem(where, "no-text", "no web page in the field " + name + " (a string is needed)"));
      return;
    }
    Optional<String> url = field(node, URL_FIELDS).filter(u -> !u.isBlank());
    Extraction page = pages.extract(html.get(), url);
    Optional<String> title = field(node, List.of("title", "headline")).or(() -> page.metadata().title());
    Optional<LocalDate> published = field(node, options.dateField().map(List::of).orElse(DATE_FIELDS))
        .flatMap(Dates::parse).or(() -> page.metadata().published());
    List<String> authors = authors(node).isEmpty() ? page.metadata().authors() : authors(node);
    var metadata = new PageMetadata(title, published, authors, url.or(() -> page.metadata().url()),
        page.metadata().language());
    HtmlReader.deliver(where, new Extraction(page.body(), metadata, page.notArticle()), options, sink);
  }

  private static Optional<String> field(JsonNode node, List<String> names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && value.isTextual()) {
        return Optional.of(value.asText());
      }
    }
    return Optional.empty();
  }

  private static List<String> authors(JsonNode node) {
    JsonNode value = node.has("authors") ? node.get("authors") : node.get("author");
    List<String> out = new ArrayList<>();
    if (value == null) {
      return out;
    }
    if (value.isArray()) {
      value.forEach(v -> {
        if (v.isTextual() && !v.asText().isBlank()) {
          out.add(v.asText().strip());
        }
      });
    } else if (value.isTextual() && !value.asText().isBlank()) {
      out.add(value.asText().strip());
    }
    return out;
  }

  private static String shorten(String message) {
    String oneLine = message == null ? "unknown error" : message.replaceAll("\\s+", " ");
    return oneLine.length() <= MAX_REPORTED_CHARS ? oneLine : oneLine.substring(0, MAX_REPORTED_CHARS) + "…";
  }
}
