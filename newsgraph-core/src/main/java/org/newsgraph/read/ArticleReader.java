package org.newsgraph.read;

/**
 * Reads one input into raw articles.
 *
 * <p>A reader never throws for bad input: it reports each bad record as a {@link Problem} and goes
 * on with the next. Implementations are stateless and thread-safe.
 */
public interface ArticleReader {

  /** Reads {@code input}, delivering every article and problem to {@code sink}. */
  void read(Input input, ReadOptions options, ReadSink sink);
}
