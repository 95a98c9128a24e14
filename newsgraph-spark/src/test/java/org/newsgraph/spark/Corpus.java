package org.newsgraph.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A small corpus written for the Spark tests: dated text files, a JSON Lines file, and bad records of
 * every kind the readers report. Names are made up; sentences are the common shapes of news.
 */
final class Corpus {

  static final List<String> PEOPLE = List.of("Maria Lopez", "David Chen", "Sarah Okafor", "Thomas Becker",
      "Linda Park", "Robert Haines");
  static final List<String> TITLES = List.of("Governor", "Senator", "Mayor");
  static final List<String> STATES = List.of("Ohio", "Texas", "Oregon", "Maine", "Nevada");
  static final List<String> DAYS = List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday");

  /** Articles the readers accept. */
  static final int TEXT_FILES = 18;
  static final int GOOD_JSON_LINES = 10;
  /** Records they reject: a bad JSON line, a JSON line without text, a binary file, an empty file. */
  static final int BAD_RECORDS = 4;

  private Corpus() {}

  static String story(int i) {
    String person = PEOPLE.get(i % PEOPLE.size());
    String surname = person.substring(person.indexOf(' ') + 1);
    String other = PEOPLE.get((i + 2) % PEOPLE.size());
    return TITLES.get(i % TITLES.size()) + " " + person + " of " + STATES.get(i % STATES.size()) + " said on "
        + DAYS.get(i % DAYS.size()) + " that the budget bill would pass by March. " + surname
        + " met " + other + " in Washington last week.\n\n\"We will not wait,\" " + surname + " said.";
  }

  /** Writes the corpus under {@code root}; returns {@code root}. */
  static Path write(Path root) throws IOException {
    Path texts = Files.createDirectories(root.resolve("texts/2020"));
    for (int i = 0; i < TEXT_FILES; i++) {
      String header = i % 3 == 0 ? "" : "date 2020-0" + (1 + i % 9) + "-1" + (i % 10) + "\n";
      Files.writeString(texts.resolve(String.format("story-%02d.txt", i)), header + story(i));
    }
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < GOOD_JSON_LINES; i++) {
      lines.append("{\"title\":\"Budget talks ").append(i).append("\",\"maintext\":")
          .append(quoted(story(TEXT_FILES + i))).append(",\"date_publish\":\"2019-1").append(i % 3)
          .append(String.format("-%02d", 1 + i)).append(" 09:00:00\"}\n");
      if (i == 3) {
        lines.append("{\"maintext\": broken\n");
      }
      if (i == 6) {
        lines.append("{\"title\":\"No body\"}\n");
      }
    }
    Files.writeString(root.resolve("feed.jsonl"), lines);
    Files.write(root.resolve("texts/binary.txt"), new byte[] {'a', 0, 'b'});
    Files.writeString(root.resolve("texts/empty.txt"), "date 2020-01-01\n");
    Files.writeString(root.resolve("notes.csv"), "not,an,article\n", StandardCharsets.UTF_8);
    return root;
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
