import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractorImpl;
import edu.stanford.nlp.util.CoreMap;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import org.newsgraph.nlp.corenlp.internal.ParallelLoader;
import org.newsgraph.nlp.corenlp.internal.TimeWordFilter;
import org.newsgraph.nlp.corenlp.internal.TimeWords;

/**
 * SUTime as CoreNLP runs it against SUTime behind newsgraph's {@code TimeWordFilter}, sentence by
 * sentence on the same tagged text: every time expression (text, tokens, TIMEX3) and every number
 * SUTime's number finder marks are compared, and each side is timed by the thread's CPU clock
 * (issue 11; docs/performance.md). Not part of the build: run it from the repository root with
 *
 * <pre>java -Xmx3g -cp newsgraph-cli/target/newsgraph.jar tools/TimeWordCompare.java ../shared/data/polnear/dev/text 1000</pre>
 *
 * (any number of folders or files, then the most texts to read from each folder).
 */
public final class TimeWordCompare {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(args[args.length - 1]);
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length - 1; i++) {
      Path p = Path.of(args[i]);
      if (Files.isDirectory(p)) {
        try (var s = Files.walk(p)) {
          files.addAll(s.filter(Files::isRegularFile).sorted().limit(n).toList());
        }
      } else {
        files.add(p);
      }
    }
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("pos.maxlen", "400");
    AnnotationPipeline pre = ParallelLoader.load(List.of("tokenize", "ssplit", "pos", "lemma"), p);
    TimeExpressionExtractorImpl theirs = new TimeExpressionExtractorImpl("sutime", new Properties());
    TimeExpressionExtractorImpl ours = new TimeExpressionExtractorImpl("sutime", new Properties());
    TimeWordFilter.install(ours, TimeWords.load());
    long sentences = 0, skipped = 0, times = 0, differ = 0, cpuTheirs = 0, cpuOurs = 0;
    TimeWords words = TimeWords.load();
    for (Path f : files) {
      Annotation doc = new Annotation(Files.readString(f));
      pre.annotate(doc);
      Annotation d1 = new Annotation(""), d2 = new Annotation("");
      d1.set(CoreAnnotations.DocDateAnnotation.class, "2016-10-01");
      d2.set(CoreAnnotations.DocDateAnnotation.class, "2016-10-01");
      for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
        sentences++;
        if (!words.mayHoldTime(s.get(CoreAnnotations.TokensAnnotation.class))) skipped++;
        s.remove(CoreAnnotations.NumerizedTokensAnnotation.class);
        long c0 = MX.getCurrentThreadCpuTime();
        String a = describe(theirs.extractTimeExpressionCoreMaps(s, d1), s);
        long c1 = MX.getCurrentThreadCpuTime();
        s.remove(CoreAnnotations.NumerizedTokensAnnotation.class);
        long c2 = MX.getCurrentThreadCpuTime();
        String b = describe(ours.extractTimeExpressionCoreMaps(s, d2), s);
        long c3 = MX.getCurrentThreadCpuTime();
        cpuTheirs += c1 - c0;
        cpuOurs += c3 - c2;
        if (!a.isEmpty()) times++;
        if (!a.equals(b)) {
          differ++;
          System.out.println("DIFFER in " + f + ":\n  " + a + "\n  " + b);
        }
      }
    }
    System.out.printf("%d texts, %d sentences (%d with times, %d skipped by the filter): %d differ; SUTime %.4f, filtered %.4f CPU s per text%n",
        files.size(), sentences, times, skipped, differ, cpuTheirs / 1e9 / files.size(), cpuOurs / 1e9 / files.size());
  }

  static String describe(List<CoreMap> found, CoreMap sentence) {
    StringBuilder sb = new StringBuilder();
    if (found != null) {
      for (CoreMap m : found) {
        sb.append(m.get(CoreAnnotations.TextAnnotation.class)).append(' ')
            .append(m.get(CoreAnnotations.TokenBeginAnnotation.class)).append('-')
            .append(m.get(CoreAnnotations.TokenEndAnnotation.class)).append(' ')
            .append(m.get(TimeAnnotations.TimexAnnotation.class)).append("; ");
      }
    }
    List<CoreMap> numbers = sentence.get(CoreAnnotations.NumerizedTokensAnnotation.class);
    if (numbers != null) {
      for (CoreMap m : numbers) {
        if (m.containsKey(CoreAnnotations.NumericCompositeValueAnnotation.class)) {
          sb.append('#').append(m.get(CoreAnnotations.TextAnnotation.class)).append('=')
              .append(m.get(CoreAnnotations.NumericCompositeValueAnnotation.class)).append(' ');
        }
      }
    }
    return sb.toString();
  }
}
