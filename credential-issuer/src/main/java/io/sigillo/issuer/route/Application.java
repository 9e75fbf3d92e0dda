package io.sigillo.issuer.route;

import io.sigillo.credential.Person;
import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An application for a credential as the store holds it. Immutable.
 *
 * @param id the application's id (a UUID)
 * @param route the route
 * @param profile the profile code, for example {@code ai-security-specialist}
 * @param hrKey the HR system's key of the application, for idempotent batch issuance; empty for
 *     applications opened by hand
 * @param holder the holder, as the credential will name them
 * @param state where the application stands
 * @param credentialId the credential, once prepared
 * @param replaces for a renewal, the previous credential
 * @param version 1 when opened, plus one per state change
 * @param createdAt when it was opened
 */
public record Application(String id, RouteKind route, String profile, Optional<HrKey> hrKey, Person holder,
    ApplicationState state, Optional<URI> credentialId, Optional<URI> replaces, int version, Instant createdAt) {
  /** Validates the components. */
  public Application {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(hrKey, "hrKey");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(credentialId, "credentialId");
    Objects.requireNonNull(replaces, "replaces");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
