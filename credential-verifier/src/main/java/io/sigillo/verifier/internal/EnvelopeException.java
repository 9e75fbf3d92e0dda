package io.sigillo.verifier.internal;

import io.sigillo.verifier.ReasonCode;

/** The input could not be taken apart into header, payload and signature. */
public final class EnvelopeException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ReasonCode reason;

  /**
   * Creates an exception.
   *
   * @param reason the FORMAT or SEAL reason
   * @param message a sentence for people
   */
  public EnvelopeException(ReasonCode reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * The reason.
   *
   * @return the reason code
   */
  public ReasonCode reason() {
    return reason;
  }
}
