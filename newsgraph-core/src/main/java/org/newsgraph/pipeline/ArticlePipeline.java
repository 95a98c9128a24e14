package org.newsgraph.pipeline;

import java.util.List;
import java.util.Objects;
import org.newsgraph.analyse.AnnotatedArticle;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.clean.CleanArticle;
import org.newsgraph.clean.Cleaner;
import org.newsgraph.extract.FactExtractor;
import org.newsgraph.extract.QuoteExtractor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Quote;
import org.newsgraph.model.RawArticle;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedArticle;
import org.newsgraph.resolve.TimeResolver;

/**
 * The per-article pipeline: clean, analyse, resolve, extract. One pure function from a
 * {@link RawArticle} to an {@link Article}; thread-safe once built, so it runs the same in a thread
 * pool and in a Spark partition.
 */
public final class ArticlePipeline {

  private final Cleaner cleaner;
  private final NlpEngine engine;
  private final EntityResolver entities;
  private final TimeResolver times;
  private final QuoteExtractor quotes;
  private final FactExtractor facts;
  private final StageTimes stageTimes = new StageTimes();

  public ArticlePipeline(Cleaner cleaner, NlpEngine engine, EntityResolver entities, TimeResolver times,
      QuoteExtractor quotes, FactExtractor facts) {
    this.cleaner = Objects.requireNonNull(cleaner, "cleaner");
    this.engine = Objects.requireNonNull(engine, "engine");
    this.entities = Objects.requireNonNull(entities, "entities");
    this.times = Objects.requireNonNull(times, "times");
    this.quotes = Objects.requireNonNull(quotes, "quotes");
    this.facts = Objects.requireNonNull(facts, "facts");
  }

  /** Analyses one article. */
  public Article analyse(RawArticle raw) {
    long t0 = System.nanoTime();
    CleanArticle clean = cleaner.clean(raw);
    long t1 = System.nanoTime();
    AnnotatedArticle annotated = new AnnotatedArticle(clean, engine.analyse(clean.analysisText(), raw.published()));
    long t2 = System.nanoTime();
    EntityResolver.Resolution resolution = entities.resolve(annotated);
    ResolvedArticle resolved = new ResolvedArticle(
        annotated, resolution.entities(), resolution.mentions(), times.resolve(annotated), resolution.descriptors());
    long t3 = System.nanoTime();
    List<Quote> quoted = quotes.extract(resolved);
    long t4 = System.nanoTime();
    List<Fact> stated = facts.extract(resolved, quoted);
    long t5 = System.nanoTime();
    stageTimes.add(t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4);
    return new Article(raw, resolution.removed(), resolved.entities(), resolved.mentions(), quoted,
        resolved.times(), stated);
  }

  /** Time spent in each stage so far, over all threads. */
  public StageTimes stageTimes() {
    return stageTimes;
  }

  /** The version of the language engine, which a stored analysis records. */
  public String engineVersion() {
    return engine.version();
  }
}
