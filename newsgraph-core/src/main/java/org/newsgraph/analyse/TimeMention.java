package org.newsgraph.analyse;

/**
 * A temporal expression the engine found and normalised.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param value its TIMEX3 value ("2019-10-29", "P2Y", "XXXX-11")
 * @param type its TIMEX3 type: DATE, TIME, DURATION or SET
 * @param firstToken document-wide index of its first token
 * @param endToken document-wide index after its last token
 */
public record TimeMention(int start, int end, String value, String type, int firstToken, int endToken) {}
