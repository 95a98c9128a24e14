/**
 * Resolution inside one article: {@link org.newsgraph.resolve.EntityResolver} groups mentions into
 * entities, {@link org.newsgraph.resolve.TimeResolver} normalises times against the article's date:
 * {@link org.newsgraph.resolve.NewsTimeResolver} is newsgraph's (issue 6), over the engine's SUTime
 * values; {@link org.newsgraph.resolve.EngineTimeResolver} passes the engine's values through.
 *
 * <p>{@link org.newsgraph.resolve.RuleEntityResolver} is the standard resolver (issue 4): one entity
 * per referent under every name, title, description and pronoun; it also lists, as
 * {@link org.newsgraph.resolve.Descriptor}s on {@link org.newsgraph.resolve.ResolvedArticle}, what the
 * article says each entity is (titles, appositives, ages, party-state tags), for the fact extractor.
 * {@link org.newsgraph.resolve.NameEntityResolver} is the plain one-entity-per-name baseline.
 */
package org.newsgraph.resolve;
