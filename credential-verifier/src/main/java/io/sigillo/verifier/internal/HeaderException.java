package io.sigillo.verifier.internal;

import io.sigillo.verifier.ReasonCode;

/** A seal header breaks a rule. */
public final class HeaderException extends Exception {
  private static final long serialVersionUID = 1L;

  private final ReasonCode reason;

  /**
   * Creates an exception.
   *
   * @param reason the SEAL reason
   * @param message a sentence for people
   */
  public HeaderException(ReasonCode reason, String message) {
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
