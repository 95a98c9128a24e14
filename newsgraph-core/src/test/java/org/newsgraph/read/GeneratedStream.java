package org.newsgraph.read;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.RawArticle;

/**
 * A large input made as it is read (a head, then a unit repeated whole until {@code size} bytes are
 * passed, then a tail), and the sink of what is read from it, which notes how many bytes had been
 * served when the first article arrived: a reader that streams delivers it long before the end.
 */
final class GeneratedStream extends InputStream implements ReadSink {
  private final byte[] unit;
  private final byte[] tail;
  private final long size;
  private byte[] part;
  private boolean inTail;
  private int at;
  long served;
  long servedAtFirstArticle = -1;
  final List<Problem> problems = new ArrayList<>();

  GeneratedStream(String head, String unit, String tail, long size) {
    this.part = head.getBytes(StandardCharsets.UTF_8);
    this.unit = unit.getBytes(StandardCharsets.UTF_8);
    this.tail = tail.getBytes(StandardCharsets.UTF_8);
    this.size = size;
  }

  @Override
  public int read() {
    while (at == part.length) {
      if (inTail) {
        return -1;
      }
      inTail = served >= size;
      part = inTail ? tail : unit;
      at = 0;
    }
    served++;
    return part[at++] & 0xFF;
  }

  @Override
  public void article(RawArticle article) {
    if (servedAtFirstArticle < 0) {
      servedAtFirstArticle = served;
    }
  }

  @Override
  public void problem(Problem problem) {
    problems.add(problem);
  }
}
