package org.newsgraph.nlp.corenlp.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CoreNLP's fine-grained NER step (TokensRegexNER over its gazetteer) done by hash lookup (issue 11).
 *
 * <p>CoreNLP compiles each of the gazetteer's 100,000 entries into a token-sequence pattern and
 * costs about half a CPU second per article; the same entries looked up by their first word cost
 * milliseconds. The rules are CoreNLP's, so the labels are the same: every entry is matched
 * wherever it occurs; among overlapping matches the higher priority wins, then the longer, then the
 * one CoreNLP would have tried first; a match is applied only when one of its tokens has a valid
 * part of speech and its tokens' present labels may be overwritten ({@link Overwrite}).
 *
 * <p>Immutable and thread-safe once built; {@link #label} works on arrays the caller owns.
 */
public final class Gazetteer {

  private static final Comparator<Match> PREFERENCE = Comparator.comparingDouble((Match m) -> -m.entry().priority())
      .thenComparingInt(m -> -m.entry().length())
      .thenComparing(Match::rank, Arrays::compare)
      .thenComparingInt(Match::start);

  private final Map<String, GazetteerEntry[]> byFirstWord;
  private final List<GazetteerEntry> everywhere;
  private final Optional<Pattern> validTags;
  private final Overwrite overwrite;
  private final int size;

  private Gazetteer(Map<String, GazetteerEntry[]> byFirstWord, List<GazetteerEntry> everywhere,
      Optional<Pattern> validTags, Overwrite overwrite, int size) {
    this.byFirstWord = byFirstWord;
    this.everywhere = List.copyOf(everywhere);
    this.validTags = validTags;
    this.overwrite = overwrite;
    this.size = size;
  }

  /** A builder that takes gazetteer lines one at a time. */
  public static Builder builder() {
    return new Builder();
  }

  /** The number of entries. */
  public int size() {
    return size;
  }

  /**
   * Relabels one sentence in place: {@code ner[i]} becomes an entry's type where CoreNLP's
   * fine-grained step would have put it. The three arrays are parallel, one element per token.
   */
  public void label(String[] words, String[] tags, String[] ner) {
    if (words.length != tags.length || words.length != ner.length) {
      throw new IllegalArgumentException("words, tags and ner must have one element per token: "
          + words.length + ", " + tags.length + ", " + ner.length);
    }
    String[] lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = TokenPattern.lower(words[i]);
    }
    List<Match> found = find(words, lower);
    for (Match m : nonOverlapping(found, words, lower)) {
      if (tagsAllow(tags, m) && overwrite.allows(m.entry(), ner, m.start(), m.end())) {
        Arrays.fill(ner, m.start(), m.end(), m.entry().type());
      }
    }
  }

  /** Every match, each entry's taken left to right without overlapping itself (as CoreNLP's find does). */
  private List<Match> find(String[] words, String[] lower) {
    List<Match> found = new ArrayList<>();
    Map<GazetteerEntry, Integer> nextFree = new IdentityHashMap<>();
    for (int i = 0; i < words.length; i++) {
      GazetteerEntry[] candidates = byFirstWord.get(lower[i]);
      if (candidates != null) {
        for (GazetteerEntry e : candidates) {
          tryAt(e, i, words, lower, nextFree, found);
        }
      }
      for (GazetteerEntry e : everywhere) {
        tryAt(e, i, words, lower, nextFree, found);
      }
    }
    return found;
  }

  private static void tryAt(GazetteerEntry e, int i, String[] words, String[] lower, Map<GazetteerEntry, Integer> nextFree,
      List<Match> found) {
    if (i >= nextFree.getOrDefault(e, 0) && e.matchesAt(words, lower, i)) {
      found.add(new Match(e, i, null));
      nextFree.put(e, i + e.length());
    }
  }

  /** The matches to apply, in text order: the preferred of each overlapping group (CoreNLP's IntervalTree choice). */
  private static List<Match> nonOverlapping(List<Match> found, String[] words, String[] lower) {
    if (found.size() < 2) {
      return found;
    }
    List<Match> ranked = new ArrayList<>(found.size());
    found.forEach(m -> ranked.add(new Match(m.entry(), m.start(), rank(m.entry(), words, lower))));
    ranked.sort(PREFERENCE);
    boolean[] taken = new boolean[words.length];
    List<Match> chosen = new ArrayList<>();
    for (Match m : ranked) {
      boolean free = true;
      for (int i = m.start(); i < m.end() && free; i++) {
        free = !taken[i];
      }
      if (free) {
        Arrays.fill(taken, m.start(), m.end(), true);
        chosen.add(m);
      }
    }
    chosen.sort(Comparator.comparingInt(Match::start).thenComparingInt(Match::end));
    return chosen;
  }

  /**
   * Where CoreNLP's multi-pattern matcher puts an entry among the ones it tries in a sentence:
   * entries without a literal word first, then by the first token that holds the entry's trigger
   * word, case-sensitive entries before caseless ones, then in the order read.
   */
  private static int[] rank(GazetteerEntry e, String[] words, String[] lower) {
    if (e.trigger() < 0) {
      return new int[] {-1, 0, e.order()};
    }
    TokenPattern trigger = e.tokens().get(e.trigger());
    int first = 0;
    while (first < words.length && !trigger.matches(words[first], lower[first])) {
      first++;
    }
    return new int[] {first, trigger.ignoreCase() ? 1 : 0, e.order()};
  }

  private boolean tagsAllow(String[] tags, Match m) {
    if (validTags.isEmpty()) {
      return true;
    }
    for (int i = m.start(); i < m.end(); i++) {
      if (tags[i] != null && validTags.get().matcher(tags[i]).matches()) {
        return true;
      }
    }
    return false;
  }

  /** A match of {@code entry} from token {@code start}; {@code rank} orders ties (null until needed). */
  private record Match(GazetteerEntry entry, int start, int[] rank) {
    int end() {
      return start + entry.length();
    }
  }

  /** Reads gazetteer lines into a {@link Gazetteer}, with CoreNLP's rules for duplicates. Not thread-safe. */
  public static final class Builder {

    private final List<GazetteerEntry> entries = new ArrayList<>();
    private final Map<String, Double> seen = new HashMap<>();
    private final Set<String> types = new HashSet<>();
    // shared parts: 100,000 entries hold few distinct words, types and overwritable sets, and
    // every extra object held costs start-up time in garbage collection (issue 11)
    private final Map<String, TokenPattern> words = new HashMap<>();
    private final Map<String, Set<String>> overwritables = new HashMap<>();
    private final Map<String, String> typeNames = new HashMap<>();
    private Optional<Pattern> validTags = Optional.empty();
    private Set<String> noDefaultOverwrite = Set.of("CITY");
    private int skipped;

    private Builder() {}

    /** A match is applied only if one of its tokens' parts of speech matches {@code regex} (CoreNLP's validpospattern). */
    public Builder validTags(String regex) {
      this.validTags = Optional.of(Pattern.compile(regex));
      return this;
    }

    /** Types whose entries replace a consistent label only when they name it overwritable (default CITY, as CoreNLP). */
    public Builder noDefaultOverwrite(Set<String> labels) {
      this.noDefaultOverwrite = Set.copyOf(labels);
      return this;
    }

    /**
     * Adds one line ({@code pattern TAB type [TAB overwritable,types [TAB priority]]}); a later line
     * with the same pattern is ignored unless its priority is higher. Lines that are not of this
     * shape, or that hold a TokensRegex expression, are skipped and counted ({@link #skipped()}).
     */
    public Builder add(String line, boolean ignoreCase) {
      String[] fields = line.split("\t");
      if (fields.length < 2 || fields.length > 5 || fields[0].trim().isEmpty()) {
        skipped++;
        return this;
      }
      String pattern = fields[0].trim();
      if (pattern.startsWith("( ") && pattern.endsWith(" )")) {
        skipped++;
        return this;
      }
      Optional<Double> priority = fields.length > 3 ? parse(fields[3]) : Optional.of(0.0);
      if (priority.isEmpty()) {
        skipped++;
        return this;
      }
      String[] pieces = words(pattern);
      String joined = String.join(" ", pieces);
      String key = ignoreCase ? TokenPattern.lower(joined) : joined;
      Double old = seen.get(key);
      if (old != null && priority.get() <= old) {
        return this;
      }
      seen.put(key, priority.get());
      entries.add(entry(pieces, fields, priority.get(), ignoreCase));
      return this;
    }

    private GazetteerEntry entry(String[] pieces, String[] fields, double priority, boolean ignoreCase) {
      List<TokenPattern> tokens = new ArrayList<>(pieces.length);
      for (String piece : pieces) {
        tokens.add(words.computeIfAbsent((ignoreCase ? "i" : "c") + piece, k -> TokenPattern.of(piece, ignoreCase)));
      }
      String type = typeNames.computeIfAbsent(fields[1], Builder::typeOf);
      Set<String> overwritable = fields.length < 3 ? Set.of()
          : overwritables.computeIfAbsent(fields[2], f -> Set.of(Arrays.stream(f.trim().split("\\s*,\\s*")).distinct()
              .toArray(String[]::new)));
      types.add(type);
      return new GazetteerEntry(tokens, type, overwritable, priority, entries.size(), trigger(tokens));
    }

    private static String typeOf(String field) {
      String type = field.trim();
      return type.contains(",") ? type.substring(0, type.indexOf(',')).trim() : type;
    }

    /** The pattern's whitespace-separated pieces; most are separated by single spaces, which split without a regex. */
    private static String[] words(String pattern) {
      for (int i = 0; i < pattern.length(); i++) {
        char c = pattern.charAt(i);
        if (Character.isWhitespace(c) && (c != ' ' || i + 1 < pattern.length() && pattern.charAt(i + 1) == ' ')) {
          return pattern.split("\\s+");
        }
      }
      return pattern.split(" ");
    }

    /** CoreNLP's trigger: the longest literal word, the first of equally long ones. */
    private static int trigger(List<TokenPattern> tokens) {
      int best = -1;
      for (int k = 0; k < tokens.size(); k++) {
        if (tokens.get(k).literal() && (best < 0 || length(tokens.get(k)) > length(tokens.get(best)))) {
          best = k;
        }
      }
      return best;
    }

    private static int length(TokenPattern p) {
      return p.source().equals("-LRB-") || p.source().equals("-RRB-") ? 1 : p.source().length();
    }

    private static Optional<Double> parse(String s) {
      try {
        return Optional.of(Double.parseDouble(s.trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** How many lines were skipped as malformed or unsupported. */
    public int skipped() {
      return skipped;
    }

    /** The gazetteer of every line added so far. */
    public Gazetteer build() {
      Map<String, List<GazetteerEntry>> index = new HashMap<>();
      List<GazetteerEntry> everywhere = new ArrayList<>();
      for (GazetteerEntry e : entries) {
        TokenPattern first = e.tokens().get(0);
        if (first.isRegex()) {
          everywhere.add(e);
        } else {
          first.keys().forEach(k -> index.computeIfAbsent(k, x -> new ArrayList<>(1)).add(e));
        }
      }
      Map<String, GazetteerEntry[]> byFirstWord = new HashMap<>(index.size() * 2);
      index.forEach((k, v) -> byFirstWord.put(k, v.toArray(GazetteerEntry[]::new)));
      Set<String> always = new HashSet<>(types);
      Collections.addAll(always, "O", "MISC");
      return new Gazetteer(byFirstWord, everywhere, validTags, new Overwrite(always, noDefaultOverwrite), entries.size());
    }
  }
}
