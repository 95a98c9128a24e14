/**
 * Helpers of the CoreNLP engine: how its annotators are loaded ({@code ParallelLoader}), our lookup
 * of CoreNLP's fine-grained gazetteer ({@code Gazetteer}, run by {@code GazetteerAnnotator} on the
 * tokens CoreNLP's NER sees, {@code NerTokens}) and the parser annotator that keeps only the basic
 * dependencies ({@code BasicDependencyAnnotator}). Not for use outside {@code org.newsgraph.nlp.corenlp}.
 */
package org.newsgraph.nlp.corenlp.internal;
