package org.newsgraph.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Publication dates from the forms inputs give them in. */
public final class Dates {

  private static final Pattern ISO_PREFIX = Pattern.compile("^\\s*(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?:$|[T\\s].*)");
  private static final Pattern IN_NAME = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private Dates() {}

  /**
   * The date at the start of {@code value}: {@code 2019-10-29}, {@code 2019/10/29}, or an ISO
   * timestamp such as {@code 2019-10-29T14:03:00Z} or {@code 2019-10-29 14:03:00}.
   */
  public static Optional<LocalDate> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return toDate(ISO_PREFIX.matcher(value));
  }

  /** The first valid {@code YYYY-MM-DD} inside a file name, as PolNeAR names its files. */
  public static Optional<LocalDate> inFileName(String fileName) {
    Matcher m = IN_NAME.matcher(fileName);
    while (m.find()) {
      Optional<LocalDate> date = valid(m);
      if (date.isPresent()) {
        return date;
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    return m.matches() ? valid(m) : Optional.empty();
  }

  private static Optional<LocalDate> valid(Matcher m) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
