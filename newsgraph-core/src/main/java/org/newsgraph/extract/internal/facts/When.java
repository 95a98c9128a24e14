package org.newsgraph.extract.internal.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.model.TimeExpression;

/**
 * The dates a predicate's own time phrases give: "from 1997 to 2017" a start and an end, "last
 * November" or "in 2017" a point, "until Nov. 8" an end. Values come from the article's resolved
 * times (issue 6), so "last November" is already 2018-11 against the article's date.
 *
 * @param start when it began or happened
 * @param end when it ended or is due
 * @param first the first token of the time phrases used, or -1
 * @param last the last token of the time phrases used, or -1
 */
public record When(Optional<String> start, Optional<String> end, int first, int last) {

  private static final Pattern DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2}|-Q\\d)?");
  private static final Set<String> FROM = Set.of("from", "since", "starting", "beginning");
  private static final Set<String> TO = Set.of("to", "until", "till", "through", "thru", "by", "before");

  static When none() {
    return new When(Optional.empty(), Optional.empty(), -1, -1);
  }

  /** The time phrases attached to predicate {@code p} or to the nominals in {@code extra}. */
  public static When of(Parse parse, int p, int... extra) {
    List<Integer> heads = new ArrayList<>(timeHeads(parse, p));
    // nouns take no obl in UD: a time obl on the subject ("In 2017, Jones, ..., upset") is the clause's
    for (int s : parse.children(p, "nsubj")) {
      parse.children(s, "obl").stream().filter(c -> parse.time(c).isPresent()).forEach(heads::add);
    }
    for (int e : extra) {
      if (e >= 0) {
        heads.addAll(timeHeads(parse, e));
      }
    }
    Optional<String> start = Optional.empty();
    Optional<String> end = Optional.empty();
    int first = -1;
    int last = -1;
    for (int h : heads) {
      Optional<String> value = parse.time(h).map(TimeExpression::value).filter(v -> DATE.matcher(v).matches());
      if (value.isEmpty()) {
        continue;
      }
      String marker = parse.caseOf(h);
      if (TO.contains(marker)) {
        end = end.or(() -> value);
      } else if (start.isEmpty()) {
        start = value;
      }
      int[] range = parse.subtree(h);
      first = first < 0 ? range[0] : Math.min(first, range[0]);
      last = Math.max(last, range[1]);
    }
    return new When(start, end, first, last);
  }

  /** Children of {@code p} (and of its nominal arguments) that lie in a time expression. */
  private static List<Integer> timeHeads(Parse parse, int p) {
    List<Integer> out = new ArrayList<>();
    for (int c : parse.children(p, "obl", "nmod", "advmod", "nummod", "amod", "compound", "obl:tmod")) {
      if (parse.time(c).isPresent()) {
        out.add(c);
      } else if (!parse.children(c, "nummod", "compound", "amod").isEmpty()) {
        // "in the 2017 special election": the year modifies the election noun
        for (int g : parse.children(c, "nummod", "compound", "amod")) {
          if (parse.time(g).isPresent()) {
            out.add(g);
          }
        }
      }
    }
    return out;
  }

  /** Whether a value lies before the date, comparing as far as both are precise. */
  static boolean before(String value, LocalDate date) {
    String d = date.toString();
    int n = Math.min(value.length(), d.length());
    return DATE.matcher(value).matches() && value.substring(0, n).compareTo(d.substring(0, n)) < 0;
  }
}
