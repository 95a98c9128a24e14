package org.newsgraph.read;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read inputs.
 *
 * @param published the publication date for inputs that give none of their own
 * @param textField the JSON field holding the body, when not one of the common names
 * @param dateField the JSON field holding the publication date, when not one of the common names
 * @param htmlField the JSON field holding a raw web page, when JSON Lines carry pages rather than
 *     article text: the body is then extracted from the page (issue 10)
 */
public record ReadOptions(Optional<LocalDate> published, Optional<String> textField, Optional<String> dateField,
    Optional<String> htmlField) {

  public ReadOptions {
    Objects.requireNonNull(published, "published");
    Objects.requireNonNull(textField, "textField");
    Objects.requireNonNull(dateField, "dateField");
    Objects.requireNonNull(htmlField, "htmlField");
  }

  public static ReadOptions defaults() {
    return new ReadOptions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  public ReadOptions withPublished(LocalDate date) {
    return new ReadOptions(Optional.of(date), textField, dateField, htmlField);
  }

  public ReadOptions withTextField(String field) {
    return new ReadOptions(published, Optional.of(requireField(field, "textField")), dateField, htmlField);
  }

  public ReadOptions withDateField(String field) {
    return new ReadOptions(published, textField, Optional.of(requireField(field, "dateField")), htmlField);
  }

  /** Reads JSON Lines of web pages: {@code field} holds each page's HTML. */
  public ReadOptions withHtmlField(String field) {
    return new ReadOptions(published, textField, dateField, Optional.of(requireField(field, "htmlField")));
  }

  private static String requireField(String field, String what) {
    if (field == null || field.isBlank()) {
      throw new IllegalArgumentException("The parameter '" + what + "' must name a JSON field, got '" + field + "'");
    }
    return field;
  }
}
