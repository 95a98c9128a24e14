package org.newsgraph.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Links to reference knowledge bases for the IDs on entity cards. */
public final class Links {

  private Links() {}

  /** The page of {@code id} in the knowledge base {@code scheme}, or a search for it when the scheme is unknown. */
  public static String kb(String scheme, String id) {
    String enc = URLEncoder.encode(id, StandardCharsets.UTF_8);
    return switch (scheme) {
      case "wikidata" -> "https://www.wikidata.org/wiki/" + enc;
      case "bioguide" -> "https://bioguide.congress.gov/search/bio/" + enc;
      case "govtrack" -> "https://www.govtrack.us/congress/members/" + enc;
      case "wikipedia" -> "https://en.wikipedia.org/wiki/" + URLEncoder.encode(id.replace(' ', '_'), StandardCharsets.UTF_8);
      default -> "https://www.wikidata.org/w/index.php?search=" + enc;
    };
  }
}
