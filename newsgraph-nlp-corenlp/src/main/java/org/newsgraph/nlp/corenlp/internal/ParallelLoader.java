package org.newsgraph.nlp.corenlp.internal;

import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.EntityMentionsAnnotator;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * Builds a CoreNLP pipeline with each annotator's models loaded in a thread of its own (issue 11).
 *
 * <p>{@code new StanfordCoreNLP(props)} loads its annotators one after the other through a pool
 * whose {@code get} is synchronised, so setup costs the sum of the models' load times (POS tagger,
 * NER with SUTime, dependency parser). Built here from {@link AnnotatorImplementations} with the same
 * properties, the same annotators load side by side and setup costs about the slowest of them on
 * two cores. The pipeline runs them in the order given, as StanfordCoreNLP would. Three names are
 * ours: {@code gluedsentences} ({@link GluedSentences}), {@code gazetteer} ({@link GazetteerAnnotator} on {@link FineGazetteer#load()}) and {@code
 * entitymentions} (CoreNLP's entity mentions, as its NER annotator builds them); {@code depparse}
 * is {@link BasicDependencyAnnotator}, CoreNLP's parser with only the graph newsgraph reads.
 */
public final class ParallelLoader {

  /** Annotator names this loader knows, as in CoreNLP's {@code annotators} property. */
  public static final List<String> KNOWN =
      List.of("tokenize", "gluedsentences", "ssplit", "pos", "lemma", "ner", "gazetteer", "entitymentions", "depparse");

  private ParallelLoader() {}

  /** A pipeline of {@code annotators} (names from {@link #KNOWN}, in run order) configured by {@code props}. */
  public static AnnotationPipeline load(List<String> annotators, Properties props) {
    AnnotatorImplementations impl = new AnnotatorImplementations();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, annotators.size()), daemon());
    try {
      List<CompletableFuture<Annotator>> loading = new ArrayList<>();
      for (String name : annotators) {
        Function<Properties, Annotator> maker = maker(impl, name);
        loading.add(CompletableFuture.supplyAsync(() -> maker.apply(props), pool));
      }
      AnnotationPipeline pipeline = new AnnotationPipeline();
      for (CompletableFuture<Annotator> f : loading) {
        pipeline.addAnnotator(join(f));
      }
      return pipeline;
    } finally {
      pool.shutdown();
    }
  }

  private static Function<Properties, Annotator> maker(AnnotatorImplementations impl, String name) {
    return switch (name) {
      case "tokenize" -> impl::tokenizer;
      // a full stop glued between two words by scraping ("Scott.At") ends a sentence (GluedSentences)
      case "gluedsentences" -> p -> new GluedSentences();
      case "ssplit" -> impl::wordToSentences;
      case "pos" -> impl::posTagger;
      case "lemma" -> p -> impl.morpha(p, false);
      // SUTime's rules only over sentences with a word they can make a time of (issue 11)
      case "ner" -> p -> TimeWordFilter.install(impl.ner(p), TimeWords.load());
      // our lookup in place of CoreNLP's fine-grained step, then the mentions CoreNLP's NER would build (issue 11)
      case "gazetteer" -> p -> new GazetteerAnnotator(FineGazetteer.load());
      case "entitymentions" -> p -> new EntityMentionsAnnotator("ner.entitymentions", new Properties());
      // the same parser and basic dependencies without CoreNLP's four other graphs (issue 11)
      case "depparse" -> BasicDependencyAnnotator::new;
      default -> throw new IllegalArgumentException("Unknown annotator '" + name + "'; known: " + KNOWN);
    };
  }

  private static Annotator join(CompletableFuture<Annotator> f) {
    try {
      return f.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("Cannot load a CoreNLP model: " + cause.getMessage(), cause);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "corenlp-load");
      t.setDaemon(true);
      return t;
    };
  }
}
