package io.sigillo.issuer.status;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What the store records about a credential when it is issued.
 *
 * @param credentialId the credential's {@code id}
 * @param holderReference who holds it (for example the subject's {@code id}); at most 500
 *     characters
 * @param profile the certification profile code, for example {@code ai-security-specialist}
 * @param validFrom start of validity
 * @param validUntil end of validity
 */
public record CredentialRegistration(
    URI credentialId, String holderReference, String profile, Instant validFrom, Instant validUntil) {
  /**
   * Validates the components.
   *
   * @throws IllegalArgumentException if a value is blank, too long or the window is reversed
   */
  public CredentialRegistration {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(holderReference, "holderReference");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    if (credentialId.toString().length() > 200) {
      throw new IllegalArgumentException("credential id longer than 200 characters");
    }
    if (holderReference.isBlank() || holderReference.length() > 500) {
      throw new IllegalArgumentException("holder reference must be 1 to 500 characters");
    }
    if (profile.isBlank() || profile.length() > 100) {
      throw new IllegalArgumentException("profile must be 1 to 100 characters");
    }
    if (validUntil.isBefore(validFrom)) {
      throw new IllegalArgumentException("validUntil precedes validFrom");
    }
  }
}
