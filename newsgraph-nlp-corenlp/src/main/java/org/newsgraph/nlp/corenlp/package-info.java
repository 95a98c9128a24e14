/**
 * The language engine on Stanford CoreNLP ({@link org.newsgraph.nlp.corenlp.CoreNlpEngine}), the
 * one place newsgraph calls CoreNLP. Its results are newsgraph's own records.
 */
package org.newsgraph.nlp.corenlp;
