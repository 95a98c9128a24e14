package org.newsgraph.nlp.corenlp.internal;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's fine-grained NER gazetteer without its long tail of cities (issue 11).
 *
 * <p>CoreNLP's {@code regexner_caseless.tab} has 582,000 entries, 533,000 of them CITY names that
 * only relabel words the statistical model left untagged ({@code MISC} is their only overwritable
 * type, and our one NER model has no MISC). Loading them costs most of the engine's setup (about
 * 100 seconds on a busy two-core machine) for labels newsgraph hardly reads: a place the model
 * tags LOCATION stays a place. This keeps every TITLE, COUNTRY, STATE_OR_PROVINCE, NATIONALITY,
 * IDEOLOGY, RELIGION, CRIMINAL_CHARGE and CAUSE_OF_DEATH entry, and the CITY entries that
 * refine a LOCATION the model found, in a temporary file for {@code ner.fine.regexner.mapping}.
 */
public final class FineGazetteer {

  /** CoreNLP's caseless gazetteer in its models jar. */
  public static final String CASELESS = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  /** CoreNLP's cased gazetteer in its models jar, used as it is (4,900 entries). */
  public static final String CASED = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_cased.tab";

  /** The parts of speech of which a match must have one, as CoreNLP's default fine-grained step asks. */
  public static final String VALID_TAGS = "(NN|JJ|ADD).*";

  private FineGazetteer() {}

  /**
   * The lean gazetteer for our own lookup ({@link GazetteerAnnotator}): the caseless file without
   * its tail of cities, case ignored, then the cased file, as {@link #mapping()} gives them to
   * CoreNLP (issue 11). Reads CoreNLP's models jar: about half a second.
   */
  public static Gazetteer load() {
    Gazetteer.Builder builder = Gazetteer.builder().validTags(VALID_TAGS);
    try (BufferedReader caseless = open(CASELESS); BufferedReader cased = open(CASED)) {
      for (String line = caseless.readLine(); line != null; line = caseless.readLine()) {
        if (keep(line)) {
          builder.add(line, true);
        }
      }
      for (String line = cased.readLine(); line != null; line = cased.readLine()) {
        builder.add(line, false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read CoreNLP's fine-grained NER gazetteer: " + e.getMessage(), e);
    }
    return builder.build();
  }

  /** The mapping property for CoreNLP's fine-grained step, as CoreNLP's default but with the lean caseless file. */
  public static String mapping() {
    return "ignorecase=true,validpospattern=(NN|JJ|ADD).*," + lean() + ";" + CASED;
  }

  private static synchronized String lean() {
    try {
      Path file = Files.createTempFile("newsgraph-regexner-", ".tab");
      file.toFile().deleteOnExit();
      try (BufferedReader in = open(CASELESS); BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (keep(line)) {
            out.write(line);
            out.write('\n');
          }
        }
      }
      return file.toString();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the fine-grained NER gazetteer: " + e.getMessage(), e);
    }
  }

  /** Whether a gazetteer line ({@code pattern TAB type TAB overwritable TAB priority}) stays. */
  static boolean keep(String line) {
    // no split: start-up reads 533,000 city lines (issue 11)
    int tab = line.indexOf('\t');
    int after = tab + 5;
    boolean city = tab >= 0 && line.startsWith("CITY", tab + 1) && (line.length() == after || line.charAt(after) == '\t');
    if (!city) {
      return true;
    }
    int end = line.indexOf('\t', after + 1);
    return line.length() > after && line.substring(after + 1, end < 0 ? line.length() : end).contains("LOCATION");
  }

  private static BufferedReader open(String resource) throws IOException {
    InputStream in = FineGazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException("no " + resource + " on the class path (the CoreNLP models jar)");
    }
    InputStream body = resource.endsWith(".gz") ? new GZIPInputStream(in) : in;
    return new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8), 1 << 16);
  }
}
