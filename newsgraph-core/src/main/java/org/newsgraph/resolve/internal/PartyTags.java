package org.newsgraph.resolve.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;

/** Finds party-state tags ("(R-Ala.)", "D-N.Y.", "R-Texas") in an article's text (issue 4). */
public final class PartyTags {

  private static final Pattern TAG = Pattern.compile(
      "(?<![\\w-])([RDI])-((?:[A-Z][A-Za-z]*\\.?)(?: ?[A-Z][A-Za-z]*\\.?)?)");

  private PartyTags() {}

  /** Every tag of {@code text} whose state part names a US state, in text order. */
  public static List<PartyTag> find(String text, Lexicon lexicon) {
    List<PartyTag> tags = new ArrayList<>();
    Matcher m = TAG.matcher(text);
    while (m.find()) {
      stateEnd(text, m, lexicon).ifPresent(end -> tags.add(tag(text, m, end, lexicon)));
    }
    return tags;
  }

  /** Where the state part ends: the longest prefix of the match that names a state. */
  private static Optional<Integer> stateEnd(String text, Matcher m, Lexicon lexicon) {
    String state = m.group(2);
    for (int len = state.length(); len > 0; len--) {
      char last = state.charAt(len - 1);
      if (last == ' ' || (len < state.length() && Character.isLetter(state.charAt(len)) && Character.isLetter(last))) {
        continue;
      }
      String part = state.substring(0, len);
      if (lexicon.state(part).isPresent() || (part.length() == 2 && lexicon.postalState(part).isPresent())) {
        return Optional.of(m.start(2) + len);
      }
    }
    return Optional.empty();
  }

  private static PartyTag tag(String text, Matcher m, int stateEnd, Lexicon lexicon) {
    String stateText = text.substring(m.start(2), stateEnd);
    String state = lexicon.state(stateText).or(() -> lexicon.postalState(stateText)).orElseThrow();
    int start = m.start();
    int end = stateEnd;
    if (start > 0 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')') {
      start--;
      end++;
    }
    String party = switch (m.group(1)) {
      case "R" -> "Republican";
      case "D" -> "Democrat";
      default -> "Independent";
    };
    return new PartyTag(Span.of(text, start, end), Span.of(text, m.start(1), m.end(1)), party,
        Optional.of(Span.of(text, m.start(2), stateEnd)), Optional.of(state));
  }
}
