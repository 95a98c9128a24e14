package org.newsgraph.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Mention;
import org.newsgraph.output.ArticleJson;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.spark.EngineSpec;

/**
 * Analyses the raw articles of one partition on this executor's pipeline ({@link ExecutorPipeline}),
 * lazily, one article at a time, so a partition never sits in memory whole. An article whose
 * analysis throws becomes a failure; the task goes on.
 */
public final class AnalysePartition implements FlatMapFunction<Iterator<RawRecord>, Analysed> {

  private static final long serialVersionUID = 1L;
  private static final ArticleJson JSON = new ArticleJson();

  private final EngineSpec engine;

  public AnalysePartition(EngineSpec engine) {
    this.engine = engine;
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
        return analyse(pipeline, raws.next());
      }
    };
  }

  static Analysed analyse(ArticlePipeline pipeline, RawRecord raw) {
    Article article;
    try {
      article = pipeline.analyse(raw.toRaw());
    } catch (RuntimeException | StackOverflowError e) {
      // as BatchRunner does for extract: the article is skipped with its reason, the run goes on
      return Analysed.failed(Failure.of(raw.source(), "analysis-failed", e));
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
