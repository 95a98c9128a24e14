/**
 * The {@code newsgraph} command line: thin picocli commands that parse options into typed records,
 * call the pipeline, and render the results.
 */
package org.newsgraph.cli;
