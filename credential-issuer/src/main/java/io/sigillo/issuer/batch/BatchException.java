package io.sigillo.issuer.batch;

import java.util.Objects;

/**
 * A batch cannot run at all: the mapping is invalid, the input file cannot be read or is not
 * well-formed, the output cannot be written, or the store failed. Rows already confirmed stay
 * issued; a run started again resumes where this one stopped.
 */
public final class BatchException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The mapping file is invalid. */
    MAPPING_INVALID,
    /** The input cannot be read, is not in the mapping's encoding, or is not well-formed CSV. */
    INPUT_INVALID,
    /** The input's header lacks a column the mapping names. */
    COLUMN_MISSING,
    /** An output file cannot be written. */
    OUTPUT_FAILED,
    /** The store or the seal failed; nothing of the current chunk was confirmed. */
    ISSUANCE_FAILED
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason the reason
   * @param message a sentence for people
   * @param cause the underlying failure, or null
   */
  public BatchException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * The machine-readable reason.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
