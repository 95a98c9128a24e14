package org.newsgraph.read;

import org.newsgraph.model.RawArticle;

/** Where a reader delivers what it read: articles, and problems for what it could not read. */
public interface ReadSink {

  /** An article was read. */
  void article(RawArticle article);

  /** An input or a record of it could not be read; reading goes on. */
  void problem(Problem problem);
}
