package io.sigillo.examples.cli;

import io.sigillo.issuer.batch.BatchListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress bar for batch issuance on standard error, redrawn in place with a carriage
 * return: rows done of the total, percent, credentials sealed per second and the estimated time
 * left. Redraws at most every 100 ms, and always at the end.
 */
final class ProgressBar implements BatchListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final LongSupplier nanos;
  private long start;
  private long lastDraw;
  private int total;
  private int lastLength;
  private boolean drawn;

  ProgressBar(PrintWriter err) {
    this(err, System::nanoTime);
  }

  ProgressBar(PrintWriter err, LongSupplier nanos) {
    this.err = err;
    this.nanos = nanos;
  }

  @Override
  public void started(int totalRows) {
    this.total = totalRows;
    this.start = nanos.getAsLong();
    this.lastDraw = start;
    draw(0, 0);
  }

  @Override
  public void progress(int rowsDone, int totalRows, int credentialsDone) {
    this.total = totalRows;
    long now = nanos.getAsLong();
    if (rowsDone < totalRows && now - lastDraw < REDRAW_NANOS) {
      return;
    }
    lastDraw = now;
    draw(rowsDone, credentialsDone);
  }

  /** Ends the line, so that what is printed next starts on a fresh one. */
  void finish() {
    if (drawn) {
      err.println();
      err.flush();
    }
  }

  private void draw(int rows, int credentials) {
    String line = line(rows, total, credentials, (nanos.getAsLong() - start) / 1e9);
    StringBuilder b = new StringBuilder("\r").append(line);
    for (int i = line.length(); i < lastLength; i++) {
      b.append(' ');
    }
    lastLength = line.length();
    err.print(b);
    err.flush();
    drawn = true;
  }

  /**
   * One state of the bar.
   *
   * @param rows rows handled
   * @param total all rows
   * @param credentials credentials sealed so far
   * @param seconds time since the start
   * @return the line, without carriage return
   */
  static String line(int rows, int total, int credentials, double seconds) {
    double fraction = total == 0 ? 1 : Math.min(1, (double) rows / total);
    int filled = (int) Math.round(fraction * WIDTH);
    String bar = "#".repeat(filled) + "-".repeat(WIDTH - filled);
    double rate = seconds > 0 ? credentials / seconds : 0;
    double rowRate = seconds > 0 ? rows / seconds : 0;
    String eta = rows >= total ? "done" : rowRate > 0 ? "ETA " + clock((total - rows) / rowRate) : "ETA --:--";
    return String.format(Locale.ROOT, "[%s] %d/%d rows %3d%% %.0f cred/s %s", bar, rows, total,
        (int) Math.floor(fraction * 100), rate, eta);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
