import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.Token;
import org.newsgraph.nlp.corenlp.CoreNlpEngine;
import org.newsgraph.nlp.corenlp.CoreNlpOptions;

/**
 * Prints how our default analysis parses a text, one token a line in the hand-parse format of the
 * core tests' {@code ParsedArticle} ("word lemma POS NER head relation", heads counted from 1 within
 * the sentence, 0 for the root), so that a unit test can be written from a real parse. Not part of
 * the build: after a build, from the repository root,
 *
 * <pre>java -cp newsgraph-cli/target/newsgraph.jar tools/ParseDump.java "Rick Dearborn, a former aide, left."</pre>
 *
 * or {@code tools/ParseDump.java --file PATH}.
 */
public final class ParseDump {
  public static void main(String[] args) throws Exception {
    String text = args[0].equals("--file") ? Files.readString(Path.of(args[1])) : String.join(" ", args);
    Analysis a = new CoreNlpEngine(CoreNlpOptions.defaults()).analyse(text, Optional.of(LocalDate.now()));
    for (var s : a.sentences()) {
      System.out.println("# " + text.substring(s.start(), s.end()));
      for (int i = s.firstToken(); i < s.endToken(); i++) {
        Token t = a.tokens().get(i);
        int head = t.head() < 0 ? 0 : t.head() - s.firstToken() + 1;
        System.out.printf("%s %s %s %s %d %s%n", t.word(), t.lemma(), t.pos(), t.ner(), head, t.relation());
      }
    }
  }
}
