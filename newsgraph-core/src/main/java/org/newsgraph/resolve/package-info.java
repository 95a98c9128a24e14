/**
 * Resolution inside one article: {@link org.newsgraph.resolve.EntityResolver} groups mentions into
 * entities, {@link org.newsgraph.resolve.TimeResolver} normalises times against the article's date:
 * {@link org.newsgraph.resolve.NewsTimeResolver} is newsgraph's (issue 6), over the engine's SUTime
 * values; {@link org.newsgraph.resolve.EngineTimeResolver} passes the engine's values through.
 */
package org.newsgraph.resolve;
