package org.newsgraph.read.html.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.read.Dates;

/** Dates as pages write them: ISO forms first, then "November 19, 2019" and "19 Nov 2019". */
final class PageDates {

  private static final Pattern MONTH_FIRST =
      Pattern.compile("\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern DAY_FIRST =
      Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]{3,9})\\.?,?\\s+((?:19|20)\\d{2})\\b");
  private static final Pattern COMPACT = Pattern.compile("^((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:$|T)");

  private PageDates() {}

  static Optional<LocalDate> parse(String value) {
    Optional<LocalDate> iso = Dates.parse(value);
    if (iso.isPresent()) {
      return iso;
    }
    String v = value.strip();
    Matcher m = COMPACT.matcher(v);
    if (m.find()) {
      return of(m.group(1), month(m.group(2)), m.group(3));
    }
    m = MONTH_FIRST.matcher(v);
    if (m.find()) {
      return of(m.group(3), monthName(m.group(1)), m.group(2));
    }
    m = DAY_FIRST.matcher(v);
    if (m.find()) {
      return of(m.group(3), monthName(m.group(2)), m.group(1));
    }
    return Optional.empty();
  }

  private static int month(String digits) {
    return Integer.parseInt(digits);
  }

  private static int monthName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      String full = month.name().toLowerCase(Locale.ROOT);
      if (n.length() >= 3 && full.startsWith(n.equals("sept") ? "sep" : n)) {
        return month.getValue();
      }
    }
    return 0;
  }

  private static Optional<LocalDate> of(String year, int month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
