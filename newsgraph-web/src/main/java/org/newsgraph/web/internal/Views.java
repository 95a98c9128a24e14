package org.newsgraph.web.internal;

import java.util.List;
import java.util.Optional;
import org.newsgraph.store.Candidate;
import org.newsgraph.store.EntityCard;
import org.newsgraph.store.QuoteRow;
import org.newsgraph.store.SearchHit;
import org.newsgraph.store.StoreStats;

/** What each page template is given: one small record per page. */
public final class Views {

  private Views() {}

  public record Home(StoreStats stats, List<Candidate> people, List<Candidate> organisations) {}

  /** @param graph nodes and edges for the relation graph, as JSON; @param timeline offices and facts over time, as JSON */
  public record Entity(EntityCard card, List<QuoteRow> quotesBy, List<QuoteRow> quotesAbout, String graph,
      String timeline) {}

  public record Link(long id, String name, String type) {}

  public record FactLine(String type, String sentence, int start, int end) {}

  public record Article(String id, String title, Optional<String> published, String source, List<Segment> segments,
      List<FactLine> facts, List<Link> entities, int removed) {}

  public record Search(String q, String since, String until, List<SearchHit> hits) {}

  public record Quotes(String speaker, String words, String since, String until, List<QuoteRow> quotes,
      Optional<String> problem) {}
}
