/**
 * The knowledge base (issue 8): {@link org.newsgraph.store.Store} keeps analysed articles, links their
 * entities into global entities (with the US Congress knowledge pack's KB ids), and answers questions:
 * who, quotes, facts, search, stats, export. Open one with {@link org.newsgraph.store.Store#open}.
 */
package org.newsgraph.store;
