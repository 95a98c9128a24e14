package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.ResidueKind;

/**
 * Finds embedded posts that repeat what the article already quoted (issue 3): a paragraph closed by
 * a post's signature ("— Name (@handle) June 18, 2018") whose words the article also gives
 * elsewhere. Left in, such a repeat doubles every quote. A post the article does not repeat is
 * content and stays. Stateless.
 */
public final class EmbeddedPostFinder {

  private static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|"
      + "November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
  private static final Pattern SIGNATURE = Pattern.compile(
      "[—–-]{1,2} ?[^\\n—–]{1,80}?\\(@\\w{1,30}\\) " + MONTH + " \\d{1,2}, \\d{4}[ \\t]*(?=\\n|$)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern LINK = Pattern.compile("(https?://|pic\\.twitter\\.com/)\\S+");
  private static final int GRAM = 4;
  private static final double REPEATED = 0.5;

  /** The repeated embedded posts in {@code text}, in text order. */
  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    Matcher sig = SIGNATURE.matcher(text);
    while (sig.find()) {
      int start = text.lastIndexOf('\n', sig.start()) + 1;
      String post = LINK.matcher(text.substring(start, sig.start())).replaceAll(" ");
      String rest = text.substring(0, start) + "\n" + text.substring(sig.end());
      if (repeats(post, rest)) {
        String handle = sig.group().replaceAll(".*\\((@\\w+)\\).*", "$1");
        found.add(BoilerplateFinder.found(text, start, sig.end(), ResidueKind.OTHER, "embedded post repeat: " + handle));
      }
    }
    return found;
  }

  /** Whether at least half the word 4-grams of {@code post} occur in {@code rest}. */
  static boolean repeats(String post, String rest) {
    List<String> postWords = words(post);
    if (postWords.size() < GRAM) {
      return false;
    }
    Set<String> restGrams = new HashSet<>(grams(words(rest)));
    List<String> postGrams = grams(postWords);
    long shared = postGrams.stream().filter(restGrams::contains).count();
    return shared >= REPEATED * postGrams.size();
  }

  private static List<String> words(String s) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  private static List<String> grams(List<String> words) {
    List<String> grams = new ArrayList<>();
    for (int i = 0; i + GRAM <= words.size(); i++) {
      grams.add(String.join(" ", words.subList(i, i + GRAM)));
    }
    return grams;
  }
}
