package org.newsgraph.analyse;

/**
 * A named-entity mention the engine found: a run of tokens with one entity type.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param type its fine-grained type (PERSON, ORGANIZATION, CITY, STATE_OR_PROVINCE, MONEY, ...)
 * @param firstToken document-wide index of its first token
 * @param endToken document-wide index after its last token
 */
public record NamedSpan(int start, int end, String type, int firstToken, int endToken) {}
