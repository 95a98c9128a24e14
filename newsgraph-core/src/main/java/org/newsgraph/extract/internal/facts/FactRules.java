package org.newsgraph.extract.internal.facts;

import java.util.List;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Quote;
import org.newsgraph.resolve.ResolvedArticle;

/**
 * Runs the fact rules over one article, in an order that lets later rules use earlier facts: titles
 * first, so that "his former attorney general" can find the person who holds that office.
 */
public final class FactRules {

  private FactRules() {}

  /** The facts the article states, with evidence, dates and status. */
  public static List<Fact> find(ResolvedArticle article, List<Quote> quotes) {
    Context cx = new Context(new Parse(article, quotes), article.annotated().clean().raw().published());
    NameRule.apply(cx);
    Verbs.apply(cx);
    Campaigns.apply(cx);
    Groups.apply(cx);
    Money.apply(cx);
    Deadlines.apply(cx);
    return cx.facts();
  }
}
