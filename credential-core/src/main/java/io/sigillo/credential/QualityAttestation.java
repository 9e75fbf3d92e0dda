package io.sigillo.credential;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The claim of a professional quality attestation under Article 7 of Italian Law No. 4 of 14
 * January 2013: the professional association attests, for one of its members, the regular
 * membership (with the membership number the member must give clients, art. 7(4)), the quality
 * and qualification standards the member must respect (the certified profile), the guarantees the
 * association gives users (its consumer desk, art. 2(4)) and whether the member holds
 * professional liability insurance. It is the value of {@code credentialSubject.hasClaim} in a
 * credential of type {@link Vocabulary#PROFESSIONAL_QUALITY_ATTESTATION}, in place of a
 * {@link LearningAchievement}. Immutable; build with {@link #newBuilder()}.
 *
 * <p>By art. 7(3) the attestation is valid for the period of membership; the credential's
 * {@code validUntil} carries that end.
 */
public final class QualityAttestation {
  private static final Pattern MEMBERSHIP_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9./_-]{0,63}");

  private final URI id;
  private final LanguageMap title;
  private final Concept legalBasis;
  private final String membershipNumber;
  private final LocalDate memberSince;
  private final Qualification qualityStandard;
  private final URI consumerDesk;
  private final boolean professionalLiabilityInsurance;
  private final AwardingProcess awardedBy;

  private QualityAttestation(Builder b) {
    this.id = Checks.requireAbsolute(b.id, "attestation id");
    this.title = Objects.requireNonNull(b.title, "title");
    this.legalBasis = Objects.requireNonNull(b.legalBasis, "legalBasis");
    this.membershipNumber = Objects.requireNonNull(b.membershipNumber, "membershipNumber");
    if (!MEMBERSHIP_NUMBER.matcher(membershipNumber).matches()) {
      throw new IllegalArgumentException("membership number must be 1 to 64 letters, digits or ./_- : "
          + membershipNumber);
    }
    this.memberSince = Objects.requireNonNull(b.memberSince, "memberSince");
    this.qualityStandard = Objects.requireNonNull(b.qualityStandard, "qualityStandard");
    this.consumerDesk = Checks.requireAbsolute(b.consumerDesk, "consumer desk");
    this.professionalLiabilityInsurance = b.professionalLiabilityInsurance;
    this.awardedBy = Objects.requireNonNull(b.awardedBy, "awardedBy");
  }

  /**
   * Starts a builder, with the legal basis {@link Vocabulary#LAW_4_2013_ARTICLE_7}.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The identifier of this claim.
   *
   * @return an absolute URI
   */
  public URI id() {
    return id;
  }

  /**
   * The attestation's title.
   *
   * @return the title
   */
  public LanguageMap title() {
    return title;
  }

  /**
   * The provision the attestation is issued under.
   *
   * @return by default {@link Vocabulary#LAW_4_2013_ARTICLE_7}
   */
  public Concept legalBasis() {
    return legalBasis;
  }

  /**
   * The member's number in the association's register (art. 7(4)).
   *
   * @return 1 to 64 letters, digits or {@code ./_-}
   */
  public String membershipNumber() {
    return membershipNumber;
  }

  /**
   * Since when the holder is a member.
   *
   * @return the date
   */
  public LocalDate memberSince() {
    return memberSince;
  }

  /**
   * The quality and qualification standard the member must respect (art. 7(1)(c)): the profile.
   *
   * @return the profile's qualification
   */
  public Qualification qualityStandard() {
    return qualityStandard;
  }

  /**
   * Where users turn to the association (the consumer desk of art. 2(4), art. 7(1)(d)).
   *
   * @return an absolute URI, for example a web page or a {@code mailto:} address
   */
  public URI consumerDesk() {
    return consumerDesk;
  }

  /**
   * Whether the member holds professional liability insurance (art. 7(1)(e)).
   *
   * @return true if the association verified a policy
   */
  public boolean professionalLiabilityInsurance() {
    return professionalLiabilityInsurance;
  }

  /**
   * Who attests and when.
   *
   * @return the association and the date of the attestation
   */
  public AwardingProcess awardedBy() {
    return awardedBy;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof QualityAttestation)) {
      return false;
    }
    QualityAttestation a = (QualityAttestation) o;
    return id.equals(a.id) && title.equals(a.title) && legalBasis.equals(a.legalBasis)
        && membershipNumber.equals(a.membershipNumber) && memberSince.equals(a.memberSince)
        && qualityStandard.equals(a.qualityStandard) && consumerDesk.equals(a.consumerDesk)
        && professionalLiabilityInsurance == a.professionalLiabilityInsurance && awardedBy.equals(a.awardedBy);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, title, legalBasis, membershipNumber, memberSince, qualityStandard, consumerDesk,
        professionalLiabilityInsurance, awardedBy);
  }

  @Override
  public String toString() {
    return "QualityAttestation[" + id + ", member " + membershipNumber + ", standard " + qualityStandard.id() + "]";
  }

  /** Builds a {@link QualityAttestation}; every value but the insurance flag is required. */
  public static final class Builder {
    private URI id;
    private LanguageMap title;
    private Concept legalBasis = Vocabulary.LAW_4_2013_ARTICLE_7;
    private String membershipNumber;
    private LocalDate memberSince;
    private Qualification qualityStandard;
    private URI consumerDesk;
    private boolean professionalLiabilityInsurance;
    private AwardingProcess awardedBy;

    private Builder() {}

    /**
     * Sets the identifier.
     *
     * @param id an absolute URI
     * @return this builder
     */
    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the title.
     *
     * @param title the title
     * @return this builder
     */
    public Builder title(LanguageMap title) {
      this.title = title;
      return this;
    }

    /**
     * Sets the legal basis.
     *
     * @param legalBasis the provision
     * @return this builder
     */
    public Builder legalBasis(Concept legalBasis) {
      this.legalBasis = legalBasis;
      return this;
    }

    /**
     * Sets the membership number.
     *
     * @param membershipNumber the member's number
     * @return this builder
     */
    public Builder membershipNumber(String membershipNumber) {
      this.membershipNumber = membershipNumber;
      return this;
    }

    /**
     * Sets since when the holder is a member.
     *
     * @param memberSince the date
     * @return this builder
     */
    public Builder memberSince(LocalDate memberSince) {
      this.memberSince = memberSince;
      return this;
    }

    /**
     * Sets the standard the member must respect.
     *
     * @param qualityStandard the profile's qualification
     * @return this builder
     */
    public Builder qualityStandard(Qualification qualityStandard) {
      this.qualityStandard = qualityStandard;
      return this;
    }

    /**
     * Sets the consumer desk.
     *
     * @param consumerDesk an absolute URI
     * @return this builder
     */
    public Builder consumerDesk(URI consumerDesk) {
      this.consumerDesk = consumerDesk;
      return this;
    }

    /**
     * Sets whether the member holds professional liability insurance; false by default.
     *
     * @param insured whether a policy was verified
     * @return this builder
     */
    public Builder professionalLiabilityInsurance(boolean insured) {
      this.professionalLiabilityInsurance = insured;
      return this;
    }

    /**
     * Sets who attests and when.
     *
     * @param awardedBy the association and the date
     * @return this builder
     */
    public Builder awardedBy(AwardingProcess awardedBy) {
      this.awardedBy = awardedBy;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the attestation
     * @throws NullPointerException if a required value is missing
     * @throws IllegalArgumentException if a value is malformed
     */
    public QualityAttestation build() {
      return new QualityAttestation(this);
    }
  }
}
