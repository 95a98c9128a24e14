package org.newsgraph.cli;

import picocli.CommandLine.IVersionProvider;

/** newsgraph's version, from the jar's manifest when built. */
final class Version implements IVersionProvider {

  static String get() {
    String v = Version.class.getPackage().getImplementationVersion();
    return v == null ? "development" : v;
  }

  @Override
  public String[] getVersion() {
    return new String[] {"newsgraph " + get()};
  }
}
