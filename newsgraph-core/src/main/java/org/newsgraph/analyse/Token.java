package org.newsgraph.analyse;

/**
 * One token of an analysed text.
 *
 * @param start offset of its first character
 * @param end offset after its last character
 * @param word the token as written
 * @param pos its Penn Treebank part of speech
 * @param lemma its lemma
 * @param ner its named-entity tag, fine-grained where the engine has one (PERSON, CITY, TITLE, DATE, O, ...)
 * @param sentence the index of its sentence
 * @param head the document-wide index of its syntactic head, or -1 for a sentence root
 * @param relation its dependency relation to the head (Universal Dependencies), "root" for a root
 */
public record Token(
    int start, int end, String word, String pos, String lemma, String ner, int sentence, int head, String relation) {

  public boolean isNamed() {
    return !"O".equals(ner);
  }
}
