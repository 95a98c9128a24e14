/**
 * Helpers of the CoreNLP engine: how its annotators are loaded ({@code ParallelLoader}), our lookup
 * of CoreNLP's fine-grained gazetteer ({@code Gazetteer}, run by {@code GazetteerAnnotator} on the
 * tokens CoreNLP's NER sees, {@code NerTokens}), the parser annotator that keeps only the basic
 * dependencies ({@code BasicDependencyAnnotator}) and runs CoreNLP's parser model with the same
 * arithmetic but without its per-step overheads ({@code TransitionPredictor}), and the filter that
 * spares SUTime's rules the sentences without a word they can make a time of ({@code TimeWords},
 * {@code TimeWordFilter}) and each of its rules the sentences without a token its pattern needs
 * ({@code RuleGuards}, {@code GuardedRule}, {@code PatternCuts}). Not for use outside
 * {@code org.newsgraph.nlp.corenlp}.
 */
package org.newsgraph.nlp.corenlp.internal;
