package io.sigillo.json;

import java.util.Objects;

/**
 * A JSON text was refused: it is malformed, ambiguous or exceeds a limit.
 *
 * <p>The {@link #code()} is machine-readable; the message is a sentence for people and never
 * contains a stack trace or the offending input beyond a short position hint.
 */
public final class StrictJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  private final JsonErrorCode code;

  /**
   * Creates an exception.
   *
   * @param code the reason code
   * @param message a human-readable sentence
   */
  public StrictJsonException(JsonErrorCode code, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
  }

  /**
   * The machine-readable reason.
   *
   * @return the code, never null
   */
  public JsonErrorCode code() {
    return code;
  }
}
