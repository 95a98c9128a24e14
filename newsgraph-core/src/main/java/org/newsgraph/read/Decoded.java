package org.newsgraph.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes turned into text: UTF-8 unless a byte-order mark says UTF-16, strictly, so that bad bytes
 * are reported rather than silently replaced.
 *
 * @param text the decoded text, when the bytes were text
 * @param error why they were not, otherwise
 */
public record Decoded(Optional<String> text, Optional<String> error) {

  /** Decodes {@code bytes}; binary data (NUL bytes outside UTF-16) and invalid UTF-8 are errors. */
  public static Decoded of(byte[] bytes) {
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decode(bytes, 2, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decode(bytes, 2, StandardCharsets.UTF_16LE);
    }
    int offset = utf8Bom(bytes);
    for (int i = offset; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return failure("binary data (a NUL byte at offset " + i + "), not text");
      }
    }
    return decode(bytes, offset, StandardCharsets.UTF_8);
  }

  /** Decodes {@code bytes} from {@code offset} strictly as {@code charset}, without looking for NUL bytes. */
  static Decoded decode(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L,
        (long) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1));
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      // the decoder stops at the first bad byte: say where, so that it can be found
      return failure("undecodable bytes: not valid " + charset.name() + " at byte offset " + in.position());
    }
    return new Decoded(Optional.of(out.flip().toString()), Optional.empty());
  }

  /** The length of the UTF-8 byte-order mark {@code bytes} start with: 3, or 0 when they have none. */
  static int utf8Bom(byte[] bytes) {
    return startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
  }

  /** Whether {@code bytes} start with gzip's magic number. */
  static boolean isGzip(byte[] bytes) {
    return startsWith(bytes, 0x1F, 0x8B);
  }

  private static Decoded failure(String reason) {
    return new Decoded(Optional.empty(), Optional.of(reason));
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
