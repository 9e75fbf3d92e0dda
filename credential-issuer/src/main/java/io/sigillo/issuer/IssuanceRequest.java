package io.sigillo.issuer;

import io.sigillo.credential.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What an issuer needs to issue one credential: the holder, the profile certified and how the
 * award was decided (the technical committee's positive decision on the competency dossier, and
 * the interview if one was held). Immutable; build with {@link #newBuilder()}.
 *
 * <p>Only a positive decision can be expressed: a request with a failed interview is refused by
 * {@link Builder#build()}. The documents of the dossier never enter the credential.
 */
public final class IssuanceRequest {
  private final Person holder;
  private final String profile;
  private final LocalDate decisionDate;
  private final String committee;
  private final LocalDate interviewDate;
  private final Instant validFrom;

  private IssuanceRequest(Builder b) {
    this.holder = Objects.requireNonNull(b.holder, "holder");
    this.profile = Objects.requireNonNull(b.profile, "profile");
    this.decisionDate = Objects.requireNonNull(b.decisionDate, "decisionDate");
    this.committee = b.committee == null ? "Technical committee" : b.committee;
    if (committee.isBlank()) {
      throw new IllegalArgumentException("committee must not be blank");
    }
    if (b.interviewHeld && !b.interviewPassed) {
      throw new IllegalArgumentException("the interview was not passed: no credential can be issued");
    }
    this.interviewDate = b.interviewHeld ? Objects.requireNonNull(b.interviewDate, "interviewDate") : null;
    if (interviewDate != null && interviewDate.isAfter(decisionDate)) {
      throw new IllegalArgumentException("the interview must precede the committee's decision");
    }
    this.validFrom = b.validFrom;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The holder.
   *
   * @return the person the credential is issued to
   */
  public Person holder() {
    return holder;
  }

  /**
   * The profile certified, by catalogue code or identifier.
   *
   * @return for example {@code ai-security-specialist}
   */
  public String profile() {
    return profile;
  }

  /**
   * The date of the technical committee's positive decision.
   *
   * @return the date
   */
  public LocalDate decisionDate() {
    return decisionDate;
  }

  /**
   * The name of the committee that decided.
   *
   * @return the committee's name
   */
  public String committee() {
    return committee;
  }

  /**
   * The date of the passed interview, if one was held.
   *
   * @return the date
   */
  public Optional<LocalDate> interviewDate() {
    return Optional.ofNullable(interviewDate);
  }

  /**
   * An explicit start of validity; by default the issuer's clock.
   *
   * @return the start, if given
   */
  public Optional<Instant> validFrom() {
    return Optional.ofNullable(validFrom);
  }

  /** Builds an {@link IssuanceRequest}; holder, profile and decision date are required. */
  public static final class Builder {
    private Person holder;
    private String profile;
    private LocalDate decisionDate;
    private String committee;
    private boolean interviewHeld;
    private boolean interviewPassed;
    private LocalDate interviewDate;
    private Instant validFrom;

    private Builder() {}

    /**
     * Sets the holder.
     *
     * @param holder the person
     * @return this builder
     */
    public Builder holder(Person holder) {
      this.holder = holder;
      return this;
    }

    /**
     * Sets the profile.
     *
     * @param profile catalogue code or identifier
     * @return this builder
     */
    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    /**
     * Records the committee's positive decision.
     *
     * @param committee the committee's name
     * @param date the date of the decision
     * @return this builder
     */
    public Builder committeeDecision(String committee, LocalDate date) {
      this.committee = committee;
      this.decisionDate = date;
      return this;
    }

    /**
     * Records an interview.
     *
     * @param date the date of the interview
     * @param passed whether it was passed; a failed interview makes {@link #build()} refuse
     * @return this builder
     */
    public Builder interview(LocalDate date, boolean passed) {
      this.interviewHeld = true;
      this.interviewDate = date;
      this.interviewPassed = passed;
      return this;
    }

    /**
     * Sets an explicit start of validity.
     *
     * @param validFrom the start, or null for the issuer's clock
     * @return this builder
     */
    public Builder validFrom(Instant validFrom) {
      this.validFrom = validFrom;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the request
     * @throws IllegalArgumentException if the request describes no positive decision
     */
    public IssuanceRequest build() {
      return new IssuanceRequest(this);
    }
  }
}
