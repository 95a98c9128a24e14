/** Writing analysed articles: the article JSON contract, and short summaries for people. */
package org.newsgraph.output;
