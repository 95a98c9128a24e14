package org.newsgraph.spark.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The entities of all articles that share one name key: a candidate global entity of the linking
 * stage. Mutable while Spark folds rows into it ({@link #add}, {@link #merge}); bounded in size, so a
 * key shared by millions of articles keeps a sample of their ids, not all of them.
 */
public final class NameGroup implements Serializable {

  private static final long serialVersionUID = 1L;
  static final int MAX_SAMPLE = 10;
  static final int MAX_VARIANTS = 20;
  private static final JsonFactory JSON = new JsonFactory();

  private String key;
  private String type;
  private long articles;
  private long mentions;
  private final TreeMap<String, Long> variants = new TreeMap<>();
  private final TreeSet<String> sample = new TreeSet<>();

  /** Folds in one article's entity. */
  public NameGroup add(NameRow row) {
    key = row.key();
    type = row.type();
    articles++;
    mentions += row.mentions();
    addVariant(row.name(), 1);
    addSample(row.articleId());
    return this;
  }

  /** Folds in another group of the same key. */
  public NameGroup merge(NameGroup other) {
    if (other.key == null) {
      return this;
    }
    key = other.key;
    type = other.type;
    articles += other.articles;
    mentions += other.mentions;
    other.variants.forEach(this::addVariant);
    other.sample.forEach(this::addSample);
    return this;
  }

  public long articles() {
    return articles;
  }

  private void addVariant(String name, long count) {
    if (variants.containsKey(name) || variants.size() < MAX_VARIANTS) {
      variants.merge(name, count, Long::sum);
    }
  }

  private void addSample(String id) {
    sample.add(id);
    if (sample.size() > MAX_SAMPLE) {
      sample.pollLast();
    }
  }

  /** The name most articles use; ties go to the alphabetically first. */
  String name() {
    return variants.entrySet().stream()
        .max(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
        .map(Map.Entry::getKey).orElse("");
  }

  /** One line of the names output. */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("key", key);
      g.writeStringField("type", type);
      g.writeStringField("name", name());
      g.writeArrayFieldStart("variants");
      for (String v : variants.keySet()) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeNumberField("articles", articles);
      g.writeNumberField("mentions", mentions);
      g.writeArrayFieldStart("sampleArticles");
      for (String id : sample) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
