import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.newsgraph.nlp.corenlp.internal.ParallelLoader;
import org.newsgraph.nlp.corenlp.internal.TransitionPredictor;

/**
 * CoreNLP's dependency parser ({@code DependencyParser.predict}) against newsgraph's {@code
 * TransitionPredictor} on the same tagged sentences: every typed dependency compared, and each timed
 * by the thread's CPU clock (issue 11; docs/performance.md). Not part of the build: run it from the
 * repository root after a build with
 *
 * <pre>java -Xmx3g -cp newsgraph-cli/target/newsgraph.jar tools/ParserCompare.java ../shared/data/polnear/dev/text 84 3</pre>
 *
 * (folder, number of texts, timed rounds after one warm-up round).
 */
public final class ParserCompare {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.sorted().limit(n).toList();
    }
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", "400");
    p.setProperty("depparse.maxLength", "200");
    AnnotationPipeline pre = ParallelLoader.load(List.of("tokenize", "ssplit", "pos"), p);
    List<CoreMap> sentences = new ArrayList<>();
    long tokens = 0;
    for (Path f : files) {
      Annotation a = new Annotation(Files.readString(f));
      pre.annotate(a);
      for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences.add(s);
        tokens += s.get(CoreAnnotations.TokensAnnotation.class).size();
      }
    }
    DependencyParser parser = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    TransitionPredictor predictor = TransitionPredictor.of(parser);
    if (predictor == null) {
      System.out.println("the predictor does not support this parser");
      return;
    }
    int differ = 0;
    for (CoreMap s : sentences) {
      String theirs = parser.predict(s).typedDependencies().toString();
      String ours = predictor.predict(s).typedDependencies().toString();
      if (!theirs.equals(ours)) {
        differ++;
        if (differ <= 5) {
          System.out.println("DIFFER:\n  " + theirs + "\n  " + ours);
        }
      }
    }
    System.out.printf("%d texts, %d sentences, %d tokens: %d sentences differ%n", files.size(), sentences.size(), tokens, differ);
    for (int r = 0; r <= rounds; r++) {
      long c0 = MX.getCurrentThreadCpuTime();
      for (CoreMap s : sentences) parser.predict(s);
      long c1 = MX.getCurrentThreadCpuTime();
      for (CoreMap s : sentences) predictor.predict(s);
      long c2 = MX.getCurrentThreadCpuTime();
      System.out.printf("round %d%s: CoreNLP %.4f, ours %.4f CPU s per text%n", r, r == 0 ? " (warm-up)" : "",
          (c1 - c0) / 1e9 / files.size(), (c2 - c1) / 1e9 / files.size());
    }
  }
}
