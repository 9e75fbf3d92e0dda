package io.sigillo.issuer.status;

import java.util.Objects;

/**
 * A status store operation was refused or failed; nothing was changed. Carries a {@link Reason}.
 */
public final class StatusStoreException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why an operation was refused or failed. */
  public enum Reason {
    /** No credential with that id was issued through this store. */
    UNKNOWN_CREDENTIAL,
    /** A credential with that id is already registered. */
    DUPLICATE_CREDENTIAL,
    /** The credential is revoked; revocation is final. */
    ALREADY_REVOKED,
    /** The credential is already suspended. */
    ALREADY_SUSPENDED,
    /** Only a suspended credential can be reinstated. */
    NOT_SUSPENDED,
    /** No status list with that id exists. */
    UNKNOWN_LIST,
    /** The database schema is newer than this library. */
    SCHEMA_TOO_NEW,
    /** The database could not be reached or the operation kept conflicting; retry later. */
    STORE_UNAVAILABLE
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason the reason
   * @param message a sentence for people
   * @param cause the underlying failure, or null
   */
  public StatusStoreException(Reason reason, String message, Throwable cause) {
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
