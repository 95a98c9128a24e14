/**
 * Linking across articles (issue 8): name keys and nicknames, the in-memory link index, and the
 * {@link org.newsgraph.store.internal.link.Linker} that joins each article entity to a global entity.
 */
package org.newsgraph.store.internal.link;
