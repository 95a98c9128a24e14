/**
 * Benchmarks that hold newsgraph's stages against shared ground truth: {@link
 * org.newsgraph.evaluate.BodyScore} scores article bodies the way the public article-extraction
 * benchmark does (issue 10).
 */
package org.newsgraph.evaluate;
