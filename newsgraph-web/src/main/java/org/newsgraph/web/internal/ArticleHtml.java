package org.newsgraph.web.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Cuts an article's text into {@link Segment}s at every annotation boundary, so that overlapping
 * quotes, mentions, times, fact evidence and removed residue render as flat, escaped spans.
 */
final class ArticleHtml {

  private static final int SPEAKER_COLOURS = 8;

  private record Mark(int start, int end, String cls, Optional<Long> entity, String title) {}

  private ArticleHtml() {}

  static List<Segment> segments(JsonNode article) {
    String text = article.path("text").asText();
    List<Mark> marks = marks(article);
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (Mark m : marks) {
      cuts.add(Math.max(0, Math.min(m.start, text.length())));
      cuts.add(Math.max(0, Math.min(m.end, text.length())));
    }
    List<Segment> out = new ArrayList<>();
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && cut > previous) {
        out.add(segment(text, previous, cut, marks));
      }
      previous = cut;
    }
    return out;
  }

  private static Segment segment(String text, int start, int end, List<Mark> marks) {
    StringBuilder classes = new StringBuilder();
    StringBuilder title = new StringBuilder();
    Optional<Long> entity = Optional.empty();
    for (Mark m : marks) {
      if (m.start <= start && end <= m.end) {
        classes.append(' ').append(m.cls);
        if (!m.title.isEmpty()) {
          title.append(title.length() > 0 ? "; " : "").append(m.title);
        }
        if (m.entity.isPresent()) {
          entity = m.entity;
        }
      }
    }
    return new Segment(text.substring(start, end), classes.toString().strip(), entity, title.toString());
  }

  private static List<Mark> marks(JsonNode a) {
    List<Mark> marks = new ArrayList<>();
    for (JsonNode r : a.path("removed")) {
      marks.add(new Mark(r.path("start").asInt(), r.path("end").asInt(), "removed", Optional.empty(),
          "removed: " + r.path("note").asText()));
    }
    Map<String, Integer> colours = new HashMap<>();
    for (JsonNode q : a.path("quotes")) {
      String speaker = q.path("speaker").path("name").asText("unknown");
      int colour = colours.computeIfAbsent(speaker, s -> colours.size() % SPEAKER_COLOURS);
      marks.add(new Mark(q.path("start").asInt(), q.path("end").asInt(), "quote sp" + colour, Optional.empty(),
          q.path("kind").asText() + " quote: " + speaker));
    }
    for (JsonNode m : a.path("mentions")) {
      Optional<Long> global = m.has("globalId") ? Optional.of(m.get("globalId").asLong()) : Optional.empty();
      marks.add(new Mark(m.path("start").asInt(), m.path("end").asInt(), "mention", global, ""));
    }
    for (JsonNode t : a.path("times")) {
      marks.add(new Mark(t.path("start").asInt(), t.path("end").asInt(), "time", Optional.empty(),
          "time: " + t.path("value").asText()));
    }
    for (JsonNode f : a.path("facts")) {
      JsonNode e = f.path("evidence");
      marks.add(new Mark(e.path("start").asInt(), e.path("end").asInt(), "evidence", Optional.empty(),
          "fact: " + f.path("type").asText()));
    }
    return marks;
  }
}
