/**
 * Internals of fact extraction (issue 7); please don't depend on them. A {@link
 * org.newsgraph.extract.internal.facts.Parse} views the article as a dependency graph, {@code Who}
 * finds the entity a token refers to, {@code Claim} reads negation, modality and attribution, {@code
 * When} the dates, and one rule class per source of facts (titles and appositives, verbs, campaigns,
 * groups, money, deadlines) adds what it finds to the shared {@code Context}.
 */
package org.newsgraph.extract.internal.facts;
