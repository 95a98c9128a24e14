/**
 * Internals of the Spark job: the serializable rows that travel between stages, the functions that
 * run on the executors, and the per-executor pipeline. Please don't depend on these from elsewhere.
 */
package org.newsgraph.spark.internal;
