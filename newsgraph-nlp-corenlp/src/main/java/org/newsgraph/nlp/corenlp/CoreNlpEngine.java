package org.newsgraph.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.analyse.Analysis;
import org.newsgraph.analyse.NamedSpan;
import org.newsgraph.analyse.NlpEngine;
import org.newsgraph.analyse.Sentence;
import org.newsgraph.analyse.TimeMention;
import org.newsgraph.analyse.Token;
import org.newsgraph.nlp.corenlp.internal.FineGazetteer;
import org.newsgraph.nlp.corenlp.internal.ParallelLoader;

/**
 * The {@link NlpEngine} on Stanford CoreNLP: tokenize, ssplit, pos, lemma, ner (with SUTime and,
 * by default, fine-grained types from our own lookup of CoreNLP's gazetteer) and depparse.
 *
 * <p>Building one loads the models (10–30 seconds, about 1.5 GB); build one per process and share
 * it. {@link #analyse} is thread-safe. CoreNLP's types never leave this class.
 */
public final class CoreNlpEngine implements NlpEngine {

  /** Names what analysis gives: change it with anything that changes an analysis (cached analyses are kept by it). */
  private static final String VERSION_PREFIX = "corenlp-4.5.10+glued/";

  private final AnnotationPipeline pipeline;
  private final String version;

  /** Loads the models, each annotator's in a thread of its own (issue 11: setup time). */
  public CoreNlpEngine(CoreNlpOptions options) {
    Properties p = properties(options);
    this.pipeline = ParallelLoader.load(List.of(p.getProperty("annotators").split(",")), p);
    this.version = versionOf(options);
  }

  /** The version an engine with {@code options} reports, known without loading it. */
  public static String versionOf(CoreNlpOptions options) {
    return VERSION_PREFIX + options.describe();
  }

  @Override
  public String version() {
    return version;
  }

  static Properties properties(CoreNlpOptions options) {
    Properties p = new Properties();
    boolean lookup = options.fineGrained() == CoreNlpOptions.FineGrained.LOOKUP;
    p.setProperty("annotators", "tokenize,gluedsentences,ssplit,pos,lemma,ner" + (lookup ? ",gazetteer,entitymentions" : "")
        + (options.dependencies() ? ",depparse" : ""));
    p.setProperty("tokenize.language", "en");
    // a blank line ends a sentence: headlines, bylines and list items have no full stop
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("ner.model", String.join(",", options.nerModels()));
    p.setProperty("ner.applyNumericClassifiers", "true");
    p.setProperty("ner.useSUTime", "true");
    // LOOKUP: CoreNLP's NER stops before its fine-grained step; our gazetteer and its entity mentions follow
    p.setProperty("ner.applyFineGrained", Boolean.toString(!lookup && options.fineGrained() != CoreNlpOptions.FineGrained.OFF));
    if (options.fineGrained() == CoreNlpOptions.FineGrained.LEAN) {
      p.setProperty("ner.fine.regexner.mapping", FineGazetteer.mapping());
    }
    p.setProperty("ner.buildEntityMentions", Boolean.toString(!lookup));
    p.setProperty("ner.combinationMode", "NORMAL");
    // meant to leave very long "sentences" unparsed, but CoreNLP 4.5.10's parser reads no maxLength:
    // every sentence is parsed (issue 11, docs/performance.md); kept so that the analysis stays as it was
    p.setProperty("depparse.maxLength", "200");
    p.setProperty("pos.maxlen", "400");
    p.setProperty("ner.maxLength", "400");
    return p;
  }

  @Override
  public Analysis analyse(String text, Optional<LocalDate> documentDate) {
    Annotation document = new Annotation(text);
    documentDate.ifPresent(d -> document.set(CoreAnnotations.DocDateAnnotation.class, d.toString()));
    pipeline.annotate(document);
    return toAnalysis(document);
  }

  private static Analysis toAnalysis(Annotation document) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<NamedSpan> names = new ArrayList<>();
    List<TimeMention> times = new ArrayList<>();
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap sentence = coreSentences.get(s);
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int first = tokens.size();
      int[] heads = new int[labels.size()];
      String[] relations = new String[labels.size()];
      readDependencies(sentence, first, heads, relations);
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel t = labels.get(i);
        tokens.add(new Token(t.beginPosition(), t.endPosition(), t.word(), orO(t.tag()), orO(t.lemma()),
            orO(t.ner()), s, heads[i], relations[i]));
      }
      if (!labels.isEmpty()) {
        sentences.add(new Sentence(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition(),
            first, tokens.size()));
      }
      readMentions(sentence, first, names, times);
    }
    return new Analysis(tokens, sentences, names, times);
  }

  private static void readDependencies(CoreMap sentence, int first, int[] heads, String[] relations) {
    java.util.Arrays.fill(heads, -1);
    java.util.Arrays.fill(relations, "dep");
    SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
    if (graph == null) {
      return;
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int dependent = edge.getDependent().index() - 1;
      heads[dependent] = first + edge.getGovernor().index() - 1;
      relations[dependent] = edge.getRelation().toString();
    }
    graph.getRoots().forEach(root -> relations[root.index() - 1] = "root");
  }

  private static void readMentions(CoreMap sentence, int first, List<NamedSpan> names, List<TimeMention> times) {
    List<CoreMap> mentions = sentence.get(CoreAnnotations.MentionsAnnotation.class);
    if (mentions == null) {
      return;
    }
    int sentenceStart = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    for (CoreMap m : mentions) {
      int begin = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int end = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
      int firstToken = first + m.get(CoreAnnotations.TokenBeginAnnotation.class) - sentenceStart;
      int endToken = first + m.get(CoreAnnotations.TokenEndAnnotation.class) - sentenceStart;
      String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
      Timex timex = m.get(TimeAnnotations.TimexAnnotation.class);
      if (timex != null && timex.value() != null) {
        times.add(new TimeMention(begin, end, timex.value(), timex.timexType(), firstToken, endToken));
      } else if (timex != null && timex.altVal() != null) {
        times.add(new TimeMention(begin, end, timex.altVal(), timex.timexType(), firstToken, endToken));
      }
      if (type != null) {
        names.add(new NamedSpan(begin, end, type, firstToken, endToken));
      }
    }
  }

  private static String orO(String s) {
    return s == null ? "O" : s;
  }
}
