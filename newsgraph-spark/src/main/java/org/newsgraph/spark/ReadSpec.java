package org.newsgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import org.newsgraph.read.ReadOptions;

/**
 * How the executors read inputs: {@link ReadOptions} in a form that travels to them (null for
 * absent, as {@code Optional} is not serializable).
 *
 * @param published the date for inputs that give none, YYYY-MM-DD
 * @param textField the JSON field holding the body
 * @param dateField the JSON field holding the date
 * @param htmlField the JSON field holding a raw web page
 */
public record ReadSpec(String published, String textField, String dateField, String htmlField)
    implements Serializable {

  private static final long serialVersionUID = 1L;

  public ReadSpec {
    if (published != null) {
      LocalDate.parse(published);
    }
  }

  public static ReadSpec defaults() {
    return new ReadSpec(null, null, null, null);
  }

  public ReadOptions options() {
    ReadOptions options = ReadOptions.defaults();
    if (published != null) {
      options = options.withPublished(LocalDate.parse(published));
    }
    if (textField != null) {
      options = options.withTextField(textField);
    }
    if (dateField != null) {
      options = options.withDateField(dateField);
    }
    if (htmlField != null) {
      options = options.withHtmlField(htmlField);
    }
    return options;
  }
}
