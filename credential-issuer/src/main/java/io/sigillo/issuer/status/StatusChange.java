package io.sigillo.issuer.status;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a credential's status history: issuance or a state change, with who, when and why.
 *
 * @param credentialId the credential
 * @param sequence 1 for issuance, then one more per change
 * @param action what happened
 * @param from the state before, empty for issuance
 * @param to the state after
 * @param at when
 * @param actor who (a user or system name)
 * @param reason why, as given by the actor; may be empty
 */
public record StatusChange(
    URI credentialId, int sequence, Action action, Optional<CredentialState> from, CredentialState to,
    Instant at, String actor, String reason) {
  /** Validates the components. */
  public StatusChange {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(reason, "reason");
  }

  /** What a history entry records. */
  public enum Action {
    /** The credential was issued and registered. */
    ISSUE,
    /** It was revoked. */
    REVOKE,
    /** It was suspended. */
    SUSPEND,
    /** It was reinstated after a suspension. */
    REINSTATE
  }
}
