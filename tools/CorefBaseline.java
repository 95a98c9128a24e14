import edu.stanford.nlp.coref.CorefCoreAnnotations;
import edu.stanford.nlp.coref.data.CorefChain;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * CoreNLP's statistical coreference on dated text files, for comparison with newsgraph's own
 * resolver (issue 4). Not part of the build: run it from the repository root after a build with
 *
 * <pre>java -Xmx3g -cp newsgraph-cli/target/newsgraph.jar tools/CorefBaseline.java FILE... > coref.jsonl</pre>
 *
 * Writes one JSON object per file with {@code source}, {@code entities} and {@code mentions} in
 * the article contract's shape (a chain is a PERSON entity when a mention's head is tagged PERSON
 * or is he/she/him/her), and on standard error the seconds the analysis up to the dependency parse
 * took and the seconds coreference took on top of it.
 */
public final class CorefBaseline {

  public static void main(String[] args) throws Exception {
    Properties base = new Properties();
    base.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    base.setProperty("ssplit.newlineIsSentenceBreak", "two");
    base.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
    base.setProperty("ner.applyFineGrained", "true");
    base.setProperty("ner.useSUTime", "false");
    base.setProperty("depparse.maxLength", "200");
    StanfordCoreNLP analysis = new StanfordCoreNLP(base);
    Properties c = new Properties();
    c.setProperty("annotators", "coref");
    c.setProperty("coref.algorithm", "statistical");
    c.setProperty("enforceRequirements", "false");
    StanfordCoreNLP coref = new StanfordCoreNLP(c);
    long analysisNanos = 0;
    long corefNanos = 0;
    for (String file : args) {
      String text = Files.readString(Path.of(file)).replaceFirst("^\\s*date[ \\t]+\\d{4}-\\d{2}-\\d{2}\\s+", "");
      Annotation doc = new Annotation(text);
      long t0 = System.nanoTime();
      analysis.annotate(doc);
      long t1 = System.nanoTime();
      coref.annotate(doc);
      long t2 = System.nanoTime();
      analysisNanos += t1 - t0;
      corefNanos += t2 - t1;
      System.out.println(json(file, doc));
    }
    System.err.printf(Locale.ROOT, "documents %d, analysis %.1fs, coref %.1fs%n", args.length, analysisNanos / 1e9, corefNanos / 1e9);
  }

  private static String json(String file, Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    StringBuilder entities = new StringBuilder();
    StringBuilder mentions = new StringBuilder();
    int n = 0;
    for (CorefChain chain : doc.get(CorefCoreAnnotations.CorefChainAnnotation.class).values()) {
      boolean person = false;
      List<String> ms = new ArrayList<>();
      for (CorefChain.CorefMention m : chain.getMentionsInTextualOrder()) {
        List<CoreLabel> tokens = sentences.get(m.sentNum - 1).get(CoreAnnotations.TokensAnnotation.class);
        CoreLabel head = tokens.get(m.headIndex - 1);
        person |= "PERSON".equals(head.ner()) || head.word().toLowerCase(Locale.ROOT).matches("he|she|him|her|his|hers");
        ms.add(String.format(Locale.ROOT, "{\"start\":%d,\"end\":%d,\"entity\":\"c%d\",\"type\":\"%s\"}",
            tokens.get(m.startIndex - 1).beginPosition(), tokens.get(m.endIndex - 2).endPosition(), chain.getChainID(),
            m.mentionType));
      }
      entities.append(n++ == 0 ? "" : ",").append(String.format(Locale.ROOT, "{\"id\":\"c%d\",\"type\":\"%s\"}",
          chain.getChainID(), person ? "PERSON" : "OTHER"));
      for (String m : ms) {
        mentions.append(mentions.length() == 0 ? "" : ",").append(m);
      }
    }
    return "{\"source\":\"" + file + "\",\"entities\":[" + entities + "],\"mentions\":[" + mentions + "]}";
  }
}
