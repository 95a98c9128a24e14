/**
 * The seam to language analysis: {@link org.newsgraph.analyse.NlpEngine} and the records it
 * returns. No NLP library type crosses this package; the CoreNLP engine lives in its own module.
 */
package org.newsgraph.analyse;
