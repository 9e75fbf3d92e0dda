package io.sigillo.examples.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Reads a request body within a size limit and a deadline. A declared {@code Content-Length}
 * above the limit is refused before any byte of the body is read; a chunked body is read up to
 * one byte past the limit. A client that has not sent the whole body by the deadline has its
 * connection closed: the reading thread is interrupted, which closes the exchange's socket
 * channel (an interruptible channel) and ends the blocked read.
 */
final class BodyReader {
  /** The body was not received in time; the connection is closed, no response can be sent. */
  static final class TimedOut extends IOException {
    private static final long serialVersionUID = 1L;

    TimedOut(Duration timeout) {
      super("the request body was not received within " + timeout.toMillis() + " ms");
    }
  }

  private final ScheduledExecutorService watchdog;
  private final int maxBytes;
  private final Duration timeout;

  BodyReader(ScheduledExecutorService watchdog, int maxBytes, Duration timeout) {
    this.watchdog = watchdog;
    this.maxBytes = maxBytes;
    this.timeout = timeout;
  }

  /** Refuses a declared length above the limit, before anything else is done with the request. */
  void checkDeclaredLength(HttpExchange x) throws Problem {
    String declared = x.getRequestHeaders().getFirst("Content-Length");
    if (declared == null) {
      return;
    }
    long length;
    try {
      length = Long.parseLong(declared.strip());
    } catch (NumberFormatException e) {
      throw new Problem(400, "INVALID_CONTENT_LENGTH", "Bad request", "Content-Length is not a number");
    }
    if (length > maxBytes) {
      throw tooLarge();
    }
  }

  /**
   * Reads the body; call inside {@link #deadline()}.
   *
   * @throws Problem 413 past the limit
   * @throws IOException if the connection fails or is closed at the deadline
   */
  byte[] read(HttpExchange x) throws Problem, IOException {
    InputStream in = x.getRequestBody();
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 8192));
    byte[] buf = new byte[8192];
    int total = 0;
    int n;
    while ((n = in.read(buf, 0, Math.min(buf.length, maxBytes + 1 - total))) > 0) {
      total += n;
      if (total > maxBytes) {
        throw tooLarge();
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * Starts the deadline for the current thread's reading (and for the JDK server's draining of an
   * unread body when the exchange closes): past it, the thread is interrupted, which closes the
   * connection. Close it before any work that must not be interrupted.
   *
   * @return the deadline
   */
  Deadline deadline() {
    Deadline d = new Deadline(Thread.currentThread());
    d.alarm = watchdog.schedule(d::expire, timeout.toMillis(), TimeUnit.MILLISECONDS);
    return d;
  }

  private Problem tooLarge() {
    return new Problem(413, "BODY_TOO_LARGE", "Content too large", "the request body exceeds " + maxBytes
        + " bytes").header("Connection", "close");
  }

  /** Interrupts the reading thread at the deadline, only while it is still open. */
  final class Deadline implements AutoCloseable {
    private final Thread reader;
    private ScheduledFuture<?> alarm;
    private boolean open = true;
    private boolean expired;

    private Deadline(Thread reader) {
      this.reader = reader;
    }

    private synchronized void expire() {
      if (open) {
        expired = true;
        reader.interrupt();
      }
    }

    /** Whether the deadline passed (the connection is then closed). */
    synchronized boolean expired() {
      return expired;
    }

    /** The exception for a read that ended at the deadline. */
    TimedOut timedOut() {
      return new TimedOut(timeout);
    }

    @Override
    public void close() {
      alarm.cancel(false);
      synchronized (this) {
        open = false;
      }
      // an interrupt can only have been sent while open; it must not reach later work
      Thread.interrupted();
    }
  }
}
