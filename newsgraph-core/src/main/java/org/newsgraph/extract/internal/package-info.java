/**
 * Internals of quote extraction (issue 5): {@link org.newsgraph.extract.internal.QuoteScanner} finds
 * quoted stretches in the text, {@link org.newsgraph.extract.internal.Attributor} finds the cue and
 * the speaker of each in the dependency parse (with
 * {@link org.newsgraph.extract.internal.SpeakerFinder} for the speaker), {@link org.newsgraph.extract.internal.ReportedSpeech}
 * finds reported speech without quotation marks, and {@link org.newsgraph.extract.internal.Speakers}
 * turns a speaker token into the mention and entity the article resolved.
 *
 * <p>Please don't depend on the APIs implemented here: they change with the rules.
 */
package org.newsgraph.extract.internal;
