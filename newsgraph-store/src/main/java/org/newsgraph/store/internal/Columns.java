package org.newsgraph.store.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Removed;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.store.StoreException;

/** The JSON columns of the store: lists and maps kept in one text column, in the article contract's form. */
final class Columns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Columns() {}

  static String strings(List<String> values) {
    return write(values);
  }

  static List<String> strings(String json) {
    return read(json, new TypeReference<List<String>>() {});
  }

  static String map(Map<String, String> values) {
    return write(new java.util.TreeMap<>(values));
  }

  static Map<String, String> map(String json) {
    return read(json, new TypeReference<LinkedHashMap<String, String>>() {});
  }

  /** The removed residue as the contract writes it. */
  static String removed(List<Removed> removed) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Removed r : removed) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", r.span().start());
      m.put("end", r.span().end());
      m.put("text", r.span().text());
      m.put("kind", r.kind().json());
      m.put("note", r.note());
      m.put("entity", r.entity().orElse(null));
      m.put("headlines", r.headlines());
      out.add(m);
    }
    return write(out);
  }

  /** A person card of a stored article: the article entity it belongs to and its headlines. */
  record Card(Optional<String> entity, List<String> headlines) {}

  static List<Card> cards(String removedJson) {
    List<Card> cards = new ArrayList<>();
    for (Map<String, Object> m : read(removedJson, new TypeReference<List<Map<String, Object>>>() {})) {
      Object entity = m.get("entity");
      @SuppressWarnings("unchecked")
      List<String> headlines = m.get("headlines") instanceof List<?> l ? (List<String>) l : List.of();
      cards.add(new Card(Optional.ofNullable(entity).map(Object::toString), headlines));
    }
    return cards;
  }

  static String times(List<TimeExpression> times) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (TimeExpression t : times) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("start", t.span().start());
      m.put("end", t.span().end());
      m.put("text", t.span().text());
      m.put("value", t.value());
      out.add(m);
    }
    return write(out);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new StoreException("Cannot encode a JSON column: " + e.getMessage(), e);
    }
  }

  private static <T> T read(String json, TypeReference<T> type) {
    try {
      return JSON.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new StoreException("A JSON column of the store is damaged: " + e.getMessage(), e);
    }
  }
}
