package io.sigillo.issuer.route;

import java.util.Objects;
import java.util.Optional;

/**
 * A route step or an issuance was refused, or the store failed. Nothing was recorded. Carries a
 * machine-readable {@link Reason} and, when one input field is at fault, its name (the field
 * names of {@link RouteInput}, for example {@code assessment.outcomes}).
 */
public final class RouteException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Why. */
  public enum Reason {
    /** The profile is not in the catalogue. */
    PROFILE_UNKNOWN,
    /** No application with that id. */
    UNKNOWN_APPLICATION,
    /** The step does not fit the application's state or route (for example an assessment before the dossier). */
    STEP_OUT_OF_ORDER,
    /** The membership is not active, or its period has ended. */
    MEMBERSHIP_INACTIVE,
    /** A date is in the future or out of order with the other steps. */
    DATE_INVALID,
    /** The outcomes do not cover exactly the profile's criteria. */
    ASSESSMENT_INCOMPLETE,
    /** A positive decision with a criterion not met. */
    ASSESSMENT_INCONSISTENT,
    /** The committee decided negatively: no credential. */
    DECISION_NEGATIVE,
    /** The interview was failed: no credential. */
    INTERVIEW_FAILED,
    /** The third-party route needs an accredited ISO/IEC 17024 body, and none is configured. */
    NO_ACCREDITED_BODY,
    /** The certification names another body than the configured one. */
    BODY_MISMATCH,
    /** An attestation needs the association's consumer desk, and none is configured. */
    ATTESTATION_NOT_CONFIGURED,
    /** The member holds no currently valid certificate of the profile from this issuer. */
    NOT_QUALIFYING,
    /** No credential with that id was issued through the route. */
    UNKNOWN_CREDENTIAL,
    /** The credential is revoked: it cannot be renewed. */
    CREDENTIAL_REVOKED,
    /** The credential is suspended: reinstate it first. */
    CREDENTIAL_SUSPENDED,
    /** The credential was renewed already. */
    ALREADY_RENEWED,
    /** The renewal window has not opened yet. */
    RENEWAL_TOO_EARLY,
    /** The renewal window has closed. */
    RENEWAL_TOO_LATE,
    /** Too few CPD hours, or activities outside the previous credential's validity. */
    CPD_INSUFFICIENT,
    /** The application with this HR key exists already with other data. */
    DUPLICATE_KEY,
    /** Sealing failed (the cause is an {@code IssuanceException}). */
    ISSUANCE_FAILED,
    /** The database could not be reached or kept conflicting; nothing was recorded. */
    STORE_UNAVAILABLE
  }

  private final Reason reason;
  private final String field;

  /**
   * Creates an exception.
   *
   * @param reason the reason
   * @param field the input field at fault, or null
   * @param message a sentence for people
   * @param cause the underlying failure, or null
   */
  public RouteException(Reason reason, String field, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
    this.field = field;
  }

  /**
   * The machine-readable reason.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * The input field at fault.
   *
   * @return the field name, if one field is at fault
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
