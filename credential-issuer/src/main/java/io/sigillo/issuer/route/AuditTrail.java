package io.sigillo.issuer.route;

import io.sigillo.issuer.status.StatusChange;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a credential came to be and what happened to it since: its application's steps, its status
 * history, and its renewal links. Immutable.
 *
 * @param credentialId the credential
 * @param application the application it was issued on
 * @param steps the application's steps, oldest first
 * @param statusHistory issuance and every revocation, suspension and reinstatement, oldest first
 * @param replaces the credential it renewed, if any
 * @param supersededBy the credential that renewed it, if any
 */
public record AuditTrail(URI credentialId, Application application, List<RouteStep> steps,
    List<StatusChange> statusHistory, Optional<URI> replaces, Optional<URI> supersededBy) {
  /** Copies the lists. */
  public AuditTrail {
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(application, "application");
    steps = List.copyOf(steps);
    statusHistory = List.copyOf(statusHistory);
    Objects.requireNonNull(replaces, "replaces");
    Objects.requireNonNull(supersededBy, "supersededBy");
  }
}
