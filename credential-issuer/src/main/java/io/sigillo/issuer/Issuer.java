package io.sigillo.issuer;

import io.sigillo.credential.AwardingProcess;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.DisplayParameter;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Evidence;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.LearningAchievement;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Timestamps;
import io.sigillo.credential.ValidityPeriod;
import io.sigillo.credential.Vocabulary;
import io.sigillo.issuer.internal.JoseSealer;
import io.sigillo.issuer.internal.ProofSigner;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.issuer.status.CredentialRecord;
import io.sigillo.issuer.status.CredentialRegistration;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.issuer.status.StatusListInfo;
import io.sigillo.issuer.status.StatusStoreException;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import io.sigillo.status.BitstringStatusList;
import io.sigillo.status.BitstringStatusListCredential;
import io.sigillo.x509.SealCertificate;
import java.net.URI;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns issuance requests into sealed credentials: one way in for an issuing organisation.
 *
 * <pre>{@code
 * Issuer issuer = Issuer.newBuilder()
 *     .seal(SealKeys.pkcs12(Path.of("seal.p12"), password))
 *     .organisation(aipia)
 *     .build();
 * SealedCredential sealed = issuer.issue(request);
 * Files.writeString(Path.of("holder.jades.json"), sealed.jades());
 * }</pre>
 *
 * <p>The issuer's organisation must carry the eIDAS legal identifier of the seal certificate
 * ({@code organizationIdentifier}); {@link Builder#build()} refuses a mismatch, so that every
 * credential it seals passes the verifier's issuer-binding check. Validity starts at the injected
 * {@link Clock} (or the request's explicit start) and lasts the profile's validity, at most three
 * years (see {@link ValidityPeriod}).
 *
 * <h2>Status</h2>
 *
 * <p>Configured with a {@link StatusListConfig} ({@link Builder#status(StatusListConfig)}), the
 * issuer registers every credential it issues in the status store, gives it a
 * {@code credentialStatus} entry in the current revocation list and one in the current suspension
 * list, and publishes each list as a sealed {@code BitstringStatusListCredential}
 * ({@link #publishStatusList(String)}) with the same seal and in both securing forms. Revoking,
 * suspending and reinstating are done on the store ({@link StatusListConfig#store()}).
 *
 * <p>Immutable and thread-safe if the {@link SealSigner} is.
 */
public final class Issuer {
  private final Seal seal;
  private final Organisation organisation;
  private final ProfileCatalogue catalogue;
  private final Clock clock;
  private final Supplier<UUID> ids;
  private final boolean qrSeal;
  private final JoseSealer sealer;
  private final ProofSigner proofSigner;
  private final boolean dataIntegrity;
  private final StatusListConfig status;

  private Issuer(Builder b) {
    this.seal = Objects.requireNonNull(b.seal, "seal");
    this.organisation = Objects.requireNonNull(b.organisation, "organisation");
    this.catalogue = b.catalogue;
    this.clock = b.clock;
    this.ids = b.ids;
    this.qrSeal = b.qrSeal;
    String certId = seal.organizationIdentifier();
    String orgId = organisation.eidasIdentifier()
        .orElseThrow(() -> new IllegalArgumentException("the issuing organisation needs an eIDAS legal identifier"))
        .notation();
    if (!certId.equals(orgId)) {
      throw new IllegalArgumentException("the organisation's eIDAS identifier " + orgId
          + " differs from the seal certificate's organizationIdentifier " + certId);
    }
    this.sealer = new JoseSealer(seal);
    this.proofSigner = new ProofSigner(seal, RdfCanonicalizer.newBuilder().build());
    this.dataIntegrity = b.dataIntegrity;
    if (dataIntegrity && proofSigner.verificationMethod() == null) {
      throw new IllegalArgumentException("Data Integrity proofs need an ES256 (P-256) or ES384 (P-384) seal; this seal uses "
          + seal.signer().algorithm());
    }
    this.status = b.status;
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
   * The issuing organisation.
   *
   * @return the organisation named as {@code issuer} in every credential
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * The seal.
   *
   * @return the seal
   */
  public Seal seal() {
    return seal;
  }

  /**
   * Builds the credential for a request, without sealing it.
   *
   * @param request the request
   * @return the credential
   * @throws IssuanceException if the profile is unknown
   */
  public EdcCredential prepare(IssuanceRequest request) throws IssuanceException {
    Objects.requireNonNull(request, "request");
    Profile profile = catalogue.find(request.profile()).orElseThrow(() -> new IssuanceException(
        IssuanceException.Reason.PROFILE_UNKNOWN,
        "profile '" + request.profile() + "' is not in the issuer's catalogue", null));
    Instant from = request.validFrom().orElseGet(clock::instant);
    Instant awarded = request.decisionDate().atStartOfDay(ZoneOffset.UTC).toInstant();
    List<Evidence> evidence = new ArrayList<>();
    evidence.add(new Evidence(newId(), Vocabulary.DOSSIER_ASSESSMENT,
        "Competency dossier (CV, training, experience and project portfolio) assessed by "
            + request.committee() + " against the " + profile.standard() + " criteria for "
            + profile.title().preferred(List.of("en")) + "; positive decision on "
            + request.decisionDate() + "."));
    request.interviewDate().ifPresent(d -> evidence.add(new Evidence(newId(), Vocabulary.INTERVIEW,
        "Interview held on " + d + " by " + request.committee() + "; outcome: passed.")));
    return EdcCredential.newBuilder()
        .id(ids.get())
        .issuer(organisation)
        .validity(ValidityPeriod.yearsFrom(from, profile.validityYears()))
        .subject(request.holder())
        .achievement(new LearningAchievement(newId(), profile.title(), profile.toQualification(),
            new AwardingProcess(organisation, awarded)))
        .evidence(evidence)
        .displayParameter(display(profile))
        .build();
  }

  /**
   * Seals a credential in both forms, JAdES and {@code vc+jwt}, and in the QR form when the
   * builder asked for it ({@link Builder#qrSeal(boolean)}), with the signing time from the clock.
   *
   * @param credential a credential naming this issuer's organisation
   * @return the sealed credential
   * @throws IssuanceException if the credential names another issuer, a certificate of the seal's
   *     chain is not valid at the signing time, or the signer fails
   */
  public SealedCredential seal(EdcCredential credential) throws IssuanceException {
    Objects.requireNonNull(credential, "credential");
    if (!credential.issuer().equals(organisation)) {
      throw new IssuanceException(IssuanceException.Reason.ISSUER_MISMATCH,
          "the credential's issuer " + credential.issuer().id() + " is not this issuer's organisation "
              + organisation.id(), null);
    }
    byte[] payload = CredentialJson.toBytes(credential);
    Instant signingTime = Timestamps.truncate(clock.instant());
    requireValidChain(signingTime);
    try {
      return new SealedCredential(credential, payload, sealer.jades(payload, signingTime),
          sealer.vcJwt(payload, signingTime), qrSeal ? sealer.jadesQr(payload, signingTime) : null,
          signingTime);
    } catch (SealingException e) {
      throw new IssuanceException(IssuanceException.Reason.SIGNER_FAILED, e.getMessage(), e);
    }
  }

  /**
   * Secures a credential with a W3C Data Integrity proof ({@code ecdsa-rdfc-2019}, RDFC-1.0) made
   * with the seal's key: the proof's verification method is the {@code did:key} of the seal
   * certificate's public key, {@code created} comes from the clock and the purpose is
   * {@code assertionMethod}. The credential can then be used as is (a Data-Integrity-secured
   * document, {@link io.sigillo.seal.SecuringForm#DATA_INTEGRITY}) or also be sealed with
   * {@link #seal(EdcCredential)}, whose JOSE seals then cover the proof too.
   *
   * @param credential a credential naming this issuer's organisation
   * @return the credential with the proof added after any it already had
   * @throws IssuanceException if the credential names another issuer, a seal certificate is not
   *     valid at the clock's now, the seal has no P-256 or
   *     P-384 key, or the signer fails
   */
  public EdcCredential addDataIntegrityProof(EdcCredential credential) throws IssuanceException {
    Objects.requireNonNull(credential, "credential");
    if (!credential.issuer().equals(organisation)) {
      throw new IssuanceException(IssuanceException.Reason.ISSUER_MISMATCH,
          "the credential's issuer " + credential.issuer().id() + " is not this issuer's organisation "
              + organisation.id(), null);
    }
    Instant created = Timestamps.truncate(clock.instant());
    requireValidChain(created);
    return proofSigner.addProof(credential, created);
  }

  /**
   * The verification method of this issuer's Data Integrity proofs.
   *
   * @return the {@code did:key:z...#z...} URL of the seal certificate's key, empty if the seal
   *     cannot make proofs (RSA or P-521 seals)
   */
  public java.util.Optional<String> verificationMethod() {
    return java.util.Optional.ofNullable(proofSigner.verificationMethod());
  }

  /**
   * Builds and seals the credential for a request. With status lists configured, the credential
   * is first registered in the store and gets its {@code credentialStatus} entries; if sealing
   * then fails, the registration stays (its indices are never reused) and can be revoked.
   * With {@link Builder#dataIntegrityProofs()} the credential then gets a Data Integrity proof
   * (covering its status entries), which the seals cover too.
   *
   * @param request the request
   * @return the sealed credential
   * @throws IssuanceException if the profile is unknown, the status store fails or the signer
   *     fails
   */
  public SealedCredential issue(IssuanceRequest request) throws IssuanceException {
    EdcCredential credential = prepare(request);
    if (status != null) {
      CredentialRecord record;
      try {
        record = status.store().register(new CredentialRegistration(credential.id(),
            credential.subject().id().toString(), request.profile(), credential.validFrom(),
            credential.validUntil()), "issuer " + organisation.id());
      } catch (StatusStoreException e) {
        throw new IssuanceException(IssuanceException.Reason.STATUS_STORE_FAILED,
            "the credential could not be registered in the status store: " + e.getMessage(), e);
      }
      credential = credential.toBuilder().credentialStatus(status.entries(record)).build();
    }
    return seal(dataIntegrity ? addDataIntegrityProof(credential) : credential);
  }

  /**
   * The status configuration.
   *
   * @return the configuration, if the issuer gives credentials a status
   */
  public Optional<StatusListConfig> statusLists() {
    return Optional.ofNullable(status);
  }

  /**
   * Seals the current state of one status list as a {@code BitstringStatusListCredential}: valid
   * from now for the configured validity, with the configured {@code ttl}, issued by this
   * issuer's organisation, in both securing forms.
   *
   * @param listId the store's list id, for example {@code r1}
   * @return the sealed list credential
   * @throws IssuanceException {@code STATUS_NOT_CONFIGURED}, {@code STATUS_STORE_FAILED} (also
   *     for an unknown list) or {@code SIGNER_FAILED}
   */
  public SealedStatusList publishStatusList(String listId) throws IssuanceException {
    Objects.requireNonNull(listId, "listId");
    StatusListConfig config = requireStatus();
    BitstringStatusList bits;
    StatusListInfo info;
    try {
      info = config.store().lists().stream().filter(l -> l.listId().equals(listId)).findFirst()
          .orElseThrow(() -> new StatusStoreException(StatusStoreException.Reason.UNKNOWN_LIST,
              "no status list " + listId, null));
      bits = config.store().snapshot(listId);
    } catch (StatusStoreException e) {
      throw new IssuanceException(IssuanceException.Reason.STATUS_STORE_FAILED, e.getMessage(), e);
    }
    Instant now = Timestamps.truncate(clock.instant());
    BitstringStatusListCredential list = BitstringStatusListCredential.newBuilder()
        .id(config.listUrl(listId))
        .issuer(organisation.id())
        .validFrom(now)
        .validUntil(now.plus(config.validity()))
        .purpose(info.purpose())
        .list(bits)
        .ttl(config.ttl())
        .build();
    byte[] payload = list.toBytes();
    requireValidChain(now);
    try {
      return new SealedStatusList(listId, list, payload, sealer.jades(payload, now), sealer.vcJwt(payload, now), now);
    } catch (SealingException e) {
      throw new IssuanceException(IssuanceException.Reason.SIGNER_FAILED, e.getMessage(), e);
    }
  }

  /**
   * Seals every status list of the store (see {@link #publishStatusList(String)}).
   *
   * @return one sealed list credential per list, oldest first
   * @throws IssuanceException {@code STATUS_NOT_CONFIGURED}, {@code STATUS_STORE_FAILED} or
   *     {@code SIGNER_FAILED}
   */
  public List<SealedStatusList> publishStatusLists() throws IssuanceException {
    StatusListConfig config = requireStatus();
    List<StatusListInfo> lists;
    try {
      lists = config.store().lists();
    } catch (StatusStoreException e) {
      throw new IssuanceException(IssuanceException.Reason.STATUS_STORE_FAILED, e.getMessage(), e);
    }
    List<SealedStatusList> out = new ArrayList<>();
    for (StatusListInfo l : lists) {
      out.add(publishStatusList(l.listId()));
    }
    return out;
  }

  private StatusListConfig requireStatus() throws IssuanceException {
    if (status == null) {
      throw new IssuanceException(IssuanceException.Reason.STATUS_NOT_CONFIGURED,
          "this issuer is configured without status lists", null);
    }
    return status;
  }

  /** A seal made outside its certificates' validity would never verify: refuse to make it. */
  private void requireValidChain(Instant signingTime) throws IssuanceException {
    for (X509Certificate c : seal.chain()) {
      try {
        c.checkValidity(Date.from(signingTime));
      } catch (CertificateExpiredException | CertificateNotYetValidException e) {
        throw new IssuanceException(IssuanceException.Reason.SEAL_CERTIFICATE_NOT_VALID,
            "certificate " + SealCertificate.displayName(c.getSubjectX500Principal())
                + " is not valid at the signing time " + signingTime + " (valid "
                + c.getNotBefore().toInstant() + " to " + c.getNotAfter().toInstant() + ")", e);
      }
    }
  }

  private URI newId() {
    return URI.create("urn:uuid:" + ids.get());
  }

  private static DisplayParameter display(Profile profile) {
    Map<String, String> description = new LinkedHashMap<>();
    description.put("en", "Certified against " + profile.standard());
    if (profile.title().get("it").isPresent()) {
      description.put("it", "Certificazione secondo la " + profile.standard());
    }
    List<String> languages = new ArrayList<>(profile.title().asMap().keySet());
    String primary = languages.contains("en") ? "en" : languages.get(0);
    return new DisplayParameter(profile.title(), LanguageMap.copyOf(description), primary, languages);
  }

  @Override
  public String toString() {
    return "Issuer[" + organisation.id() + ", " + seal + "]";
  }

  /** Builds an {@link Issuer}; a seal and the issuing organisation are required. */
  public static final class Builder {
    private Seal seal;
    private Organisation organisation;
    private ProfileCatalogue catalogue = ProfileCatalogue.bundled();
    private Clock clock = Clock.systemUTC();
    private Supplier<UUID> ids = UUID::randomUUID;
    private boolean dataIntegrity;
    private boolean qrSeal;
    private StatusListConfig status;

    private Builder() {}

    /**
     * Makes {@link Issuer#issue(IssuanceRequest)} add an {@code ecdsa-rdfc-2019} Data Integrity
     * proof to each credential before sealing it (see {@link Issuer#addDataIntegrityProof}).
     * Needs an ES256 or ES384 seal.
     *
     * @return this builder
     */
    public Builder dataIntegrityProofs() {
      this.dataIntegrity = true;
      return this;
    }

    /**
     * Gives issued credentials a revocation and a suspension status (optional).
     *
     * @param status the store and where its lists are published
     * @return this builder
     */
    public Builder status(StatusListConfig status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the seal.
     *
     * @param seal the organisation's seal
     * @return this builder
     */
    public Builder seal(Seal seal) {
      this.seal = seal;
      return this;
    }

    /**
     * Sets the issuing organisation.
     *
     * @param organisation with the seal certificate's eIDAS legal identifier
     * @return this builder
     */
    public Builder organisation(Organisation organisation) {
      this.organisation = organisation;
      return this;
    }

    /**
     * Sets the profile catalogue; the bundled one by default.
     *
     * @param catalogue the profiles this issuer certifies
     * @return this builder
     */
    public Builder catalogue(ProfileCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the clock for validity and signing time; {@link Clock#systemUTC()} by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the source of credential and node identifiers; random UUIDs by default.
     *
     * @param ids a supplier of unique UUIDs
     * @return this builder
     */
    public Builder ids(Supplier<UUID> ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Also seals every credential in the {@link io.sigillo.seal.SecuringForm#JADES_QR} form: JAdES
     * whose header references the seal certificate by {@code kid} and {@code x5t#S256} instead of
     * embedding it, so that the whole credential fits one printable QR code
     * ({@link io.sigillo.qr.OfflineQr}). Costs one more signature per credential; off by default.
     * Verifiers then need the seal certificate in their configuration.
     *
     * @param enabled whether to make the QR form
     * @return this builder
     */
    public Builder qrSeal(boolean enabled) {
      this.qrSeal = enabled;
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the issuer
     * @throws IllegalArgumentException if the organisation's eIDAS identifier is not the seal
     *     certificate's, or Data Integrity proofs are asked for with a seal that cannot make them
     */
    public Issuer build() {
      return new Issuer(this);
    }
  }
}
