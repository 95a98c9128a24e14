package org.newsgraph.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The JSON form of the store's answers (cards, rows, hits, stats): record components as fields,
 * an absent {@code Optional} as {@code null}. Thread-safe.
 */
public final class AnswerJson {

  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new Jdk8Module())
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private AnswerJson() {}

  /** One answer as one line of JSON. */
  public static String toJson(Object answer) {
    try {
      return JSON.writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new StoreException("Cannot write an answer as JSON: " + e.getMessage(), e);
    }
  }

  /** One answer as indented JSON, for a person. */
  public static String toPrettyJson(Object answer) {
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(answer);
    } catch (JsonProcessingException e) {
      throw new StoreException("Cannot write an answer as JSON: " + e.getMessage(), e);
    }
  }
}
