package org.newsgraph.extract.internal.facts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.Token;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.model.TimeExpression;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * A resolved article seen as a dependency graph: children of each token, and the mention, time and
 * quotation each token lies in. Built once per article; read-only afterwards.
 */
public final class Parse {

  private final ResolvedArticle article;
  private final List<Token> tokens;
  private final List<List<Integer>> children;
  private final int[] mentionAt;
  private final int[] timeAt;
  private final Optional<Quote>[] quoteAt;
  private final boolean[] quoted;
  /** Built once: the analysis text is made afresh on each call, and the rules ask for it per name. */
  private final String analysisText;

  @SuppressWarnings("unchecked")
  public Parse(ResolvedArticle article, List<Quote> quotes) {
    this.article = article;
    this.tokens = article.annotated().analysis().tokens();
    int n = tokens.size();
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      int h = tokens.get(i).head();
      if (h >= 0 && h < n) {
        children.get(h).add(i);
      }
    }
    mentionAt = locate(article.mentions().stream().map(Mention::span).toList());
    timeAt = locate(article.times().stream().map(TimeExpression::span).toList());
    quoteAt = new Optional[n];
    Arrays.fill(quoteAt, Optional.empty());
    for (Quote q : quotes) {
      for (int i = 0; i < n; i++) {
        if (q.span().contains(tokens.get(i).start())) {
          quoteAt[i] = Optional.of(q);
        }
      }
    }
    analysisText = article.annotated().clean().analysisText();
    quoted = QuoteMarks.insideQuotes(analysisText, tokens);
  }

  private int[] locate(List<Span> spans) {
    int[] at = new int[tokens.size()];
    Arrays.fill(at, -1);
    for (int s = 0; s < spans.size(); s++) {
      Span span = spans.get(s);
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.start() >= span.start() && t.end() <= span.end() && t.end() > t.start()) {
          at[i] = s;
        }
      }
    }
    return at;
  }

  public ResolvedArticle article() {
    return article;
  }

  public String text() {
    return article.text();
  }

  /** The text the analysis saw: the article's text with removed residue blanked, offsets unchanged. */
  public String analysisText() {
    return analysisText;
  }

  public int size() {
    return tokens.size();
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  public String word(int i) {
    return tokens.get(i).word();
  }

  /** The lower-cased lemma of token {@code i}. */
  public String lemma(int i) {
    return tokens.get(i).lemma().toLowerCase(Locale.ROOT);
  }

  public String lower(int i) {
    return tokens.get(i).word().toLowerCase(Locale.ROOT);
  }

  public String rel(int i) {
    return tokens.get(i).relation();
  }

  public int head(int i) {
    return tokens.get(i).head();
  }

  /** Whether token {@code i}'s relation is {@code rel} or a subtype of it ("nmod" matches "nmod:poss"). */
  public boolean is(int i, String rel) {
    String r = rel(i);
    return r.equals(rel) || r.startsWith(rel + ":");
  }

  public List<Integer> children(int i) {
    return children.get(i);
  }

  /** The children of {@code i} whose relation is one of {@code rels} (subtypes included). */
  public List<Integer> children(int i, String... rels) {
    List<Integer> out = new ArrayList<>();
    for (int c : children.get(i)) {
      for (String r : rels) {
        if (is(c, r)) {
          out.add(c);
          break;
        }
      }
    }
    return out;
  }

  public Optional<Integer> child(int i, String... rels) {
    List<Integer> cs = children(i, rels);
    return cs.isEmpty() ? Optional.empty() : Optional.of(cs.get(0));
  }

  /** Whether {@code i} has a child with one of the relations whose lemma is in {@code lemmas}. */
  public boolean hasChild(int i, Set<String> lemmas, String... rels) {
    return children(i, rels).stream().anyMatch(c -> lemmas.contains(lemma(c)) || lemmas.contains(lower(c)));
  }

  /** The case marker (preposition) of a nominal, lower-cased, or "". */
  public String caseOf(int i) {
    return child(i, "case").map(this::lower).orElse("");
  }

  public Sentence sentence(int i) {
    return article.annotated().analysis().sentenceOf(i);
  }

  public List<Sentence> sentences() {
    return article.annotated().analysis().sentences();
  }

  /** The first and last token index of the subtree under {@code i}, in the same sentence. */
  public int[] subtree(int i) {
    int[] range = {i, i};
    List<Integer> todo = new ArrayList<>(List.of(i));
    int guard = 0;
    while (!todo.isEmpty() && guard++ < 10_000) {
      int t = todo.remove(todo.size() - 1);
      range[0] = Math.min(range[0], t);
      range[1] = Math.max(range[1], t);
      todo.addAll(children.get(t));
    }
    return range;
  }

  /** The text span from token {@code first} to token {@code last}, both included. */
  public Span span(int first, int last) {
    return Span.of(text(), tokens.get(first).start(), tokens.get(last).end());
  }

  public String words(int first, int last) {
    return text().substring(tokens.get(first).start(), tokens.get(last).end()).replaceAll("\\s+", " ");
  }

  public Optional<Mention> mention(int i) {
    return mentionAt[i] < 0 ? Optional.empty() : Optional.of(article.mentions().get(mentionAt[i]));
  }

  public Optional<TimeExpression> time(int i) {
    return timeAt[i] < 0 ? Optional.empty() : Optional.of(article.times().get(timeAt[i]));
  }

  /** Whether token {@code i} lies between quotation marks. */
  public boolean quoted(int i) {
    return quoted[i] || quoteAt[i].isPresent();
  }

  /** The extracted quote that holds token {@code i}, when there is one. */
  public Optional<Quote> quote(int i) {
    return quoteAt[i];
  }

  public boolean isProperNoun(int i) {
    return tokens.get(i).pos().startsWith("NNP");
  }

  public boolean isVerb(int i) {
    return tokens.get(i).pos().startsWith("VB");
  }

  /** Whether {@code ancestor} dominates {@code i} in the parse. */
  public boolean dominates(int ancestor, int i) {
    int t = i;
    for (int guard = 0; t >= 0 && guard < 200; guard++) {
      if (t == ancestor) {
        return true;
      }
      t = head(t);
    }
    return false;
  }
}
