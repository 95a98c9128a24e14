package org.newsgraph.resolve.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The office titles written before a person's names, and when a title before a bare surname says
 * it is not the person of that surname the article names (issue 8): "former Secretary Clinton" in
 * an article whose only Clinton named in full is "President Bill Clinton".
 *
 * <p>Titles change over a career ("Sen. Jeff Sessions" becomes "Attorney General Sessions"), so
 * only one change is taken as a conflict: a president keeps the title for life and is not called by
 * a lesser office again, and a lesser office is not a president's. A title written as past
 * ("then-Sen. Obama") says nothing. Not thread-safe: one per article.
 */
final class OfficeTitles {

  private static final Map<String, String> OFFICES = Map.ofEntries(
      Map.entry("president", "president"), Map.entry("pres", "president"),
      Map.entry("secretary", "secretary"), Map.entry("sec", "secretary"),
      Map.entry("senator", "senator"), Map.entry("sen", "senator"),
      Map.entry("governor", "governor"), Map.entry("gov", "governor"),
      Map.entry("representative", "representative"), Map.entry("rep", "representative"),
      Map.entry("congressman", "representative"), Map.entry("congresswoman", "representative"));

  private final Doc doc;

  OfficeTitles(Doc doc) {
    this.doc = doc;
  }

  /** The office of the title written right before token {@code first} ("Secretary Clinton"), if any and not past. */
  Optional<String> before(int first) {
    if (first < 1) {
      return Optional.empty();
    }
    String word = doc.word(first - 1);
    String key = word.replace(".", "").toLowerCase(Locale.ROOT);
    boolean past = key.startsWith("then-") || first >= 2 && doc.word(first - 2).equalsIgnoreCase("then")
        || key.equals("president") && first >= 2 && doc.word(first - 2).equalsIgnoreCase("vice");
    if (past || !Character.isUpperCase(word.charAt(0))) {
      return Optional.empty(); // a vice president is no president; a lower-case "president" is no title of the name
    }
    return Optional.ofNullable(OFFICES.get(key));
  }

  /**
   * Whether the title before {@code m} says it is not the person named {@code names}: those names
   * carry titles, none of them this one, and exactly one side is a president's. The caller passes
   * the person's full names (a title before a bare surname the resolver placed by convention is no
   * evidence), or all its names when it has no full name.
   */
  boolean conflict(NameMention m, List<NameMention> names) {
    Optional<String> title = before(m.firstToken());
    if (title.isEmpty()) {
      return false;
    }
    Set<String> theirs = titles(names);
    return !theirs.isEmpty() && !theirs.contains(title.get())
        && theirs.contains("president") != title.get().equals("president");
  }

  /** Whether the title before {@code m} is one the person named {@code names} carries ("President Clinton", "President Bill Clinton"). */
  boolean same(NameMention m, List<NameMention> names) {
    Optional<String> title = before(m.firstToken());
    return title.isPresent() && titles(names).contains(title.get());
  }

  private Set<String> titles(List<NameMention> names) {
    Set<String> titles = new HashSet<>();
    names.forEach(n -> before(n.firstToken()).ifPresent(titles::add));
    return titles;
  }
}
