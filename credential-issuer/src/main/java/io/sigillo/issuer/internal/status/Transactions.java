package io.sigillo.issuer.internal.status;

import io.sigillo.issuer.status.ConnectionSource;
import io.sigillo.issuer.status.StatusStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Runs a unit of work in one database transaction (READ COMMITTED, row locks taken explicitly),
 * commits it, and retries it from the start when the database reports a transient conflict:
 * a serialization failure or deadlock (SQLSTATE class 40), a lock timeout (H2's {@code HYT00}), a
 * unique-key race (class 23, only where the work says it may race) or a lost optimistic check.
 * Anything else rolls back and fails with {@code STORE_UNAVAILABLE}; a refusal
 * ({@link StatusStoreException}) rolls back and is rethrown unchanged.
 */
public final class Transactions {
  private static final int MAX_ATTEMPTS = 50;

  /** Work done inside one transaction. */
  @FunctionalInterface
  public interface Work<T> {
    /**
     * Does the work.
     *
     * @param c the connection, in a transaction
     * @return the result
     * @throws SQLException on a database error
     * @throws StatusStoreException to refuse (rolls back)
     */
    T run(Connection c) throws SQLException, StatusStoreException;
  }

  /** Thrown by work whose optimistic check found a concurrent change; the work is retried. */
  public static final class Conflict extends SQLException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates a conflict.
     *
     * @param message what changed
     */
    public Conflict(String message) {
      super(message, "40001");
    }
  }

  private Transactions() {}

  /**
   * Runs work in a transaction, retrying transient conflicts.
   *
   * @param source connections
   * @param what a description for error messages
   * @param work the work
   * @param <T> the result type
   * @return the work's result
   * @throws StatusStoreException the work's refusal, or {@code STORE_UNAVAILABLE}
   */
  public static <T> T run(ConnectionSource source, String what, Work<T> work) throws StatusStoreException {
    SQLException last = null;
    for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      try (Connection c = source.open()) {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | StatusStoreException | RuntimeException e) {
          rollbackQuietly(c, e);
          throw e;
        }
      } catch (SQLException e) {
        if (!isTransient(e)) {
          throw new StatusStoreException(StatusStoreException.Reason.STORE_UNAVAILABLE,
              what + " failed: " + e.getMessage(), e);
        }
        last = e;
        pause(attempt);
      }
    }
    throw new StatusStoreException(StatusStoreException.Reason.STORE_UNAVAILABLE,
        what + " kept conflicting with concurrent work: " + last.getMessage(), last);
  }

  public static boolean isTransient(SQLException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        String state = ((SQLException) t).getSQLState();
        if (state != null && (state.startsWith("40") || state.equals("HYT00") || state.equals("55P03"))) {
          return true;
        }
      }
    }
    return false;
  }

  public static void pause(int attempt) {
    long max = Math.min(200, 2L << Math.min(attempt, 7));
    try {
      Thread.sleep(ThreadLocalRandom.current().nextLong(1, max + 1));
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
    }
  }

  private static void rollbackQuietly(Connection c, Exception cause) {
    try {
      c.rollback();
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }
}
