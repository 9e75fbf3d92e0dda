package io.sigillo.issuer.route;

import io.sigillo.credential.Person;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the association route needs for one holder at once, as an HR system exports it: the
 * idempotency key, the holder, and the outcome of each step. Batch issuance and the HTTP
 * endpoint validate and record it as the steps of one application. Immutable.
 *
 * <p>Field names used in errors ({@link RouteException#field()}): {@code hrId}, {@code profile},
 * {@code cycle}, {@code holder}, {@code membership}, {@code dossier}, {@code interview},
 * {@code assessment}, and their members such as {@code assessment.outcomes}.
 *
 * @param key the HR key (person, profile, cycle)
 * @param holder the holder
 * @param membership the membership
 * @param dossier the competency dossier
 * @param interview the interview, if one was held
 * @param assessment the committee's assessment
 */
public record RouteInput(HrKey key, Person holder, Membership membership, Dossier dossier, Optional<Interview> interview,
    Assessment assessment) {
  /** Validates the components. */
  public RouteInput {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(holder, "holder");
    Objects.requireNonNull(membership, "membership");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(interview, "interview");
    Objects.requireNonNull(assessment, "assessment");
  }
}
