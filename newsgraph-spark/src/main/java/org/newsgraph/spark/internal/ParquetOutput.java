package org.newsgraph.spark.internal;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The articles as Parquet partitioned by published month ({@code month=2019-10}, {@code month=unknown}):
 * columns {@code id}, {@code published} and {@code json} (the contract's article JSON, as in the JSON
 * Lines output), so a month of a large archive can be loaded or queried without reading the rest.
 */
public final class ParquetOutput {

  private static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("published", DataTypes.StringType, true),
      DataTypes.createStructField("month", DataTypes.StringType, false),
      DataTypes.createStructField("json", DataTypes.StringType, false)));

  private ParquetOutput() {}

  public static void write(JavaSparkContext spark, JavaRDD<Analysed> articles, String folder) {
    SparkSession session = SparkSession.builder().sparkContext(spark.sc()).getOrCreate();
    JavaRDD<Row> rows = articles.map(a -> RowFactory.create(a.id(), a.published(), a.month(), a.json()));
    Dataset<Row> frame = session.createDataFrame(rows, SCHEMA);
    frame.write().mode(SaveMode.ErrorIfExists).partitionBy("month").parquet(folder);
  }
}
