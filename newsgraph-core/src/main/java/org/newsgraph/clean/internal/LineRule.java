package org.newsgraph.clean.internal;

import java.util.List;
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
 * @param needs lower-case words of which a line must hold one before the pattern is tried (a cheap
 *     guard for patterns that scan the whole line), or none
 */
record LineRule(Pattern pattern, ResidueKind kind, String note, boolean opensList, List<String> needs) {

  LineRule {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(note, "note");
    needs = List.copyOf(needs);
  }

  static LineRule of(String regex, ResidueKind kind, String note) {
    return new LineRule(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), kind, note, false,
        List.of());
  }

  LineRule openingList() {
    return new LineRule(pattern, kind, note, true, needs);
  }

  LineRule needing(String... words) {
    return new LineRule(pattern, kind, note, opensList, List.of(words));
  }

  /** Whether the rule matches {@code line}; {@code lower} is the line in lower case. */
  boolean matches(String line, String lower) {
    return (needs.isEmpty() || needs.stream().anyMatch(lower::contains)) && pattern.matcher(line).matches();
  }
}
