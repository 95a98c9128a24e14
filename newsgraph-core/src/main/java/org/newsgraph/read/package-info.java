/**
 * Reading inputs into {@link org.newsgraph.model.RawArticle}s: {@link org.newsgraph.read.InputCollector}
 * turns paths into inputs, {@link org.newsgraph.read.Readers} picks the reader for each, and every
 * reader reports bad records as {@link org.newsgraph.read.Problem}s and goes on.
 */
package org.newsgraph.read;
