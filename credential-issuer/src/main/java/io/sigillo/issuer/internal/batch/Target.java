package io.sigillo.issuer.internal.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The fields a column mapping can fill: the route input of one holder, by canonical name. */
public enum Target {
  HR_ID("hrId", Kind.TEXT, true),
  PROFILE("profile", Kind.TEXT, true),
  CYCLE("cycle", Kind.TEXT, true),
  HOLDER_ID("holder.id", Kind.TEXT, false),
  GIVEN_NAME("holder.givenName", Kind.TEXT, true),
  FAMILY_NAME("holder.familyName", Kind.TEXT, true),
  BIRTH_DATE("holder.birthDate", Kind.DATE, false),
  EMAIL("holder.email", Kind.TEXT, false),
  IDENTIFIER("holder.identifier.notation", Kind.TEXT, false),
  IDENTIFIER_SCHEME("holder.identifier.schemeName", Kind.TEXT, false),
  MEMBER_NUMBER("membership.memberNumber", Kind.TEXT, true),
  MEMBER_SINCE("membership.memberSince", Kind.DATE, true),
  MEMBER_ACTIVE("membership.active", Kind.BOOLEAN, true),
  PAID_UNTIL("membership.paidUntil", Kind.DATE, false),
  DOSSIER_SUBMITTED("dossier.submittedOn", Kind.DATE, true),
  CV_ID("dossier.cv.id", Kind.LIST, true),
  CV_SHA256("dossier.cv.sha256", Kind.LIST, true),
  TRAINING_ID("dossier.training.id", Kind.LIST, true),
  TRAINING_SHA256("dossier.training.sha256", Kind.LIST, true),
  EXPERIENCE_ID("dossier.experience.id", Kind.LIST, true),
  EXPERIENCE_SHA256("dossier.experience.sha256", Kind.LIST, true),
  PORTFOLIO_ID("dossier.portfolio.id", Kind.LIST, true),
  PORTFOLIO_SHA256("dossier.portfolio.sha256", Kind.LIST, true),
  INTERVIEW_DATE("interview.heldOn", Kind.DATE, false),
  INTERVIEW_PASSED("interview.passed", Kind.BOOLEAN, false),
  INTERVIEWERS("interview.interviewers", Kind.LIST, false),
  COMMITTEE("assessment.committee", Kind.TEXT, true),
  ASSESSORS("assessment.assessors", Kind.LIST, true),
  OUTCOMES("assessment.outcomes", Kind.LIST, true),
  DECISION("assessment.decision", Kind.TEXT, true),
  DECIDED_ON("assessment.decidedOn", Kind.DATE, true);

  /** How a value is read. */
  public enum Kind {
    /** Text, trimmed. */
    TEXT,
    /** A date: ISO {@code yyyy-MM-dd} unless the mapping gives a pattern. */
    DATE,
    /** {@code true/false}, {@code yes/no} or {@code 1/0}. */
    BOOLEAN,
    /** A list: a JSON array, or text split at the mapping's separator. */
    LIST
  }

  private static final Map<String, Target> BY_NAME = new HashMap<>();

  static {
    for (Target t : values()) {
      BY_NAME.put(t.fieldName, t);
    }
  }

  private final String fieldName;
  private final Kind kind;
  private final boolean required;

  Target(String fieldName, Kind kind, boolean required) {
    this.fieldName = fieldName;
    this.kind = kind;
    this.required = required;
  }

  /**
   * The canonical name, as in mapping files and route errors.
   *
   * @return for example {@code membership.memberSince}
   */
  public String fieldName() {
    return fieldName;
  }

  /**
   * How the value is read.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Whether a mapping must fill it.
   *
   * @return true if required
   */
  public boolean required() {
    return required;
  }

  /**
   * The target of a canonical name.
   *
   * @param name the name
   * @return the target, if the name is one
   */
  public static Optional<Target> of(String name) {
    return Optional.ofNullable(BY_NAME.get(name));
  }
}
