package io.sigillo.issuer;

import java.util.Objects;

/**
 * Sealing failed: the signer refused or was unreachable, or seal material is unusable. Carries a
 * machine-readable {@link Reason}.
 */
public final class SealingException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why sealing failed. */
  public enum Reason {
    /** The signer could not produce a signature. */
    SIGNER_FAILED,
    /** A key store or PEM file could not be read or has the wrong password. */
    KEY_STORE_UNREADABLE,
    /** No private key, or no certificate, was found where one was expected. */
    KEY_NOT_FOUND,
    /** The private key does not belong to the seal certificate. */
    KEY_CERTIFICATE_MISMATCH,
    /** The key type or size is not allowed for the algorithm (for example RSA below 2048 bits). */
    UNSUPPORTED_KEY,
    /** The certificate chain is empty, out of order or not usable for sealing. */
    INVALID_CHAIN
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason the reason
   * @param message a sentence for people
   */
  public SealingException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param reason the reason
   * @param message a sentence for people
   * @param cause the underlying failure
   */
  public SealingException(Reason reason, String message, Throwable cause) {
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
