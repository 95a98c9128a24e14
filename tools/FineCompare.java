import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.*;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import org.newsgraph.nlp.corenlp.internal.BasicDependencyAnnotator;
import org.newsgraph.nlp.corenlp.internal.FineGazetteer;
import org.newsgraph.nlp.corenlp.internal.GazetteerAnnotator;
import org.newsgraph.nlp.corenlp.internal.ParallelLoader;

/**
 * Our gazetteer lookup against CoreNLP's fine-grained step, label by label, on the same tokens (issue
 * 11; docs/performance.md). Not part of the build: run it from the repository root after a build with
 *
 * <pre>java -Xmx3g -cp newsgraph-cli/target/newsgraph.jar tools/FineCompare.java ../shared/data/polnear/dev/text 84</pre>
 *
 * Each text is annotated twice: by CoreNLP's NER with its fine-grained step (the lean gazetteer) and
 * entity mentions, and by CoreNLP's NER without it, then our lookup and CoreNLP's entity mentions;
 * each timed by the thread's CPU clock. Every token whose label differs and every mention that
 * differs is printed. Then CoreNLP's
 * depparse annotator and ours (basic dependencies only) parse the same sentences and their basic
 * dependencies are compared edge by edge.
 */
public final class FineCompare {
  static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    List<Path> files = new ArrayList<>();
    int n = Integer.parseInt(args[args.length - 1]);
    for (int i = 0; i < args.length - 1; i++) {
      Path p = Path.of(args[i]);
      if (Files.isDirectory(p)) {
        try (var s = Files.list(p)) {
          files.addAll(s.sorted().limit(n).toList());
        }
      } else {
        files.add(p);
      }
    }
    Properties p = new Properties();
    p.setProperty("tokenize.language", "en");
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "true");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    p.setProperty("ner.combinationMode", "NORMAL");
    p.setProperty("pos.maxlen", "400");
    AnnotationPipeline pre = ParallelLoader.load(List.of("tokenize", "ssplit", "pos", "lemma"), p);
    AnnotatorImplementations impl = new AnnotatorImplementations();
    Annotator nerPlain = impl.ner(p);
    Properties fine = new Properties();
    fine.putAll(p);
    fine.setProperty("ner.applyFineGrained", "true");
    fine.setProperty("ner.buildEntityMentions", "true");
    fine.setProperty("ner.fine.regexner.mapping", FineGazetteer.mapping());
    Annotator nerFine = impl.ner(fine);
    long t1 = MX.getCurrentThreadCpuTime();
    GazetteerAnnotator ours = new GazetteerAnnotator(FineGazetteer.load());
    long t2 = MX.getCurrentThreadCpuTime();
    System.out.printf("load CPU s: our lookup %.2f%n", (t2 - t1) / 1e9);
    EntityMentionsAnnotator mentions = new EntityMentionsAnnotator("ner.entitymentions", new Properties());
    p.setProperty("depparse.maxLength", "200");
    Annotator depparse = impl.dependencies(p);
    Annotator basic = new BasicDependencyAnnotator(p);
    long cpuDepparse = 0, cpuBasic = 0, sentencesDiffer = 0, sentences = 0, mentionsDiffer = 0, mentionCount = 0;
    long cpuFine = 0, cpuPlain = 0, cpuOurs = 0, cpuMentions = 0, tokens = 0, relabelled = 0, differ = 0;
    Map<String, Integer> byPair = new TreeMap<>();
    for (Path f : files) {
      String text = Files.readString(f);
      Annotation theirs = new Annotation(text);
      Annotation a = new Annotation(text);
      for (Annotation x : List.of(theirs, a)) {
        x.set(CoreAnnotations.DocDateAnnotation.class, "2016-10-01");
        pre.annotate(x);
      }
      long c0 = MX.getCurrentThreadCpuTime();
      nerFine.annotate(theirs);
      long c1 = MX.getCurrentThreadCpuTime();
      nerPlain.annotate(a);
      long c2 = MX.getCurrentThreadCpuTime();
      List<CoreLabel> labels = a.get(CoreAnnotations.TokensAnnotation.class);
      String[] base = labels.stream().map(CoreLabel::ner).toArray(String[]::new);
      ours.annotate(a);
      long c3 = MX.getCurrentThreadCpuTime();
      mentions.annotate(a);
      long c4 = MX.getCurrentThreadCpuTime();
      cpuFine += c1 - c0;
      cpuPlain += c2 - c1;
      cpuOurs += c3 - c2;
      cpuMentions += c4 - c3;
      List<CoreLabel> them = theirs.get(CoreAnnotations.TokensAnnotation.class);
      for (int i = 0; i < base.length; i++) {
        tokens++;
        String us = labels.get(i).ner();
        if (!them.get(i).ner().equals(base[i]) || !us.equals(base[i])) relabelled++;
        if (!us.equals(them.get(i).ner())) {
          differ++;
          byPair.merge(base[i] + " -> CoreNLP " + them.get(i).ner() + ", ours " + us, 1, Integer::sum);
          StringBuilder ctx = new StringBuilder();
          for (int k = Math.max(0, i - 3); k < Math.min(base.length, i + 4); k++) ctx.append(k == i ? "[" : "").append(labels.get(k).word()).append(k == i ? "] " : " ");
          System.out.printf("DIFF %s token %d: %s/%s base %s, CoreNLP %s, ours %s | %s%n", f.getFileName(), i,
              labels.get(i).word(), labels.get(i).tag(), base[i], them.get(i).ner(), us, ctx.toString().trim());
        }
      }
      List<String> mt = mentionList(theirs), mo = mentionList(a);
      mentionCount += mt.size();
      if (!mt.equals(mo)) {
        List<String> onlyT = new ArrayList<>(mt); onlyT.removeAll(mo);
        List<String> onlyO = new ArrayList<>(mo); onlyO.removeAll(mt);
        mentionsDiffer += Math.max(onlyT.size(), onlyO.size());
        System.out.printf("MENTIONS %s: CoreNLP only %s; ours only %s%n", f.getFileName(), onlyT, onlyO);
      }
      long c5 = MX.getCurrentThreadCpuTime();
      depparse.annotate(a);
      long c6 = MX.getCurrentThreadCpuTime();
      List<String> stock = edges(a);
      basic.annotate(a);
      long c7 = MX.getCurrentThreadCpuTime();
      List<String> mine = edges(a);
      cpuDepparse += c6 - c5;
      cpuBasic += c7 - c6;
      sentences += stock.size();
      for (int i = 0; i < stock.size(); i++) {
        if (!stock.get(i).equals(mine.get(i))) {
          sentencesDiffer++;
          System.out.printf("DEPS %s sentence %d:%n  CoreNLP %s%n  ours    %s%n", f.getFileName(), i, stock.get(i), mine.get(i));
        }
      }
    }
    System.out.printf("%d texts, %d tokens, %d relabelled by either, %d differ%n", files.size(), tokens, relabelled, differ);
    byPair.forEach((k, v) -> System.out.printf("  %5d  %s%n", v, k));
    System.out.printf("%d sentences parsed, %d with different basic dependencies; CPU s/text: CoreNLP's depparse %.4f, ours %.4f%n",
        sentences, sentencesDiffer, cpuDepparse / 1e9 / files.size(), cpuBasic / 1e9 / files.size());
    System.out.printf("%d mentions (CoreNLP), %d differ%n", mentionCount, mentionsDiffer);
    System.out.printf("CPU s/text: CoreNLP's ner with its fine-grained step and mentions %.4f, without %.4f;"
        + " our lookup %.4f, entity mentions %.4f%n", cpuFine / 1e9 / files.size(), cpuPlain / 1e9 / files.size(),
        cpuOurs / 1e9 / files.size(), cpuMentions / 1e9 / files.size());
  }

  static List<String> mentionList(Annotation a) {
    List<String> out = new ArrayList<>();
    for (CoreMap m : a.get(CoreAnnotations.MentionsAnnotation.class)) {
      out.add(m.get(CoreAnnotations.TextAnnotation.class) + "@" + m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)
          + "/" + m.get(CoreAnnotations.NamedEntityTagAnnotation.class));
    }
    return out;
  }

  static List<String> edges(Annotation a) {
    List<String> out = new ArrayList<>();
    for (CoreMap s : a.get(CoreAnnotations.SentencesAnnotation.class)) {
      SemanticGraph g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      List<String> e = new ArrayList<>();
      g.edgeIterable().forEach(x -> e.add(x.getRelation() + "(" + x.getGovernor().index() + "," + x.getDependent().index() + ")"));
      g.getRoots().forEach(r -> e.add("root(" + r.index() + ")"));
      Collections.sort(e);
      out.add(String.join(" ", e));
      s.remove(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    }
    return out;
  }
}
