package org.newsgraph.nlp.corenlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How one token of a gazetteer entry matches a token of the text, as CoreNLP's TokensRegexNER reads
 * it: a regular expression over the token's whole text (issue 11).
 *
 * <p>Most are literal words; those CoreNLP itself treats as literal (no {@code []?.\^$()*+{}|}) are
 * its lookup keys ({@link #literal()}). A regular expression that only escapes punctuation, makes a
 * character optional or offers a few spellings ({@code Ala\.?}, {@code P[Aa]\.?}) matches exactly its
 * finite set of spellings, so it is kept as that set; anything else stays a regular expression.
 */
final class TokenPattern {

  /** The characters that make a gazetteer word a regular expression for CoreNLP (its LITERAL_PATTERN). */
  private static final String META = "[]?.\\^$()*+{}|";
  private static final int MAX_SPELLINGS = 64;

  private final String source;
  private final boolean ignoreCase;
  private final Set<String> spellings;
  private final Optional<Pattern> regex;
  private final boolean literal;

  private TokenPattern(String source, boolean ignoreCase, Set<String> spellings, Optional<Pattern> regex) {
    this.source = source;
    this.ignoreCase = ignoreCase;
    this.spellings = spellings;
    this.regex = regex;
    this.literal = isLiteral(source);
  }

  /** The pattern for one whitespace-free piece of a gazetteer entry; case is ignored when {@code ignoreCase}. */
  static TokenPattern of(String regex, boolean ignoreCase) {
    if (isLiteral(regex)) {
      // nearly every entry: no expansion to do (start-up reads 100,000 entries, issue 11)
      return new TokenPattern(regex, ignoreCase, Set.of(ignoreCase ? lower(regex) : regex), Optional.empty());
    }
    Optional<List<String>> finite = Spellings.of(regex, MAX_SPELLINGS);
    if (finite.isPresent()) {
      List<String> keys = finite.get().stream().map(s -> ignoreCase ? lower(s) : s).toList();
      return new TokenPattern(regex, ignoreCase, Set.copyOf(keys), Optional.empty());
    }
    int flags = ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0;
    return new TokenPattern(regex, ignoreCase, Set.of(), Optional.of(Pattern.compile(regex, flags)));
  }

  /** Whether a token whose text is {@code word} ({@code lowerWord} in lower case) matches. */
  boolean matches(String word, String lowerWord) {
    if (regex.isPresent()) {
      return regex.get().matcher(word).matches();
    }
    return spellings.contains(ignoreCase ? lowerWord : word);
  }

  /** The spellings this matches, lower-cased: the keys under which an entry starting with it is found. */
  List<String> keys() {
    return spellings.stream().map(TokenPattern::lower).distinct().toList();
  }

  /** Whether this is a regular expression that is not a finite set of spellings (tried at every token). */
  boolean isRegex() {
    return regex.isPresent();
  }

  /** Whether CoreNLP treats this as a literal word, which can trigger its entry (CoreNLP's ORDER of patterns). */
  boolean literal() {
    return literal;
  }

  private static boolean isLiteral(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (META.indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** The text as written in the gazetteer. */
  String source() {
    return source;
  }

  boolean ignoreCase() {
    return ignoreCase;
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  /** Expands a regular expression into its spellings when it has only a few (issue 11). */
  static final class Spellings {

    private Spellings() {}

    /**
     * The strings {@code regex} matches, when it is built only of literal characters, escaped
     * punctuation, {@code [..]} sets of single characters, {@code ?} after one of these, and
     * top-level {@code |}; empty otherwise or when there would be more than {@code max}.
     */
    static Optional<List<String>> of(String regex, int max) {
      List<String> out = new ArrayList<>();
      for (String branch : regex.split("\\|", -1)) {
        Optional<List<String>> b = branch(branch, max);
        if (b.isEmpty() || out.size() + b.get().size() > max) {
          return Optional.empty();
        }
        out.addAll(b.get());
      }
      return Optional.of(out);
    }

    private static Optional<List<String>> branch(String p, int max) {
      List<String> seqs = new ArrayList<>(List.of(""));
      int i = 0;
      while (i < p.length()) {
        List<String> options = new ArrayList<>();
        int next = atom(p, i, options);
        if (next < 0) {
          return Optional.empty();
        }
        if (next < p.length() && p.charAt(next) == '?') {
          options.add("");
          next++;
        }
        List<String> grown = new ArrayList<>();
        for (String s : seqs) {
          options.forEach(o -> grown.add(s + o));
        }
        if (grown.size() > max) {
          return Optional.empty();
        }
        seqs = grown;
        i = next;
      }
      return Optional.of(seqs);
    }

    /** Reads one atom at {@code i} into {@code options}; the index after it, or -1 if it is not a simple one. */
    private static int atom(String p, int i, List<String> options) {
      char c = p.charAt(i);
      if (c == '\\') {
        if (i + 1 >= p.length() || Character.isLetterOrDigit(p.charAt(i + 1))) {
          return -1; // \d, \w, \s, back references: a real regular expression
        }
        options.add(String.valueOf(p.charAt(i + 1)));
        return i + 2;
      }
      if (c == '[') {
        int close = p.indexOf(']', i + 1);
        if (close < 0) {
          return -1;
        }
        String set = p.substring(i + 1, close);
        if (set.isEmpty() || set.startsWith("^") || set.contains("-") || set.contains("\\") || set.contains("[")) {
          return -1;
        }
        set.chars().forEach(ch -> options.add(String.valueOf((char) ch)));
        return close + 1;
      }
      if ("]?.^$()*+{}|".indexOf(c) >= 0) {
        return -1;
      }
      options.add(String.valueOf(c));
      return i + 1;
    }
  }
}
