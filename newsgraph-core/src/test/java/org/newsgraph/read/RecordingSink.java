package org.newsgraph.read;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.RawArticle;

/** A sink that keeps what a reader delivers, for tests. */
final class RecordingSink implements ReadSink {
  final List<RawArticle> articles = new ArrayList<>();
  final List<Problem> problems = new ArrayList<>();

  @Override
  public void article(RawArticle article) {
    articles.add(article);
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }
}
