package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.clean.PersonCard;
import org.newsgraph.model.Removed;
import org.newsgraph.model.ResidueKind;
import org.newsgraph.model.Span;

/**
 * Finds publishers' inline person cards by their structure (issue 3): a mention of a person, the
 * longer form of the same name, the site's latest headlines about the person, often glued to the
 * name without a space, and a standalone upper-case {@code MORE}:
 *
 * <pre>Rep. Mo Brooks Morris (Mo) Jackson BrooksWhy the GOP ... hearing MORE (R-Ala.)</pre>
 *
 * <p>Each {@code MORE} (not part of a longer upper-case word) is a possible card end; the card's
 * start is sought back to the start of its line, the end of the previous card, or
 * {@value #MAX_CARD} characters: a surname followed (after one space or none) by a full name that
 * closes with the same surname. When several places fit, the full name that ends last wins, since
 * the headlines follow the full name. A {@code MORE} with no such name before it is no card.
 * Stateless and thread-safe.
 */
public final class PersonCardFinder {

  private static final Pattern MORE = Pattern.compile("(?<!\\p{Lu})MORE(?![\\p{L}\\p{N}])");
  private static final int MAX_CARD = 1500;
  private static final int MAX_MENTION_WORDS = 3;
  private static final String NOTE = "person card: ";

  /** A card's names: where the mention's surname starts and the full name's span. */
  private record Names(int mentionWordStart, int mentionEnd, int fullStart, int fullEnd) {}

  /** The person cards in {@code text}, in text order, not overlapping. */
  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    int floor = 0;
    Matcher more = MORE.matcher(text);
    while (more.find()) {
      int from = Math.max(Math.max(floor, more.start() - MAX_CARD), text.lastIndexOf('\n', more.start()) + 1);
      Optional<Names> names = search(text, from, more.start());
      if (names.isPresent()) {
        found.add(card(text, names.get(), more.end()));
      }
      floor = more.end();
    }
    return found;
  }

  private static Optional<Names> search(String text, int from, int limit) {
    List<Names> candidates = new ArrayList<>();
    for (int i = from; i < limit; i++) {
      if (!Character.isUpperCase(text.charAt(i)) || (i > 0 && isNameChar(text.charAt(i - 1)))) {
        continue;
      }
      for (int surnameEnd : CardNames.surnameEnds(text, i, limit)) {
        Names names = fullNameAfter(text, i, surnameEnd, limit);
        if (names != null) {
          candidates.add(names);
        }
      }
    }
    // a "mention" that closes another candidate's full name is that name's own surname read again
    return candidates.stream()
        .filter(c -> candidates.stream().noneMatch(o -> o != c && o.fullStart() <= c.mentionWordStart()
            && c.mentionEnd() == o.fullEnd()))
        .max(java.util.Comparator.comparingInt(Names::fullEnd));
  }

  /** The card names when the mention's surname is text[wordStart, surnameEnd), or null. */
  private static Names fullNameAfter(String text, int wordStart, int surnameEnd, int limit) {
    String surname = text.substring(wordStart, surnameEnd);
    if (surname.chars().noneMatch(Character::isLowerCase)) {
      return null; // words in capitals are shouting or a label, never a card's name
    }
    int mentionEnd = CardNames.afterSuffix(text, surnameEnd, limit);
    int fullStart;
    if (mentionEnd < limit && text.charAt(mentionEnd) == ' ') {
      fullStart = mentionEnd + 1;
    } else if (mentionEnd == surnameEnd && mentionEnd < limit && Character.isUpperCase(text.charAt(mentionEnd))) {
      fullStart = mentionEnd;
    } else {
      return null;
    }
    if (fullStart >= limit || !Character.isUpperCase(text.charAt(fullStart))) {
      return null;
    }
    int fullEnd = CardNames.fullNameEnd(text, fullStart, surname, limit);
    return fullEnd < 0 ? null : new Names(wordStart, mentionEnd, fullStart, fullEnd);
  }

  private static Found card(String text, Names names, int moreEnd) {
    String fullName = text.substring(names.fullStart(), names.fullEnd());
    List<String> headlines = Headlines.split(text.substring(names.fullEnd(), moreEnd - "MORE".length()));
    Span cardSpan = Span.of(text, names.fullStart(), moreEnd);
    Span mention = Span.of(text, mentionStart(text, names.mentionWordStart(), CardNames.words(fullName)),
        names.mentionEnd());
    Removed removed = new Removed(cardSpan, ResidueKind.INLINE_WIDGET, NOTE + fullName, Optional.empty(), headlines);
    return new Found(removed, Optional.of(new PersonCard(cardSpan, mention, fullName, headlines)));
  }

  /**
   * Where the mention starts: back from its surname over the words that the full name also has
   * ("Mo" of "Morris (Mo) Jackson Brooks") and initials, so that titles ("Rep.") stay out.
   */
  private static int mentionStart(String text, int surnameStart, Set<String> fullWords) {
    int start = surnameStart;
    for (int n = 0; n < MAX_MENTION_WORDS && start >= 2 && text.charAt(start - 1) == ' '; n++) {
      int wordStart = start - 1;
      while (wordStart > 0 && (isNameChar(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
        wordStart--;
      }
      String word = text.substring(wordStart, start - 1);
      boolean initial = word.length() == 2 && Character.isUpperCase(word.charAt(0)) && word.charAt(1) == '.';
      if (!CardNames.isNameWord(word) || !(fullWords.contains(word) || initial)) {
        break;
      }
      start = wordStart;
    }
    return start;
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
  }
}
