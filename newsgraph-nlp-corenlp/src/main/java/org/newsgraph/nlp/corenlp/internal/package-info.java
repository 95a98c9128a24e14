/**
 * Helpers of the CoreNLP engine: how its annotators are loaded. Not for use outside
 * {@code org.newsgraph.nlp.corenlp}.
 */
package org.newsgraph.nlp.corenlp.internal;
