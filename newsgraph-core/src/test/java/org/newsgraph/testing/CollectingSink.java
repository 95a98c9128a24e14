package org.newsgraph.testing;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.RawArticle;
import org.newsgraph.read.Problem;
import org.newsgraph.read.ReadSink;

/** A read sink that keeps what it is given, for tests. */
public final class CollectingSink implements ReadSink {

  public final List<RawArticle> articles = new ArrayList<>();
  public final List<Problem> problems = new ArrayList<>();

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }
}
