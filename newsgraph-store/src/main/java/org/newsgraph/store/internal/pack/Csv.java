package org.newsgraph.store.internal.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The RFC 4180 subset the pack's CSV uses: commas, double-quoted fields, doubled quotes inside. */
final class Csv {

  private Csv() {}

  /** A row with its header's column positions; blank fields are absent. */
  record Row(List<String> fields, Map<String, Integer> columns) {
    Optional<String> get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= fields.size() || fields.get(i).isBlank()) {
        return Optional.empty();
      }
      return Optional.of(fields.get(i).strip());
    }
  }

  static List<String> split(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
