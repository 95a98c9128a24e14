package org.newsgraph.output.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.newsgraph.model.Span;

/**
 * One JSON object of the article contract, read field by field with the contract's rules: a field
 * of the contract is present (null or [] when it has nothing to say), an extra may be missing.
 * Every failure is an {@link IllegalArgumentException} whose message names the field by its path
 * ({@code quotes[2].speaker.name}), so a reader can report exactly what is wrong (issue 12).
 */
public final class JsonFields {

  private final JsonNode node;
  private final String path;

  public JsonFields(JsonNode node, String path) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException((path.isEmpty() ? "the line" : path) + ": not a JSON object");
    }
    this.node = node;
    this.path = path;
  }

  /** A string field that must not be null. */
  public String string(String field) {
    JsonNode v = present(field);
    if (!v.isTextual()) {
      throw wrong(field, "a string");
    }
    return v.textValue();
  }

  /** A string field of the contract, null when it has nothing to say. */
  public Optional<String> nullableString(String field) {
    return present(field).isNull() ? Optional.empty() : Optional.of(string(field));
  }

  /** A string field beyond the contract: it may be missing or null. */
  public Optional<String> extraString(String field) {
    return node.has(field) ? nullableString(field) : Optional.empty();
  }

  /** An integer field. */
  public int integer(String field) {
    JsonNode v = present(field);
    if (!v.isInt()) {
      throw wrong(field, "an integer");
    }
    return v.intValue();
  }

  /** A number field. */
  public double number(String field) {
    JsonNode v = present(field);
    if (!v.isNumber()) {
      throw wrong(field, "a number");
    }
    return v.doubleValue();
  }

  /** A list of strings (an array field, which must not be null). */
  public List<String> strings(String field) {
    List<String> values = new ArrayList<>();
    int i = 0;
    for (JsonNode v : array(field)) {
      if (!v.isTextual()) {
        throw new IllegalArgumentException(where(field) + "[" + i + "]: expected a string, got " + v.getNodeType());
      }
      values.add(v.textValue());
      i++;
    }
    return values;
  }

  /** A list of strings beyond the contract: it may be missing. */
  public List<String> extraStrings(String field) {
    return node.has(field) && !node.get(field).isNull() ? strings(field) : List.of();
  }

  /** An array of objects, each read as {@link JsonFields}. */
  public List<JsonFields> objects(String field) {
    List<JsonFields> values = new ArrayList<>();
    int i = 0;
    for (JsonNode v : array(field)) {
      values.add(new JsonFields(v, where(field) + "[" + i++ + "]"));
    }
    return values;
  }

  /** An object field, empty when null. */
  public Optional<JsonFields> nullableObject(String field) {
    JsonNode v = present(field);
    return v.isNull() ? Optional.empty() : Optional.of(new JsonFields(v, where(field)));
  }

  /** An object of string values, in the order of the line. */
  public Map<String, String> stringMap(String field) {
    JsonFields object = nullableObject(field).orElseThrow(() -> wrong(field, "an object"));
    Map<String, String> map = new LinkedHashMap<>();
    for (Iterator<String> names = object.node.fieldNames(); names.hasNext();) {
      String name = names.next();
      map.put(name, object.string(name));
    }
    return map;
  }

  /** This object's own {@code start}, {@code end} and {@code text} as a span. */
  public Span span() {
    return new Span(integer("start"), integer("end"), string("text"));
  }

  /** A span-valued field, empty when null. */
  public Optional<Span> nullableSpan(String field) {
    return nullableObject(field).map(JsonFields::span);
  }

  /** An error about {@code field} of this object, for a value the contract does not allow. */
  public IllegalArgumentException invalid(String field, String why) {
    return new IllegalArgumentException(where(field) + ": " + why);
  }

  private Iterable<JsonNode> array(String field) {
    JsonNode v = present(field);
    if (!v.isArray()) {
      throw wrong(field, "an array");
    }
    return v;
  }

  private JsonNode present(String field) {
    JsonNode v = node.get(field);
    if (v == null) {
      throw new IllegalArgumentException(where(field) + ": missing (the contract has every field, null or [] when empty)");
    }
    return v;
  }

  private IllegalArgumentException wrong(String field, String expected) {
    return invalid(field, "expected " + expected + ", got " + present(field).getNodeType());
  }

  private String where(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }
}
