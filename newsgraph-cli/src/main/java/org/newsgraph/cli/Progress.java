package org.newsgraph.cli;

import java.io.PrintWriter;

/**
 * The progress line of ingest and load on standard error: articles done, articles/s and, when the total is known,
 * an ETA. On a terminal one line redrawn in place with a bar; otherwise a plain line every few seconds.
 * Thread-safe: the store writer ticks too.
 */
final class Progress {

  private static final long TERMINAL_EVERY_NANOS = 200_000_000L;
  private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;

  private final PrintWriter err;
  private final String label;
  private final int total;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastShown = started;
  private int done;
  private int shown;

  /** {@code total} is the number of articles expected, or 0 when unknown. */
  Progress(PrintWriter err, int total, boolean terminal) {
    this(err, "ingest", total, terminal);
  }

  /** A progress line that starts with {@code label} (the command's name). */
  Progress(PrintWriter err, String label, int total, boolean terminal) {
    this.err = err;
    this.label = label;
    this.total = total;
    this.terminal = terminal;
  }

  /** One more article done (stored, skipped or failed). */
  synchronized void tick() {
    done++;
    long now = System.nanoTime();
    if (now - lastShown >= (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
      lastShown = now;
      show(now, false);
    }
  }

  /** The last line, ended. */
  synchronized void finish() {
    if (done > 0 && (terminal || shown != done)) {
      show(System.nanoTime(), true);
    }
  }

  private void show(long now, boolean last) {
    shown = done;
    double seconds = Math.max((now - started) / 1e9, 1e-9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder();
    if (terminal && total > 0) {
      int width = 24;
      int filled = (int) Math.min(width, (long) width * done / total);
      line.append('[').append("#".repeat(filled)).append(" ".repeat(width - filled)).append("] ");
    }
    line.append(label).append(": ").append(done).append(total > 0 ? "/" + total : "").append(" articles, ")
        .append(String.format("%.1f articles/s", rate));
    if (total > 0 && done < total && rate > 0) {
      long eta = Math.round((total - done) / rate);
      line.append(String.format(", ETA %d:%02d", eta / 60, eta % 60));
    }
    line.append(String.format(", %.0fs", seconds));
    err.print(terminal ? "\r" + line + (last ? "\n" : "") : line + "\n");
    err.flush();
  }
}
