/**
 * newsgraph's per-article stages: {@code read} turns inputs into raw articles, {@code clean} finds
 * residue, {@code analyse} is the seam to language analysis, {@code resolve} builds the article's
 * entities, {@code extract} finds quotes and facts, and {@code pipeline} wires them together.
 * {@code json} writes the article JSON contract.
 */
package org.newsgraph;
