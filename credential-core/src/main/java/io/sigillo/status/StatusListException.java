package io.sigillo.status;

import java.util.Objects;

/**
 * A status list or status entry could not be used; carries the W3C {@link StatusErrorCode}.
 */
public final class StatusListException extends Exception {
  private static final long serialVersionUID = 1L;

  private final StatusErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the W3C error code
   * @param message a sentence for people
   */
  public StatusListException(StatusErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * Creates an exception with a cause.
   *
   * @param code the W3C error code
   * @param message a sentence for people
   * @param cause the underlying failure
   */
  public StatusListException(StatusErrorCode code, String message, Throwable cause) {
    super(message, cause);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The W3C error code.
   *
   * @return the code
   */
  public StatusErrorCode code() {
    return code;
  }

  @Override
  public String toString() {
    return code + ": " + getMessage();
  }
}
