package io.sigillo.qr;

import java.util.Objects;

/**
 * A QR image or payload was refused. The {@link #code()} is machine-readable; the message is a
 * sentence for people and never contains the offending input beyond a short hint.
 */
public final class QrException extends Exception {
  private static final long serialVersionUID = 1L;

  private final QrErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the reason
   * @param message a sentence for people
   */
  public QrException(QrErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The machine-readable reason.
   *
   * @return the code
   */
  public QrErrorCode code() {
    return code;
  }
}
