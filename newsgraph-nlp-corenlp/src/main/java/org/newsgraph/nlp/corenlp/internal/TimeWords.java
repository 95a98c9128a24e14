package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a sentence has a word that SUTime's rules can make a time of (issue 11).
 *
 * <p>Every rule of CoreNLP 4.5.10's SUTime grammar that yields a time expression (as opposed to a
 * modifier such as "the", "last", "early" or "about" that only extends one) needs at least one token
 * that contains a digit (dates, clock times, years, "3-month"), that is a number or ordinal word, or
 * a word of the grammar's own lists: time units, times of day, seasons, day and month names and their
 * abbreviations, decades, "today" and its kin, "once", "now", "the past", "the future", holidays
 * ({@code sutime-words.txt}, taken from {@code defs.sutime.txt}, {@code english.sutime.txt} and
 * {@code english.holidays.sutime.txt}); or that ends with a periodic word ({@code /.*(daily|weekly|...)/})
 * or with "teen" ({@code /\w+teen/}, years such as "nineteen eighty"). A sentence with none of them
 * can hold no time expression, and SUTime's matching over it (about half of its cost, which is most of
 * the NER's) finds nothing. Words are compared in lower case without a trailing full stop, and each
 * part of a hyphenated word on its own, so the test errs on the side of running SUTime.
 */
public final class TimeWords {

  private static final String RESOURCE = "sutime-words.txt";
  /** SUTime's PERIODIC_SET keys, matched at a word's end. */
  private static final List<String> PERIODIC =
      List.of("centennial", "yearly", "annually", "annual", "hourly", "nightly", "daily", "weekly", "monthly", "quarterly");

  private final Set<String> words;

  private TimeWords(Set<String> words) {
    this.words = Set.copyOf(words);
  }

  /** The words of {@code sutime-words.txt}. */
  public static TimeWords load() {
    Set<String> words = new HashSet<>();
    try (InputStream in = TimeWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + RESOURCE + " beside " + TimeWords.class.getName());
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.startsWith("#")) {
          for (String w : line.trim().split("\\s+")) {
            if (!w.isEmpty()) {
              words.add(w);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new TimeWords(words);
  }

  /** Whether any of {@code tokens} may anchor a time expression. */
  public boolean mayHoldTime(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (mayAnchor(t.word())) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code word} may anchor a time expression. */
  public boolean mayAnchor(String word) {
    if (word == null || word.isEmpty()) {
      return false;
    }
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    String w = word.toLowerCase(Locale.ROOT);
    if (known(w)) {
      return true;
    }
    if (w.indexOf('-') >= 0) {
      for (String part : w.split("-")) {
        if (known(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean known(String w) {
    String s = w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    if (words.contains(s) || s.endsWith("teen") || s.endsWith("teens")) {
      return true;
    }
    for (String p : PERIODIC) {
      if (s.endsWith(p)) {
        return true;
      }
    }
    return false;
  }
}
