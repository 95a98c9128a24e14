package org.newsgraph.model;

/** The fact types of the article contract (v1). */
public enum FactType {
  OFFICE,
  CANDIDACY,
  ENDORSEMENT,
  RESIGNATION,
  SUCCESSION,
  PARTY,
  AGE,
  AFFILIATION,
  ELECTION_RESULT,
  FUNDS,
  DEADLINE
}
