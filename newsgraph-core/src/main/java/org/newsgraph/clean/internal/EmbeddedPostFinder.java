package org.newsgraph.clean.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  private static final int QUOTED_RUN = 4;

  /** The repeated embedded posts in {@code text}, in text order. */
  public List<Found> find(String text) {
    List<Found> found = new ArrayList<>();
    if (text.indexOf("(@") < 0) {
      return found;
    }
    Matcher sig = SIGNATURE.matcher(text);
    Map<String, Integer> textGrams = null;
    while (sig.find()) {
      int start = text.lastIndexOf('\n', sig.start()) + 1;
      String post = LINK.matcher(text.substring(start, sig.start())).replaceAll(" ");
      if (textGrams == null) {
        textGrams = counts(grams(words(text)));
      }
      if (repeats(post, textGrams)) {
        String handle = sig.group().replaceAll(".*\\((@\\w+)\\).*", "$1");
        found.add(BoilerplateFinder.found(text, start, sig.end(), ResidueKind.OTHER, "embedded post repeat: " + handle));
      }
    }
    return found;
  }

  /**
   * Whether the article repeats {@code post} outside it: at least half its word 4-grams, or a run of
   * {@value #QUOTED_RUN} consecutive 4-grams (a quoted sentence of ten words or so: the article may
   * quote one sentence of a long post, and the embed would double that quote). A gram is outside
   * the post when the whole text ({@code textGrams}) has it more often than the post. The text is
   * counted once per article, however many posts it embeds.
   */
  static boolean repeats(String post, Map<String, Integer> textGrams) {
    List<String> postGrams = grams(words(post));
    if (postGrams.isEmpty()) {
      return false;
    }
    Map<String, Integer> inPost = counts(postGrams);
    int shared = 0;
    int run = 0;
    int longestRun = 0;
    for (String gram : postGrams) {
      boolean outside = textGrams.getOrDefault(gram, 0) > inPost.get(gram);
      shared += outside ? 1 : 0;
      run = outside ? run + 1 : 0;
      longestRun = Math.max(longestRun, run);
    }
    return shared >= REPEATED * postGrams.size() || longestRun >= QUOTED_RUN;
  }

  private static Map<String, Integer> counts(List<String> grams) {
    Map<String, Integer> counts = new HashMap<>();
    grams.forEach(g -> counts.merge(g, 1, Integer::sum));
    return counts;
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
