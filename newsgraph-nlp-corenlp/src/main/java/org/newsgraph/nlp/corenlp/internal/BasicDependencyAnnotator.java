package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.PropertiesUtils;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * CoreNLP's neural dependency parser, keeping only the basic dependencies (issue 11).
 *
 * <p>CoreNLP's {@code depparse} annotator converts each parse into five graphs (basic, collapsed,
 * CC-processed, enhanced, enhanced++); newsgraph reads only the basic one, and the other four cost
 * more than the parse itself. This runs the same parser, loaded from the same model with the same
 * {@code depparse.*} properties, and builds the basic graph as CoreNLP does, so the dependencies are
 * identical. Like CoreNLP's annotator it parses every sentence, however long. Thread-safe.
 */
public final class BasicDependencyAnnotator implements Annotator {

  private final DependencyParser parser;
  /** The same parse without CoreNLP's per-step costs; null where it does not reproduce this parser. */
  private final TransitionPredictor predictor;

  /** Loads the parser named by {@code depparse.model} (CoreNLP's English UD model by default). */
  public BasicDependencyAnnotator(Properties props) {
    Properties own = PropertiesUtils.extractPrefixedProperties(props, "depparse.");
    this.parser = DependencyParser.loadFromModelFile(own.getProperty("model", DependencyParser.DEFAULT_MODEL), own);
    this.predictor = TransitionPredictor.of(parser);
  }

  @Override
  public void annotate(Annotation annotation) {
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    for (CoreMap sentence : sentences) {
      GrammaticalStructure parse = predictor != null ? predictor.predict(sentence) : parser.predict(sentence);
      SemanticGraph basic = SemanticGraphFactory.makeFromTree(parse, SemanticGraphFactory.Mode.BASIC,
          GrammaticalStructure.Extras.NONE, null);
      sentence.set(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class, basic);
    }
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requires() {
    return Set.of(CoreAnnotations.TokensAnnotation.class, CoreAnnotations.SentencesAnnotation.class,
        CoreAnnotations.PartOfSpeechAnnotation.class);
  }

  @Override
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return Set.of(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
  }
}
