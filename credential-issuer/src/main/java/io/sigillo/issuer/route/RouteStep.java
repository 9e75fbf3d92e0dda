package io.sigillo.issuer.route;

import java.time.Instant;
import java.util.Objects;

/**
 * One recorded step of an application: what, when, who recorded it and its details, so that an
 * auditor can replay how a credential came to be. Immutable.
 *
 * @param applicationId the application
 * @param sequence 1 for the first step, then one more per step
 * @param step what happened
 * @param at when it was recorded (the store's clock)
 * @param actor who recorded it
 * @param details the step's data as compact JSON: dates, decision makers, references and digests
 *     (never the dossier's documents)
 */
public record RouteStep(String applicationId, int sequence, StepKind step, Instant at, String actor, String details) {
  /** Validates the components. */
  public RouteStep {
    Objects.requireNonNull(applicationId, "applicationId");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(details, "details");
  }
}
