package org.newsgraph.read.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.read.html.internal.Block;
import org.newsgraph.read.html.internal.BlockFilter;
import org.newsgraph.read.html.internal.BlockWriter;
import org.newsgraph.read.html.internal.ContentFinder;
import org.newsgraph.read.html.internal.JsonLd;
import org.newsgraph.read.html.internal.Metadata;
import org.newsgraph.read.html.internal.Pruner;
import org.newsgraph.read.html.internal.TextStats;
import org.newsgraph.read.html.internal.Texts;

/**
 * Finds the article in a web page: its body text, without navigation, related links, share bars,
 * captions or comments, with a blank line between paragraphs; and its title, date, authors, URL and
 * language (issue 10).
 *
 * <p>Stateless and thread-safe. Any bytes are accepted: broken markup is repaired by jsoup, the
 * charset is taken from a byte-order mark or the page's declaration, else UTF-8 with bad bytes
 * replaced.
 */
public final class HtmlExtractor {

  /** Fewer words than this is not an article body but a stub, an error or an index page. */
  static final int MIN_WORDS = 25;

  /** Extracts from raw page bytes; {@code location} is the URL the page was fetched from, if known. */
  public Extraction extract(byte[] page, Optional<String> charset, Optional<String> location) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(page), charset.orElse(null), location.orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot happen: reading bytes already in memory", e);
    }
    return extract(doc, location);
  }

  /** Extracts from page text already decoded. */
  public Extraction extract(String html, Optional<String> location) {
    return extract(Jsoup.parse(html, location.orElse("")), location);
  }

  /** Extracts from a parsed page; the document is changed (furniture is removed from it). */
  public Extraction extract(Document doc, Optional<String> location) {
    JsonLd ld = JsonLd.of(doc);
    PageMetadata metadata = Metadata.read(doc, ld, location);
    Element body = doc.body();
    Pruner.prune(body);
    TextStats stats = TextStats.of(body);
    Optional<ContentFinder.Candidate> candidate = ContentFinder.find(body, stats);
    if (candidate.isEmpty()) {
      return new Extraction("", metadata, Optional.of("no article body: the page has no paragraph of text"));
    }
    List<Block> blocks = new ArrayList<>();
    if (System.getProperty("ng.debug") != null) {
      candidate.get().parts().forEach(p -> System.err.println("PART <" + p.normalName() + " class='" + p.className()
          + "' id='" + p.id() + "'> " + p.text().length()));
    }
    for (Element part : candidate.get().parts()) {
      blocks.addAll(BlockWriter.blocks(part, stats));
    }
    String text = join(BlockFilter.keep(blocks, titles(doc, ld, metadata)));
    int words = Texts.words(text);
    if (words < MIN_WORDS) {
      return new Extraction("", metadata, Optional.of("no article body: only " + words + " words of text"));
    }
    return new Extraction(text, metadata, Optional.empty());
  }

  /** Every form of the headline the page gives, to recognise it inside the body. */
  private static List<String> titles(Document doc, JsonLd ld, PageMetadata metadata) {
    List<String> titles = new ArrayList<>();
    metadata.title().ifPresent(titles::add);
    ld.headline().ifPresent(titles::add);
    titles.add(doc.title());
    return titles;
  }

  private static String join(List<Block> blocks) {
    StringBuilder out = new StringBuilder();
    for (Block b : blocks) {
      if (out.length() > 0) {
        out.append("\n\n");
      }
      out.append(b.text());
    }
    return out.toString();
  }
}
