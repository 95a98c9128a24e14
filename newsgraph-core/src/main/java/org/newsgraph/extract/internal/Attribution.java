package org.newsgraph.extract.internal;

/**
 * Who a stretch of speech is attributed to, as token indexes.
 *
 * @param cueFirst the first token of the cue, or -1 when the speaker is inherited and no cue stands
 * @param cueLast the last token of the cue, or -1
 * @param speaker the token the speaker's mention is built around (the head of the subject)
 */
public record Attribution(int cueFirst, int cueLast, int speaker) {

  public Attribution {
    if (speaker < 0) {
      throw new IllegalArgumentException("Attribution speaker must be a token index, got " + speaker);
    }
    if ((cueFirst < 0) != (cueLast < 0) || cueLast < cueFirst) {
      throw new IllegalArgumentException("Attribution cue must be a token range or none, got " + cueFirst + ".." + cueLast);
    }
  }

  public boolean hasCue() {
    return cueFirst >= 0;
  }

  /** The same speaker without a cue, for a quotation that continues this one. */
  public Attribution inherited() {
    return new Attribution(-1, -1, speaker);
  }
}
