package io.sigillo.credential;

import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A European-Digital-Credential-style credential on the W3C Verifiable Credentials 2.0 data model
 * with European Learning Model terms: who issued it, who holds it, what the holder achieved, how
 * the award was decided, and when it is valid.
 *
 * <p>Immutable; build with {@link #newBuilder()}, which validates every invariant of the format:
 * a {@code urn:uuid:} identifier, the {@code VerifiableCredential} and
 * {@code EuropeanDigitalCredential} types (and no other but
 * {@link Vocabulary#PROFESSIONAL_QUALITY_ATTESTATION}), an issuer with an eIDAS legal
 * identifier, and a validity window of at most three years (see {@link ValidityPeriod}).
 *
 * <p>Two kinds of credential share the format. A <em>certificate</em> claims a
 * {@link LearningAchievement}: the holder achieved the profile's qualification. A <em>professional
 * quality attestation</em> (type {@link Vocabulary#PROFESSIONAL_QUALITY_ATTESTATION}) claims a
 * {@link QualityAttestation} under Article 7 of Italian Law 4/2013 instead. A renewed credential
 * names the credential it replaces ({@link #replaces()}).
 * {@link CredentialJson} turns it into the JSON-LD document that is sealed, and back.
 */
public final class EdcCredential {
  private static final Pattern URN_UUID =
      Pattern.compile("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  private static final List<String> PROFILE_TYPES = List.of(Vocabulary.VERIFIABLE_CREDENTIAL,
      Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL, Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION);

  /** The types of a professional quality attestation, in the order the builder expects. */
  public static final List<String> ATTESTATION_TYPES = List.of(Vocabulary.VERIFIABLE_CREDENTIAL,
      Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL, Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION);

  private final URI id;
  private final List<String> types;
  private final Organisation issuer;
  private final ValidityPeriod validity;
  private final Person subject;
  private final LearningAchievement achievement;
  private final QualityAttestation attestation;
  private final URI replaces;
  private final List<Evidence> evidence;
  private final List<Concept> credentialProfiles;
  private final DisplayParameter displayParameter;
  private final List<CredentialSchemaRef> credentialSchemas;
  private final List<DataIntegrityProof> proofs;
  private final List<BitstringStatusListEntry> credentialStatus;
  /**
   * The compact document, written once by {@link CredentialJson#toBytes} (this value is deeply
   * immutable, so its document never changes); volatile so that another thread sees the whole
   * array. Not part of equality.
   */
  private volatile byte[] document;

  private EdcCredential(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    if (!isUrnUuid(id.toString())) {
      throw new IllegalArgumentException("credential id must be a lower-case urn:uuid: " + id);
    }
    this.types = List.copyOf(b.types);
    if (!types.contains(Vocabulary.VERIFIABLE_CREDENTIAL)
        || !types.contains(Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL)) {
      throw new IllegalArgumentException(
          "type must include VerifiableCredential and EuropeanDigitalCredential: " + types);
    }
    if (types.stream().distinct().count() != types.size()) {
      throw new IllegalArgumentException("type lists a value twice: " + types);
    }
    for (String t : types) {
      if (!PROFILE_TYPES.contains(t)) {
        // CredentialJson refuses any other type; building one would give a credential that
        // cannot be read back
        throw new IllegalArgumentException("type '" + t + "' is not part of the credential profile");
      }
    }
    this.issuer = Objects.requireNonNull(b.issuer, "issuer");
    if (issuer.eidasIdentifier().isEmpty()) {
      throw new IllegalArgumentException("the issuer must have an eIDAS legal identifier");
    }
    this.validity = Objects.requireNonNull(b.validity, "validity");
    this.subject = Objects.requireNonNull(b.subject, "subject");
    this.achievement = b.achievement;
    this.attestation = b.attestation;
    if (types.contains(Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION)) {
      Objects.requireNonNull(attestation, "attestation");
      if (achievement != null) {
        throw new IllegalArgumentException("a professional quality attestation claims no learning achievement");
      }
    } else {
      Objects.requireNonNull(achievement, "achievement");
      if (attestation != null) {
        throw new IllegalArgumentException("a quality attestation claim needs the type "
            + Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION);
      }
    }
    this.replaces = b.replaces;
    if (replaces != null && (!isUrnUuid(replaces.toString()) || replaces.equals(id))) {
      throw new IllegalArgumentException("replaces must be another credential's lower-case urn:uuid: " + replaces);
    }
    this.evidence = List.copyOf(b.evidence);
    this.credentialProfiles = List.copyOf(b.credentialProfiles);
    if (credentialProfiles.isEmpty()) {
      throw new IllegalArgumentException("at least one credential profile is required");
    }
    this.displayParameter = Objects.requireNonNull(b.displayParameter, "displayParameter");
    this.credentialSchemas = List.copyOf(b.credentialSchemas);
    if (credentialSchemas.isEmpty()) {
      throw new IllegalArgumentException("at least one credential schema is required");
    }
    this.credentialStatus = List.copyOf(b.credentialStatus);
    long purposes = credentialStatus.stream().map(BitstringStatusListEntry::purpose).distinct().count();
    if (purposes != credentialStatus.size()) {
      throw new IllegalArgumentException("credentialStatus lists a status purpose twice");
    }
    this.proofs = List.copyOf(b.proofs);
    for (DataIntegrityProof p : proofs) {
      if (p.proofValue().isEmpty()) {
        throw new IllegalArgumentException("a credential's proof must carry a proofValue");
      }
    }
  }

  /**
   * Starts a builder with the EDC defaults: types {@code VerifiableCredential} and
   * {@code EuropeanDigitalCredential}, the Generic credential profile and the EDC generic SHACL
   * schema.
   *
   * @return a new builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * Whether a string is a lower-case {@code urn:uuid:} URN.
   *
   * @param value the candidate
   * @return true if well-formed
   */
  public static boolean isUrnUuid(String value) {
    return value != null && URN_UUID.matcher(value).matches();
  }

  /**
   * A builder initialised with this credential's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.types = types;
    b.issuer = issuer;
    b.validity = validity;
    b.subject = subject;
    b.achievement = achievement;
    b.attestation = attestation;
    b.replaces = replaces;
    b.evidence = evidence;
    b.credentialProfiles = credentialProfiles;
    b.displayParameter = displayParameter;
    b.credentialSchemas = credentialSchemas;
    b.proofs = proofs;
    b.credentialStatus = credentialStatus;
    return b;
  }

  /**
   * The credential's identifier.
   *
   * @return a {@code urn:uuid:} URI
   */
  public URI id() {
    return id;
  }

  /**
   * The credential's types.
   *
   * @return an unmodifiable list including {@code VerifiableCredential}
   */
  public List<String> types() {
    return types;
  }

  /**
   * The issuing organisation.
   *
   * @return the issuer, with an eIDAS legal identifier
   */
  public Organisation issuer() {
    return issuer;
  }

  /**
   * The validity window.
   *
   * @return the window
   */
  public ValidityPeriod validity() {
    return validity;
  }

  /**
   * Start of validity.
   *
   * @return {@code validFrom}
   */
  public Instant validFrom() {
    return validity.validFrom();
  }

  /**
   * End of validity.
   *
   * @return {@code validUntil}
   */
  public Instant validUntil() {
    return validity.validUntil();
  }

  /**
   * The holder.
   *
   * @return the credential subject
   */
  public Person subject() {
    return subject;
  }

  /**
   * What the holder achieved ({@code credentialSubject.hasClaim}) in a certificate.
   *
   * @return the achievement
   * @throws IllegalStateException if this is a professional quality attestation
   *     ({@link #isAttestation()}), which claims a {@link QualityAttestation} instead
   */
  public LearningAchievement achievement() {
    if (achievement == null) {
      throw new IllegalStateException("a professional quality attestation has no learning achievement; see attestation()");
    }
    return achievement;
  }

  /**
   * Whether this is a professional quality attestation (type
   * {@link Vocabulary#PROFESSIONAL_QUALITY_ATTESTATION}) rather than a certificate.
   *
   * @return true for an attestation
   */
  public boolean isAttestation() {
    return attestation != null;
  }

  /**
   * The attestation claim of a professional quality attestation.
   *
   * @return the claim; empty for a certificate
   */
  public java.util.Optional<QualityAttestation> attestation() {
    return java.util.Optional.ofNullable(attestation);
  }

  /**
   * The qualification the credential is about: the achievement's qualification for a certificate,
   * the quality standard for an attestation.
   *
   * @return the profile's qualification
   */
  public Qualification qualification() {
    return achievement != null ? achievement.specifiedBy() : attestation.qualityStandard();
  }

  /**
   * The title of the claim, for display: the achievement's or the attestation's.
   *
   * @return the title
   */
  public LanguageMap claimTitle() {
    return achievement != null ? achievement.title() : attestation.title();
  }

  /**
   * The credential this one replaces ({@code replaces}, Dublin Core {@code dct:replaces}): the
   * previous credential of a renewal.
   *
   * @return the previous credential's id; empty for a first issuance
   */
  public java.util.Optional<URI> replaces() {
    return java.util.Optional.ofNullable(replaces);
  }

  /**
   * How the award was decided.
   *
   * @return an unmodifiable list
   */
  public List<Evidence> evidence() {
    return evidence;
  }

  /**
   * The EDC credential profiles.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<Concept> credentialProfiles() {
    return credentialProfiles;
  }

  /**
   * How the credential is titled for display.
   *
   * @return the display parameter
   */
  public DisplayParameter displayParameter() {
    return displayParameter;
  }

  /**
   * The schemas the credential conforms to.
   *
   * @return an unmodifiable, non-empty list
   */
  public List<CredentialSchemaRef> credentialSchemas() {
    return credentialSchemas;
  }

  /**
   * The Data Integrity proofs embedded in the credential ({@code proof}), in document order.
   *
   * @return an unmodifiable list, empty for a credential secured only by a JOSE seal
   */
  public List<DataIntegrityProof> proofs() {
    return proofs;
  }

  /**
   * The same credential without its Data Integrity proofs: what a proof secures.
   *
   * @return this credential if it has no proof, else a copy without them
   */
  public EdcCredential withoutProofs() {
    return proofs.isEmpty() ? this : toBuilder().proofs(List.of()).build();
  }

  /**
   * The status entries ({@code credentialStatus}): where a verifier checks whether the credential
   * is revoked or suspended.
   *
   * @return an unmodifiable list, at most one entry per purpose; empty when the credential has no
   *     status
   */
  public List<BitstringStatusListEntry> credentialStatus() {
    return credentialStatus;
  }

  /**
   * The status entry for a purpose.
   *
   * @param purpose for example {@link StatusPurpose#REVOCATION}
   * @return the entry, if the credential has one
   */
  public java.util.Optional<BitstringStatusListEntry> credentialStatus(StatusPurpose purpose) {
    return credentialStatus.stream().filter(e -> e.purpose() == purpose).findFirst();
  }

  /** The compact document if {@link CredentialJson#toBytes} wrote it before, or null; never hand it out. */
  byte[] cachedDocument() {
    return document;
  }

  /** Keeps the compact document {@link CredentialJson#toBytes} wrote; the array must not change any more. */
  void cacheDocument(byte[] bytes) {
    this.document = bytes;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof EdcCredential)) {
      return false;
    }
    EdcCredential c = (EdcCredential) o;
    return id.equals(c.id) && types.equals(c.types) && issuer.equals(c.issuer)
        && validity.equals(c.validity) && subject.equals(c.subject)
        && Objects.equals(achievement, c.achievement) && Objects.equals(attestation, c.attestation)
        && Objects.equals(replaces, c.replaces) && evidence.equals(c.evidence)
        && credentialProfiles.equals(c.credentialProfiles)
        && displayParameter.equals(c.displayParameter)
        && credentialSchemas.equals(c.credentialSchemas)
        && proofs.equals(c.proofs)
        && credentialStatus.equals(c.credentialStatus);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, types, issuer, validity, subject, achievement, attestation, replaces, evidence,
        credentialProfiles, displayParameter, credentialSchemas, proofs, credentialStatus);
  }

  @Override
  public String toString() {
    return "EdcCredential[" + id + ", issuer " + issuer.id() + ", subject " + subject.id()
        + ", " + validity.validFrom() + " to " + validity.validUntil() + "]";
  }

  /** Builds an {@link EdcCredential}; see {@link EdcCredential} for the invariants checked. */
  public static final class Builder {
    private URI id;
    private List<String> types =
        List.of(Vocabulary.VERIFIABLE_CREDENTIAL, Vocabulary.EUROPEAN_DIGITAL_CREDENTIAL);
    private Organisation issuer;
    private ValidityPeriod validity;
    private Person subject;
    private LearningAchievement achievement;
    private QualityAttestation attestation;
    private URI replaces;
    private List<Evidence> evidence = new ArrayList<>();
    private List<Concept> credentialProfiles = List.of(Vocabulary.GENERIC_CREDENTIAL_PROFILE);
    private DisplayParameter displayParameter;
    private List<CredentialSchemaRef> credentialSchemas = List.of(CredentialSchemaRef.EDC_GENERIC_FULL);
    private List<DataIntegrityProof> proofs = List.of();
    private List<BitstringStatusListEntry> credentialStatus = List.of();

    private Builder() {}

    /**
     * Sets the identifier.
     *
     * @param id a lower-case {@code urn:uuid:} URI
     * @return this builder
     */
    public Builder id(URI id) {
      this.id = id;
      return this;
    }

    /**
     * Sets the identifier from a UUID.
     *
     * @param uuid the UUID
     * @return this builder
     */
    public Builder id(UUID uuid) {
      return id(URI.create("urn:uuid:" + uuid));
    }

    /**
     * Sets the types.
     *
     * @param types {@code VerifiableCredential} and {@code EuropeanDigitalCredential}, in any
     *     order, each once, and nothing else but {@code ProfessionalQualityAttestation} for an
     *     attestation
     * @return this builder
     */
    public Builder types(List<String> types) {
      this.types = Objects.requireNonNull(types, "types");
      return this;
    }

    /**
     * Sets the issuer.
     *
     * @param issuer an organisation with an eIDAS legal identifier
     * @return this builder
     */
    public Builder issuer(Organisation issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets the validity window.
     *
     * @param validity the window
     * @return this builder
     */
    public Builder validity(ValidityPeriod validity) {
      this.validity = validity;
      return this;
    }

    /**
     * Sets the holder.
     *
     * @param subject the holder
     * @return this builder
     */
    public Builder subject(Person subject) {
      this.subject = subject;
      return this;
    }

    /**
     * Sets the achievement.
     *
     * @param achievement the claim about the holder
     * @return this builder
     */
    public Builder achievement(LearningAchievement achievement) {
      this.achievement = achievement;
      return this;
    }

    /**
     * Sets the attestation claim of a professional quality attestation; the types must then be
     * {@link EdcCredential#ATTESTATION_TYPES} and no achievement may be set.
     *
     * @param attestation the claim
     * @return this builder
     */
    public Builder attestation(QualityAttestation attestation) {
      this.attestation = attestation;
      return this;
    }

    /**
     * Names the credential this one replaces (a renewal's previous credential).
     *
     * @param previous the previous credential's {@code urn:uuid}, or null
     * @return this builder
     */
    public Builder replaces(URI previous) {
      this.replaces = previous;
      return this;
    }

    /**
     * Sets the evidence.
     *
     * @param evidence how the award was decided
     * @return this builder
     */
    public Builder evidence(List<Evidence> evidence) {
      this.evidence = Objects.requireNonNull(evidence, "evidence");
      return this;
    }

    /**
     * Sets the credential profiles.
     *
     * @param profiles non-empty list
     * @return this builder
     */
    public Builder credentialProfiles(List<Concept> profiles) {
      this.credentialProfiles = Objects.requireNonNull(profiles, "profiles");
      return this;
    }

    /**
     * Sets the display parameter.
     *
     * @param displayParameter the display parameter
     * @return this builder
     */
    public Builder displayParameter(DisplayParameter displayParameter) {
      this.displayParameter = displayParameter;
      return this;
    }

    /**
     * Sets the credential schemas.
     *
     * @param schemas non-empty list
     * @return this builder
     */
    public Builder credentialSchemas(List<CredentialSchemaRef> schemas) {
      this.credentialSchemas = Objects.requireNonNull(schemas, "schemas");
      return this;
    }

    /**
     * Sets the embedded Data Integrity proofs; none by default. Issuers add proofs with
     * {@code io.sigillo.issuer.Issuer}, which signs them; a proof set here is carried as is.
     *
     * @param proofs signed proofs (each with a {@code proofValue})
     * @return this builder
     */
    public Builder proofs(List<DataIntegrityProof> proofs) {
      this.proofs = Objects.requireNonNull(proofs, "proofs");
      return this;
    }

    /**
     * Sets the status entries.
     *
     * @param entries at most one per purpose; empty for a credential without status
     * @return this builder
     */
    public Builder credentialStatus(List<BitstringStatusListEntry> entries) {
      this.credentialStatus = Objects.requireNonNull(entries, "entries");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the credential
     * @throws NullPointerException if a required value is missing
     * @throws IllegalArgumentException if an invariant does not hold
     */
    public EdcCredential build() {
      return new EdcCredential(this);
    }
  }
}
