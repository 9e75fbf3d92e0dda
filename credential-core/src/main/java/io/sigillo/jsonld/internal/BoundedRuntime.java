package io.sigillo.jsonld.internal;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.rdf.canon.RdfCanonTicker;
import java.time.Duration;

/**
 * A titanium processing runtime whose time limit is per thread and per call rather than per
 * runtime instance: processed contexts keep a reference to the runtime they were built with, and a
 * cached context is shared by every thread and every document, so titanium's own ticker (which
 * counts down one budget per runtime) cannot be used.
 */
final class BoundedRuntime extends ProcessingRuntime {
  /** [0] = 1 while a deadline is active, [1] = the deadline in {@link System#nanoTime()} units. */
  private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[2]);

  /** Ticks the same per-thread deadline during RDF canonicalization. */
  static final RdfCanonTicker CANON_TICKER = () -> {
    if (expired()) {
      throw new IllegalStateException("RDF canonicalization exceeded its time limit");
    }
  };

  BoundedRuntime(JsonLdOptions options) {
    super(options);
  }

  @Override
  public void tick() throws JsonLdError {
    if (expired()) {
      throw new JsonLdError(JsonLdErrorCode.PROCESSING_TIMEOUT_EXCEEDED, "JSON-LD processing exceeded its time limit");
    }
  }

  @Override
  public void resetTicker() {
    // the deadline is absolute; nothing to reset
  }

  private static boolean expired() {
    long[] d = DEADLINE.get();
    return d[0] != 0 && System.nanoTime() - d[1] > 0;
  }

  /**
   * Starts a deadline on this thread; nested calls keep the outer (earlier) deadline.
   *
   * @param timeout the budget
   * @return a handle that ends the deadline when closed
   */
  static Deadline start(Duration timeout) {
    long[] d = DEADLINE.get();
    if (d[0] != 0) {
      return () -> { };
    }
    d[0] = 1;
    d[1] = System.nanoTime() + timeout.toNanos();
    return () -> d[0] = 0;
  }

  /** Ends a deadline. */
  interface Deadline extends AutoCloseable {
    @Override
    void close();
  }
}
