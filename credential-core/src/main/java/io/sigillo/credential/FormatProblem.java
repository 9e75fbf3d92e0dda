package io.sigillo.credential;

import java.util.Objects;

/**
 * One reason a credential document is not well-formed.
 *
 * @param code the machine-readable reason
 * @param path where in the document, as a JSONPath-like string such as
 *     {@code $.credentialSubject.hasClaim.title}
 * @param message a sentence for people
 */
public record FormatProblem(FormatCode code, String path, String message) {
  /**
   * Validates the components.
   *
   * @throws NullPointerException if a component is null
   */
  public FormatProblem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return code + " at " + path + ": " + message;
  }
}
