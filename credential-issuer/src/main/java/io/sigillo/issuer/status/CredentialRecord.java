package io.sigillo.issuer.status;

import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An issued credential as the store knows it: what was registered, where its status lives, and
 * its current state.
 *
 * @param registration what was recorded at issuance
 * @param issuedAt when it was registered
 * @param state the current state
 * @param slots one per purpose (revocation and suspension)
 * @param version 1 at issuance, plus one per state change
 */
public record CredentialRecord(
    CredentialRegistration registration, Instant issuedAt, CredentialState state, List<StatusSlot> slots,
    int version) {
  /** Copies the slots. */
  public CredentialRecord {
    Objects.requireNonNull(registration, "registration");
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(state, "state");
    slots = List.copyOf(slots);
  }

  /**
   * The credential's id.
   *
   * @return the id
   */
  public URI credentialId() {
    return registration.credentialId();
  }

  /**
   * The slot for a purpose.
   *
   * @param purpose the purpose
   * @return the slot, if the credential has one
   */
  public Optional<StatusSlot> slot(StatusPurpose purpose) {
    return slots.stream().filter(s -> s.purpose() == purpose).findFirst();
  }
}
