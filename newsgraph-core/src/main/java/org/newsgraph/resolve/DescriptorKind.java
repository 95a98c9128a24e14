package org.newsgraph.resolve;

/** What a {@link Descriptor} tells about its entity (issue 4). */
public enum DescriptorKind {
  /** Words before the name that give a role: "Former Attorney General", "GOP state Rep.", "businessman". */
  TITLE,
  /** A noun phrase in apposition: "the former state Supreme Court chief justice", "a former chief of staff to Sessions". */
  APPOSITIVE,
  /** A party from a party-state tag ("R" of "(R-Ala.)") or a title or appositive word; value Republican, Democrat or Independent. */
  PARTY,
  /** A US state from a party-state tag ("Ala." of "(R-Ala.)"); value the state's name ("Alabama"). */
  STATE,
  /** An age in apposition ("Sessions, 72,"); value the number. */
  AGE
}
