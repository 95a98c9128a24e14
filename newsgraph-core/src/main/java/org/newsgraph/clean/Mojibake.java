package org.newsgraph.clean;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Mends, for the analysis, text whose UTF-8 was read as Windows-1252 or Latin-1 by whoever scraped it
 * ("GuantÃ¡namo", "PeÃ±a", "ObamaÃ¢â‚¬â„¢s"): each such run is decoded again, as often as it was
 * encoded twice, and written back in place, padded with soft hyphens to its old length, which the
 * tokenizer drops inside a word. The text keeps its length, so every offset stays an offset into
 * the article's text as read (HOUSE_STYLE rule 7); only what the analysis sees is mended.
 */
final class Mojibake {

  private static final Charset CP1252 = Charset.forName("windows-1252");
  private static final char SOFT_HYPHEN = '\u00AD';
  /** How many times a text may have been mis-decoded over again. */
  private static final int ROUNDS = 3;

  private Mojibake() {}

  /** Mends the mis-decoded runs of {@code chars} in place; returns whether anything changed. */
  static boolean mend(char[] chars) {
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    boolean changed = false;
    for (int round = 0; round < ROUNDS; round++) {
      boolean any = false;
      int i = 0;
      while (i < chars.length) {
        int lead = byteAt(chars, i);
        int bytes = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
        int end = bytes == 0 ? -1 : runEnd(chars, i, bytes);
        String mended = end < 0 ? null : decode(utf8, chars, i, bytes);
        if (mended == null) {
          i++;
          continue;
        }
        int at = i;
        for (char c : mended.toCharArray()) {
          chars[at++] = c;
        }
        while (at < end) {
          chars[at++] = SOFT_HYPHEN;
        }
        i = end;
        any = true;
      }
      if (!any) {
        break;
      }
      changed = true;
      // soft hyphens padding an earlier round sit between the bytes of a twice-encoded character
      compactPadding(chars);
    }
    return changed;
  }

  /**
   * The byte that the character at {@code i} shows, or -1. A letter and a combining mark after it
   * count as the one character they compose ("A" and a combining tilde as "Ã"): text normalised to
   * decomposed form after it was mis-decoded.
   */
  private static int byteAt(char[] chars, int i) {
    if (chars[i] == SOFT_HYPHEN) {
      return -1; // our own padding, never a byte of what was mis-decoded
    }
    if (i + 1 < chars.length && isCombining(chars[i + 1])) {
      String composed = Normalizer.normalize(new String(chars, i, 2), Normalizer.Form.NFC);
      return composed.length() == 1 ? byteOf(composed.charAt(0)) : -1;
    }
    return byteOf(chars[i]);
  }

  private static int width(char[] chars, int i) {
    return i + 1 < chars.length && isCombining(chars[i + 1]) ? 2 : 1;
  }

  private static boolean isCombining(char c) {
    return Character.getType(c) == Character.NON_SPACING_MARK;
  }

  /** Where the {@code bytes} characters from {@code from} end, or -1 when the text ends first. */
  private static int runEnd(char[] chars, int from, int bytes) {
    int at = from;
    for (int k = 0; k < bytes; k++) {
      if (at >= chars.length) {
        return -1;
      }
      at += width(chars, at);
    }
    return at;
  }

  /** The character that the {@code length} bytes shown from {@code from} encode in UTF-8, or null when they are no such bytes. */
  private static String decode(CharsetDecoder utf8, char[] chars, int from, int length) {
    byte[] bytes = new byte[length];
    int at = from;
    for (int k = 0; k < length; k++) {
      int b = byteAt(chars, at);
      if (b < 0 || k > 0 && (b < 0x80 || b > 0xBF)) {
        return null;
      }
      bytes[k] = (byte) b;
      at += width(chars, at);
    }
    try {
      CharBuffer out = utf8.decode(ByteBuffer.wrap(bytes));
      return out.length() <= at - from ? out.toString() : null;
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The characters Windows-1252 gives bytes 0x80-0x9F, by byte (0 where it gives none). */
  private static final char[] HIGH = new char[32];

  static {
    for (int b = 0x80; b < 0xA0; b++) {
      String c = new String(new byte[] {(byte) b}, CP1252);
      HIGH[b - 0x80] = c.length() == 1 && c.charAt(0) != '\uFFFD' ? c.charAt(0) : 0;
    }
  }

  /** The Windows-1252 (or, for its five unused bytes, Latin-1) byte that shows as {@code c}, or -1. */
  private static int byteOf(char c) {
    if (c < 0x100) {
      return c; // ASCII, Latin-1, and the C1 controls Windows-1252 leaves undefined
    }
    for (int k = 0; k < HIGH.length; k++) {
      if (HIGH[k] == c) {
        return 0x80 + k;
      }
    }
    return -1;
  }

  /** Moves each run's soft hyphens to the end of the run of mended characters they pad. */
  private static void compactPadding(char[] chars) {
    int i = 0;
    while (i < chars.length) {
      if (chars[i] != SOFT_HYPHEN || i + 1 >= chars.length || chars[i + 1] == SOFT_HYPHEN || byteOf(chars[i + 1]) < 0x80) {
        i++;
        continue;
      }
      // a soft hyphen before a character that may continue a mis-decoded run: swap them
      char next = chars[i + 1];
      chars[i + 1] = SOFT_HYPHEN;
      chars[i] = next;
      i = Math.max(0, i - 1);
    }
  }
}
