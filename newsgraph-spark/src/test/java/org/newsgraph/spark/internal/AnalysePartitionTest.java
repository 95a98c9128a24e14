package org.newsgraph.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.cli.Pipelines;
import org.newsgraph.model.RawArticle;
import org.newsgraph.output.ArticleJson;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.testing.FakeEngine;

/** One article through the executor's analysis, on a fake engine: the extract line, or a failure. */
class AnalysePartitionTest {

  private static final RawRecord RAW = RawRecord.of(new RawArticle("a1", "/news/a.txt", Optional.of(LocalDate.of(2020, 2, 11)),
      Optional.empty(), "The talks went on. Yesterday Maria Lopez spoke with Maria Lopez again.", List.of(), Optional.empty()));

  @Test
  void givesTheLineExtractWritesAndTheArticlesNames() {
    ArticlePipeline pipeline = Pipelines.standard(new FakeEngine());
    Analysed analysed = AnalysePartition.analyse(pipeline, RAW, 10);
    assertThat(analysed.isArticle()).isTrue();
    assertThat(analysed.json()).isEqualTo(new ArticleJson().toJson(Pipelines.standard(new FakeEngine()).analyse(RAW.toRaw())));
    assertThat(analysed.month()).isEqualTo("2020-02");
    assertThat(analysed.names()).extracting(NameRow::key).contains("PERSON:lopez");
  }

  @Test
  void anEngineThatThrowsGivesAFailureWithItsReason() {
    NlpEngine broken = new NlpEngine() {
      @Override
      public Analysis analyse(String text, Optional<LocalDate> date) {
        throw new IllegalStateException("no models");
      }

      @Override
      public String version() {
        return "broken";
      }
    };
    Analysed analysed = AnalysePartition.analyse(Pipelines.standard(broken), RAW, 10);
    assertThat(analysed.failed()).contains(new Failure("/news/a.txt", "analysis-failed",
        "analysis failed: IllegalStateException: no models"));
  }

  @Test
  void anAnalysisPastTheTimeBoundIsAbandonedAsTooSlow() {
    CountDownLatch never = new CountDownLatch(1);
    NlpEngine stuck = new NlpEngine() {
      @Override
      public Analysis analyse(String text, Optional<LocalDate> date) {
        try {
          never.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("interrupted");
      }

      @Override
      public String version() {
        return "stuck";
      }
    };
    Analysed analysed = AnalysePartition.analyse(Pipelines.standard(stuck), RAW, 1);
    assertThat(analysed.failed()).map(Failure::code).contains("too-slow");
  }
}
