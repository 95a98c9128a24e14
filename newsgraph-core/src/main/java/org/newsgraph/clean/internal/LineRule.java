package org.newsgraph.clean.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.newsgraph.model.ResidueKind;

/**
 * A kind of boilerplate line: a pattern that must match the whole line (stripped), what the line is,
 * and whether the lines after it list links ("READ MORE:" then headlines).
 *
 * @param pattern matched against the whole stripped line
 * @param kind the contract's residue kind
 * @param note what the line is, for a person
 * @param opensList whether headline-like lines after this one belong to it
 */
record LineRule(Pattern pattern, ResidueKind kind, String note, boolean opensList) {

  LineRule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
  }

  static LineRule of(String regex, ResidueKind kind, String note) {
    return new LineRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind, note, false);
  }

  LineRule openingList() {
    return new LineRule(pattern, kind, note, true);
  }

  boolean matches(String line) {
    return pattern.matcher(line).matches();
  }
}
