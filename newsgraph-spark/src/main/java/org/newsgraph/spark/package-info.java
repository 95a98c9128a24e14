/**
 * The per-article analysis as an Apache Spark job (issue 12): {@link org.newsgraph.spark.SparkJob} is the
 * command-line edge for {@code spark-submit}, {@link org.newsgraph.spark.ArticleJob} wires the stages:
 *
 * <ol>
 *   <li>read: every file of the inputs (folders, globs, any Hadoop file system) through
 *       {@link org.newsgraph.read.Readers}, the readers extract uses; bad records become failures;</li>
 *   <li>analyse: {@code mapPartitions} over the raw articles, on one pipeline per executor JVM
 *       ({@code Pipelines.standard}, the wiring extract runs), built on first use and never serialised;</li>
 *   <li>write: the article JSON Lines of the contract, the failures with their reasons, optionally
 *       Parquet by published month, and the names of all articles grouped by name key.</li>
 * </ol>
 *
 * <p>Helpers live in {@code org.newsgraph.spark.internal}; nothing else may import them.
 */
package org.newsgraph.spark;
