package org.newsgraph.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.output.ArticleJson;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.spark.EngineSpec;

/**
 * Analyses the raw articles of one partition on this executor's pipeline ({@link ExecutorPipeline}),
 * lazily, one article at a time, so a partition never sits in memory whole. As in extract, an article
 * whose analysis throws or runs past the time bound becomes a failure; the task goes on.
 */
public final class AnalysePartition implements FlatMapFunction<Iterator<RawRecord>, Analysed> {

  private static final long serialVersionUID = 1L;
  private static final ArticleJson JSON = new ArticleJson();

  private final EngineSpec engine;
  private final int maxSeconds;

  public AnalysePartition(EngineSpec engine, int maxSecondsPerArticle) {
    this.engine = engine;
    this.maxSeconds = maxSecondsPerArticle;
  }

  @Override
  public Iterator<Analysed> call(Iterator<RawRecord> raws) {
    ArticlePipeline pipeline = ExecutorPipeline.get(engine);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return raws.hasNext();
      }

      @Override
      public Analysed next() {
        return analyse(pipeline, raws.next(), maxSeconds);
      }
    };
  }

  /** One article: its JSON line and names, or a failure; never throws but when the task is killed. */
  static Analysed analyse(ArticlePipeline pipeline, RawRecord raw, int maxSeconds) {
    Future<Article> result = ExecutorPipeline.workers().submit(() -> pipeline.analyse(raw.toRaw()));
    Article article;
    try {
      article = result.get(maxSeconds, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      // the messages extract gives (BatchRunner), so the two report a bad article alike
      return Analysed.failed(Failure.of(raw.source(), "analysis-failed", e.getCause() == null ? e : e.getCause()));
    } catch (TimeoutException e) {
      result.cancel(true);
      return Analysed.failed(new Failure(raw.source(), "too-slow", "analysis took longer than " + maxSeconds
          + "s (--max-seconds-per-article); skipped"));
    } catch (InterruptedException e) {
      // Spark interrupts a task it kills: let the task end, the article with it
      result.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while analysing " + raw.source(), e);
    }
    return new Analysed(article.id(), raw.published(), JSON.toJson(article), names(article), null);
  }

  private static List<NameRow> names(Article article) {
    List<NameRow> rows = new ArrayList<>();
    for (Entity e : article.entities()) {
      int mentions = 0;
      for (Mention m : article.mentions()) {
        if (m.entity().filter(e.id()::equals).isPresent()) {
          mentions++;
        }
      }
      int count = mentions;
      NameKeys.of(e.type(), e.name()).ifPresent(key -> rows.add(new NameRow(key, e.type(), e.name(), article.id(), count)));
    }
    return rows;
  }
}
