package io.sigillo.issuer;

import java.util.Objects;

/** A credential could not be issued. Carries a machine-readable {@link Reason}. */
public final class IssuanceException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why issuance failed. */
  public enum Reason {
    /** The requested profile is not in the issuer's catalogue. */
    PROFILE_UNKNOWN,
    /** The credential names another issuer than the one the seal belongs to. */
    ISSUER_MISMATCH,
    /** The seal's signer failed. */
    SIGNER_FAILED,
    /** A certificate of the seal's chain is expired or not yet valid at the signing time. */
    SEAL_CERTIFICATE_NOT_VALID,
    /** A status operation was asked of an issuer configured without status lists. */
    STATUS_NOT_CONFIGURED,
    /** The status store refused or failed; the cause is a {@code StatusStoreException}. */
    STATUS_STORE_FAILED,
    /**
     * The seal's key cannot make a Data Integrity proof: {@code ecdsa-rdfc-2019} needs a P-256 or
     * P-384 key (RSA and P-521 seals can seal with JOSE only).
     */
    DATA_INTEGRITY_UNSUPPORTED,
    /** The credential could not be canonicalized as JSON-LD (see the message for the problem). */
    CANONICALIZATION_FAILED
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason the reason
   * @param message a sentence for people
   * @param cause the underlying failure, or null
   */
  public IssuanceException(Reason reason, String message, Throwable cause) {
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
