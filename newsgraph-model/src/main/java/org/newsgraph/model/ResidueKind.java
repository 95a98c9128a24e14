package org.newsgraph.model;

/** The kinds of residue of the article contract, with their JSON names. */
public enum ResidueKind {
  INLINE_WIDGET("inline-widget"),
  BOILERPLATE("boilerplate"),
  NAVIGATION("navigation"),
  OTHER("other");

  private final String json;

  ResidueKind(String json) {
    this.json = json;
  }

  /** The name the contract uses for this kind. */
  public String json() {
    return json;
  }
}
