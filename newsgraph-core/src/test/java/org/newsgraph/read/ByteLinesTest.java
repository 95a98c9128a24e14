package org.newsgraph.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ByteLinesTest {

  private static List<String> lines(InputStream in, int max) throws IOException {
    ByteLines lines = new ByteLines(in, max);
    List<String> out = new ArrayList<>();
    for (ByteLines.Line line = lines.next(); line != null; line = lines.next()) {
      out.add(line.tooLong() ? "too long: " + line.length() : new String(line.bytes(), StandardCharsets.UTF_8));
    }
    return out;
  }

  private static InputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void splitsAsReadLineDoes() throws IOException {
    assertThat(lines(bytes("a\nb\r\nc\rd"), 100)).containsExactly("a", "b", "c", "d");
    assertThat(lines(bytes("a\n\nb\n"), 100)).containsExactly("a", "", "b");
    assertThat(lines(bytes(""), 100)).isEmpty();
    assertThat(lines(bytes("\r\n"), 100)).containsExactly("");
  }

  @Test
  void measuresButDoesNotKeepALineOverTheLimit() throws IOException {
    assertThat(lines(bytes("short\n" + "x".repeat(25) + "\nend"), 10)).containsExactly("short", "too long: 25", "end");
  }

  @Test
  void joinsALineAcrossBufferRefillsAndACrLfSplitBetweenReads() throws IOException {
    String longLine = "y".repeat(100_000);
    // a stream that hands out one byte at a time splits every line end across reads
    InputStream trickle = new ByteArrayInputStream((longLine + "\r\nz").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 1));
      }
    };
    assertThat(lines(trickle, 200_000)).containsExactly(longLine, "z");
  }
}
