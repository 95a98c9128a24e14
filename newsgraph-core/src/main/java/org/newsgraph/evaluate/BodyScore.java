package org.newsgraph.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's metric: each text is cut into word 4-shingles (words are runs
 * of letters, digits and underscores), true and false positives and false negatives are counted per
 * page and normalised so that every page weighs the same, precision and recall are averaged over
 * pages, and F1 is taken from the two averages; accuracy is the share of pages whose word sequence
 * is exactly right. The same figures as {@code shared/eval/score_article_body.py} (issue 10).
 *
 * <p>Not thread-safe: add pages from one thread.
 */
public final class BodyScore {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_\\p{M}]+");
  private static final int N = 4;

  private final List<double[]> pages = new ArrayList<>();
  private int exact;

  /** The figures over the pages added so far. */
  public record Figures(int pages, double precision, double recall, double f1, double accuracy) {
    /** One line: {@code pages=120 precision=0.951 recall=0.960 accuracy=0.300 F1=0.955}. */
    public String describe() {
      return String.format(java.util.Locale.ROOT, "pages=%d precision=%.3f recall=%.3f accuracy=%.3f F1=%.3f",
          pages, precision, recall, accuracy, f1);
    }
  }

  /** Adds one page: its true body and the extracted one (empty when nothing was extracted). */
  public void add(String truth, String predicted) {
    Objects.requireNonNull(truth, "truth");
    Objects.requireNonNull(predicted, "predicted");
    List<String> t = words(truth);
    List<String> p = words(predicted);
    exact += t.equals(p) ? 1 : 0;
    Map<List<String>, Integer> ts = shingles(t);
    Map<List<String>, Integer> ps = shingles(p);
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
      int inTruth = ts.getOrDefault(e.getKey(), 0);
      tp += Math.min(inTruth, e.getValue());
      fp += Math.max(0, e.getValue() - inTruth);
    }
    for (Map.Entry<List<String>, Integer> e : ts.entrySet()) {
      fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
    }
    double s = tp + fp + fn;
    pages.add(s == 0 ? new double[3] : new double[] {tp / s, fp / s, fn / s});
  }

  /** The figures so far. */
  public Figures figures() {
    double p = 0;
    double r = 0;
    int np = 0;
    int nr = 0;
    for (double[] c : pages) {
      if (c[0] + c[1] > 0) {
        p += precision(c);
        np++;
      }
      if (c[0] + c[2] > 0) {
        r += recall(c);
        nr++;
      }
    }
    double precision = np == 0 ? 0 : p / np;
    double recall = nr == 0 ? 0 : r / nr;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new Figures(pages.size(), precision, recall, f1, pages.isEmpty() ? 0 : (double) exact / pages.size());
  }

  private static double precision(double[] c) {
    return c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[1]);
  }

  private static double recall(double[] c) {
    return c[1] == 0 && c[2] == 0 ? 1 : c[0] / (c[0] + c[2]);
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(List<String> words) {
    Map<List<String>, Integer> out = new HashMap<>();
    if (words.isEmpty()) {
      return out;
    }
    for (int i = 0; i < Math.max(1, words.size() - N + 1); i++) {
      out.merge(words.subList(i, Math.min(words.size(), i + N)), 1, Integer::sum);
    }
    return out;
  }
}
