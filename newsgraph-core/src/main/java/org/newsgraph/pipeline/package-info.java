/**
 * The per-article pipeline ({@link org.newsgraph.pipeline.ArticlePipeline}) and the runner that
 * feeds it many articles on many threads ({@link org.newsgraph.pipeline.BatchRunner}).
 */
package org.newsgraph.pipeline;
