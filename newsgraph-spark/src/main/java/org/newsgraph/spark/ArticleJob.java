package org.newsgraph.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.storage.StorageLevel;
import org.newsgraph.read.Readers;
import org.newsgraph.spark.internal.AnalysePartition;
import org.newsgraph.spark.internal.Analysed;
import org.newsgraph.spark.internal.Failure;
import org.newsgraph.spark.internal.Linking;
import org.newsgraph.spark.internal.ParquetOutput;
import org.newsgraph.spark.internal.Read;
import org.newsgraph.spark.internal.ReadFile;
import org.newsgraph.spark.internal.RawRecord;
import scala.Tuple2;

/**
 * The Spark job: read, analyse, write (issue 12). Under {@code output} it writes
 *
 * <ul>
 *   <li>{@code articles/}: the article JSON Lines of the contract, one article per line, exactly the
 *       lines extract writes (in no particular order);</li>
 *   <li>{@code failures/}: one JSON object per record that could not be read or analysed:
 *       {@code input}, {@code code}, {@code message} (a {@code Problem});</li>
 *   <li>{@code names/}: the linking stage, one JSON object per name key (see {@code internal.Linking});</li>
 *   <li>{@code provenance/}: one JSON line, the versions of newsgraph and of the engine that made the articles;</li>
 *   <li>{@code parquet/}: when asked, the articles as Parquet partitioned by {@code month}.</li>
 * </ul>
 *
 * <p>The analysed articles are persisted (memory, then disk) so that each output reuses them and
 * the language analysis runs once per article.
 */
public final class ArticleJob {

  private static final int PARTITIONS_PER_CORE = 3;

  /** Runs the job on {@code spark}; blocks until every output is written. */
  public JobSummary run(JavaSparkContext spark, JobOptions options) {
    long started = System.nanoTime();
    // folders are read recursively, as extract reads them
    spark.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
    JavaPairRDD<String, PortableDataStream> all = spark.binaryFiles(String.join(",", options.inputs()));
    JavaPairRDD<String, PortableDataStream> known = all.filter(ArticleJob::readable);
    JavaRDD<Failure> unknown = all.filter(f -> !readable(f)).map(ArticleJob::unknownType);
    JavaRDD<Read> reads = known.flatMap(new ReadFile(options.read())).persist(StorageLevel.MEMORY_AND_DISK_SER());
    int partitions = options.partitions() > 0 ? options.partitions() : PARTITIONS_PER_CORE * spark.defaultParallelism();
    JavaRDD<RawRecord> raws = reads.filter(Read::isArticle).map(Read::article).repartition(partitions);
    JavaRDD<Analysed> analysed = raws
        .mapPartitions(new AnalysePartition(options.engine(), options.maxSecondsPerArticle()))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    String out = options.output().replaceAll("/+$", "");
    JavaRDD<Analysed> articles = analysed.filter(Analysed::isArticle);
    articles.map(Analysed::json).saveAsTextFile(out + "/articles");
    JavaRDD<Failure> failures = unknown
        .union(reads.flatMap(r -> r.failed().stream().iterator()))
        .union(analysed.flatMap(a -> a.failed().stream().iterator()));
    failures.map(Failure::toJson).saveAsTextFile(out + "/failures");
    long names = new Linking().write(analysed, out + "/names");
    writeProvenance(spark, options, out + "/provenance");
    if (options.parquet()) {
      ParquetOutput.write(spark, articles, out + "/parquet");
    }
    JobSummary summary = new JobSummary(known.count() + unknown.count(), articles.count(), failures.count(), names,
        (System.nanoTime() - started) / 1e9);
    analysed.unpersist(false);
    reads.unpersist(false);
    return summary;
  }

  /**
   * One JSON line saying what made the articles, {@code {"pipelineVersion","engineVersion"}}, which
   * {@code newsgraph load} stores with each of them as ingest stores its own.
   */
  private static void writeProvenance(JavaSparkContext spark, JobOptions options, String folder) {
    String version = Optional.ofNullable(ArticleJob.class.getPackage().getImplementationVersion()).orElse("development");
    ObjectNode json = new ObjectMapper().createObjectNode()
        .put("pipelineVersion", "newsgraph " + version + " (newsgraph-spark)")
        .put("engineVersion", options.engine().version());
    spark.parallelize(List.of(json.toString()), 1).saveAsTextFile(folder);
  }

  private static boolean readable(Tuple2<String, PortableDataStream> file) {
    String path = file._1();
    return Readers.formatOf(path.substring(path.lastIndexOf('/') + 1)).isPresent();
  }

  private static Failure unknownType(Tuple2<String, PortableDataStream> file) {
    return new Failure(ReadFile.nameOf(file._1()), "unknown-type", "not a file type newsgraph reads; skipped");
  }
}
