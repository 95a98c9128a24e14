package org.newsgraph.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a stream into lines of bytes, undecoded, as {@link java.io.BufferedReader#readLine} splits
 * text ({@code \n}, {@code \r} or {@code \r\n} ends a line), so that a reader can decode each line on
 * its own and a bad byte costs one line, not the rest of the file. A line longer than the limit is
 * not kept, only measured, so that one runaway line cannot exhaust memory.
 */
final class ByteLines {

  /** One line without its end: its bytes, or null bytes when it is longer than the limit. */
  record Line(byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final int maxBytes;
  private final byte[] buffer = new byte[1 << 16];
  private int position;
  private int limit;

  ByteLines(InputStream in, int maxBytes) {
    this.in = in;
    this.maxBytes = maxBytes;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit && !fill()) {
        return any ? line(line, length) : null;
      }
      any = true;
      int start = position;
      while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
        position++;
      }
      int n = position - start;
      if (length + n <= maxBytes) {
        line.write(buffer, start, n);
      }
      length += n;
      if (position < limit) {
        byte end = buffer[position++];
        if (end == '\r' && (position < limit || fill()) && buffer[position] == '\n') {
          position++;
        }
        return line(line, length);
      }
    }
  }

  private Line line(ByteArrayOutputStream line, long length) {
    return length > maxBytes ? new Line(null, length) : new Line(line.toByteArray(), length);
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    position = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }
}
