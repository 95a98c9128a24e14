package org.newsgraph.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The weights of a learned log-linear model shipped as a resource of this package: {@code
 * feature<TAB>weight} lines, {@code #} comments (issue 5).
 */
final class Weights {

  private Weights() {}

  /**
   * The weights in resource {@code name}; {@code trainer} names the tool that makes them again.
   *
   * @throws IllegalStateException when the resource is missing
   */
  static Map<String, Double> load(String name, String trainer) {
    InputStream in = Weights.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The model " + name + " is missing from the classpath; "
          + "rebuild newsgraph-core or train it again with " + trainer);
    }
    Map<String, Double> out = new HashMap<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int tab = line.lastIndexOf('\t');
        if (tab > 0 && !line.startsWith("#")) {
          out.put(line.substring(0, tab), Double.parseDouble(line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the model " + name + ": " + e.getMessage(), e);
    }
    return out;
  }
}
