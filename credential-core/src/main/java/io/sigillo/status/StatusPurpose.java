package io.sigillo.status;

import java.util.Optional;

/**
 * The purposes a Bitstring Status List entry can serve ({@code statusPurpose}).
 *
 * <p>Sigillo issuers use {@link #REVOCATION} (final) and {@link #SUSPENSION} (reversible); the
 * verifier also reads {@link #REFRESH} and {@link #MESSAGE} entries written by others.
 */
public enum StatusPurpose {
  /** Cancels the credential for good; a set bit can never be cleared. */
  REVOCATION("revocation"),
  /** Puts the credential on hold; reversible. */
  SUSPENSION("suspension"),
  /** Tells the holder a fresher credential is available. */
  REFRESH("refresh"),
  /** Carries a status message chosen from {@code statusMessage}. */
  MESSAGE("message");

  private final String value;

  StatusPurpose(String value) {
    this.value = value;
  }

  /**
   * The JSON value.
   *
   * @return for example {@code revocation}
   */
  public String value() {
    return value;
  }

  /**
   * Looks up a purpose by its JSON value (case-sensitive, as the specification writes it).
   *
   * @param value for example {@code suspension}
   * @return the purpose, or empty if unknown
   */
  public static Optional<StatusPurpose> fromValue(String value) {
    for (StatusPurpose p : values()) {
      if (p.value.equals(value)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return value;
  }
}
