/**
 * Resolution inside one article: {@link org.newsgraph.resolve.EntityResolver} groups mentions into
 * entities, {@link org.newsgraph.resolve.TimeResolver} normalises times against the article's date.
 */
package org.newsgraph.resolve;
