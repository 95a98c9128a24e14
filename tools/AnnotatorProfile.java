import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;

/**
 * CPU seconds per article of each CoreNLP annotator as newsgraph's engine configures it, one thread,
 * on the first N text files of a folder (issue 11; docs/performance.md). Not part of the build: run
 * it from the repository root after a build with
 *
 * <pre>java -Xmx3g -cp newsgraph-cli/target/newsgraph.jar tools/AnnotatorProfile.java ../shared/data/polnear/dev/text 20</pre>
 *
 * Each annotator is timed with the thread's CPU clock, so the figures hold on a busy machine. The
 * NER variants run on fresh annotations of the same texts; depparse runs after the last one.
 */
public final class AnnotatorProfile {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  static Properties base() {
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyFineGrained", "true");
    p.setProperty("ner.buildEntityMentions", "true");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("depparse.maxLength", "200");
    p.setProperty("pos.maxlen", "400");
    p.setProperty("ner.maxLength", "400");
    p.setProperty("enforceRequirements", "false");
    return p;
  }

  static StanfordCoreNLP one(String annotator, String... kv) {
    Properties p = base();
    p.setProperty("annotators", annotator);
    for (int i = 0; i < kv.length; i += 2) p.setProperty(kv[i], kv[i + 1]);
    long t0 = System.nanoTime();
    StanfordCoreNLP s = new StanfordCoreNLP(p);
    System.err.printf("load %s %s: %.1fs%n", annotator, Arrays.toString(kv), (System.nanoTime() - t0) / 1e9);
    return s;
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    List<String> texts = new ArrayList<>();
    try (var s = Files.list(dir)) {
      for (Path f : s.sorted().limit(n).toList()) texts.add(Files.readString(f));
    }
    String date = "2016-10-01";
    LinkedHashMap<String, StanfordCoreNLP> pre = new LinkedHashMap<>();
    pre.put("tokenize", one("tokenize"));
    pre.put("ssplit", one("ssplit"));
    pre.put("pos", one("pos"));
    pre.put("lemma", one("lemma"));
    LinkedHashMap<String, StanfordCoreNLP> variants = new LinkedHashMap<>();
    variants.put("ner crf only", one("ner", "ner.applyNumericClassifiers", "false", "ner.useSUTime", "false", "ner.applyFineGrained", "false", "ner.buildEntityMentions", "false"));
    variants.put("ner crf+numeric+sutime", one("ner", "ner.applyFineGrained", "false", "ner.buildEntityMentions", "false"));
    variants.put("ner + full gazetteer, mentions", one("ner"));
    variants.put("ner + lean gazetteer, mentions", one("ner", "ner.fine.regexner.mapping", org.newsgraph.nlp.corenlp.internal.FineGazetteer.mapping()));
    StanfordCoreNLP dep = one("depparse");
    Map<String, Long> cpu = new LinkedHashMap<>();
    long tokens = 0, sentences = 0;
    for (int pass = 0; pass < 2; pass++) { // pass 0 = warm-up on 5 docs
      List<String> docs = pass == 0 ? texts.subList(0, Math.min(5, texts.size())) : texts;
      if (pass == 1) cpu.clear();
      for (String text : docs) {
        for (var v : variants.entrySet()) {
          Annotation a = new Annotation(text);
          a.set(CoreAnnotations.DocDateAnnotation.class, date);
          for (var e : pre.entrySet()) time(cpu, e.getKey(), e.getValue(), a);
          time(cpu, v.getKey(), v.getValue(), a);
          if (v.getKey().equals("ner + lean gazetteer, mentions")) {
            time(cpu, "depparse", dep, a);
            if (pass == 1) {
              tokens += a.get(CoreAnnotations.TokensAnnotation.class).size();
              sentences += a.get(CoreAnnotations.SentencesAnnotation.class).size();
            }
          }
        }
      }
    }
    int v = variants.size();
    System.out.printf("%d docs, %d tokens, %d sentences; CPU seconds per article (single thread)%n", texts.size(), tokens, sentences);
    for (var e : cpu.entrySet()) {
      double per = e.getValue() / 1e9 / texts.size();
      if (pre.containsKey(e.getKey())) per /= v;
      System.out.printf("  %-32s %.4f%n", e.getKey(), per);
    }
  }

  static void time(Map<String, Long> cpu, String name, StanfordCoreNLP p, Annotation a) {
    long t0 = MX.getCurrentThreadCpuTime();
    p.annotate(a);
    cpu.merge(name, MX.getCurrentThreadCpuTime() - t0, Long::sum);
  }
}
