/**
 * The residue finders behind {@link org.newsgraph.clean.ResidueCleaner}: person cards, boilerplate
 * lines, embedded posts. Not an API: other packages and modules must not depend on it (HOUSE_STYLE
 * rule 1).
 */
package org.newsgraph.clean.internal;
