package io.sigillo.issuer.route;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.internal.route.RouteJson;
import io.sigillo.issuer.route.RouteException.Reason;
import io.sigillo.issuer.status.StatusListConfig;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The issuing scheme as typed, validated steps: an issuer does not sign JSON, it runs a
 * certification scheme. Every step is recorded in the {@link RouteStore} with who and when, in
 * the same transaction as its state change, so that an auditor can replay how each credential
 * came to be ({@link RouteStore#audit(URI)}).
 *
 * <h2>The association route</h2>
 *
 * <pre>{@code
 * Application app = route.open(RouteKind.ASSOCIATION_ASSESSMENT, "ai-security-specialist", null, holder, "registrar");
 * route.verifyMembership(app.id(), membership, "registrar");       // active member required
 * route.recordDossier(app.id(), dossier, "registrar");             // CV, training, experience, portfolio by digest
 * route.recordInterview(app.id(), interview, "committee");         // optional
 * route.recordAssessment(app.id(), assessment, "committee");       // an outcome per UNI 11621-8 criterion
 * SealedCredential sealed = route.issue(app.id(), "registrar");    // only after a positive decision
 * }</pre>
 *
 * <p>A step out of order, a date in the future or out of sequence, outcomes that do not cover the
 * profile's criteria, or a positive decision with a criterion not met is refused with a
 * {@link RouteException} and records nothing. A negative decision or a failed interview is
 * recorded and refuses the application.
 *
 * <h2>Other routes</h2>
 *
 * <ul>
 *   <li>{@link #renew(URI, Membership, List, String)}: renewal through continuing professional
 *       development against the {@link CpdRequirement}, in the window around expiry; the new
 *       credential {@code replaces} the previous one, which is marked superseded (not revoked). A
 *       revoked credential cannot be renewed; a suspended one must be reinstated first.
 *   <li>Third-party certification under ISO/IEC 17024 ({@link RouteKind#ISO_17024_CERTIFICATION}):
 *       refused with {@link Reason#NO_ACCREDITED_BODY} unless an {@link AccreditedBody} is
 *       configured.
 *   <li>{@link #attest(AttestationRequest, String)}: the professional quality attestation under
 *       Article 7 of Italian Law 4/2013 for qualifying members, its own credential type.
 *   <li>{@link #prepareAll(List, List, String)}: a whole HR batch, idempotent on the HR key.
 * </ul>
 *
 * <p>Issuance is two-phase so that nothing is lost: {@code prepare} registers the credential and
 * stores its document; after sealing and delivering, {@code delivered} confirms. An issuance
 * interrupted in between is completed by {@link #resume(String, String)} with the same credential.
 *
 * <p>The issuer must give credentials a status in the route store's status store
 * ({@code Issuer.Builder.status(...)} over {@link RouteStore#statusStore()}). Thread-safe.
 */
public final class CertificationRoute {
  private final Issuer issuer;
  private final RouteStore store;
  private final ProfileCatalogue catalogue;
  private final Clock clock;
  private final CpdRequirement cpd;
  private final AccreditedBody body;
  private final URI consumerDesk;
  private final Ledger ledger;
  private final Credentials credentials;
  private final Renewals renewals;

  private CertificationRoute(Builder b) {
    this.issuer = Objects.requireNonNull(b.issuer, "issuer");
    this.store = Objects.requireNonNull(b.store, "store");
    StatusListConfig status = issuer.statusLists().orElseThrow(() -> new IllegalArgumentException(
        "the issuer must give credentials a status in the route store's status store"));
    if (status.store() != store.statusStore()) {
      throw new IllegalArgumentException("the issuer's status store must be the route store's statusStore()");
    }
    this.catalogue = b.catalogue;
    this.clock = b.clock;
    this.cpd = b.cpd;
    this.body = b.body;
    this.consumerDesk = b.consumerDesk;
    this.ledger = new Ledger(store, status, b.ids);
    this.credentials = new Credentials(issuer, b.ids);
    this.renewals = new Renewals(store, ledger, credentials, catalogue, clock);
  }

  /**
   * Starts a builder.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The store.
   *
   * @return the route store
   */
  public RouteStore store() {
    return store;
  }

  /**
   * The issuer that seals.
   *
   * @return the issuer
   */
  public Issuer issuer() {
    return issuer;
  }

  /**
   * Opens an application on the association or the third-party route.
   *
   * @param route {@link RouteKind#ASSOCIATION_ASSESSMENT} or {@link RouteKind#ISO_17024_CERTIFICATION}
   * @param profile the profile code
   * @param key the HR key, or null
   * @param holder the holder
   * @param actor who opens it
   * @return the application, {@link ApplicationState#OPEN}
   * @throws RouteException {@code NO_ACCREDITED_BODY}, {@code PROFILE_UNKNOWN}, {@code DUPLICATE_KEY},
   *     {@code STEP_OUT_OF_ORDER} for the one-shot routes, or {@code STORE_UNAVAILABLE}
   */
  public Application open(RouteKind route, String profile, HrKey key, Person holder, String actor)
      throws RouteException {
    Objects.requireNonNull(route, "route");
    Objects.requireNonNull(holder, "holder");
    actor(actor);
    if (route == RouteKind.ISO_17024_CERTIFICATION && body == null) {
      throw noAccreditedBody();
    }
    if (route == RouteKind.RENEWAL || route == RouteKind.LAW_4_2013_ATTESTATION) {
      throw new RouteException(Reason.STEP_OUT_OF_ORDER, "route", route + " is recorded in one go: use "
          + (route == RouteKind.RENEWAL ? "renew" : "attest"), null);
    }
    Profile p = Rules.profile(catalogue, profile);
    if (key != null && !key.profile().equals(p.code())) {
      throw new RouteException(Reason.PROFILE_UNKNOWN, "profile", "the HR key names profile " + key.profile()
          + ", the application " + p.code(), null);
    }
    return ledger.open(route, p.code(), key, holder, actor);
  }

  /**
   * Records the verified membership: it must be active.
   *
   * @param applicationId the application, {@link ApplicationState#OPEN}
   * @param membership the register's entry
   * @param actor who verified it
   * @return the application, {@link ApplicationState#MEMBERSHIP_VERIFIED}
   * @throws RouteException {@code MEMBERSHIP_INACTIVE}, {@code DATE_INVALID}, {@code STEP_OUT_OF_ORDER},
   *     {@code UNKNOWN_APPLICATION} or {@code STORE_UNAVAILABLE}
   */
  public Application verifyMembership(String applicationId, Membership membership, String actor) throws RouteException {
    Rules.membership(membership, today());
    return ledger.advance(applicationId, Ledger.states(ApplicationState.OPEN), ApplicationState.MEMBERSHIP_VERIFIED,
        List.of(new Ledger.Step(StepKind.MEMBERSHIP_VERIFIED, RouteJson.membership(membership))), actor(actor),
        (a, steps) -> { });
  }

  /**
   * Records the competency dossier (references and digests).
   *
   * @param applicationId the application, {@link ApplicationState#MEMBERSHIP_VERIFIED}
   * @param dossier the dossier
   * @param actor who recorded it
   * @return the application, {@link ApplicationState#DOSSIER_RECORDED}
   * @throws RouteException {@code DATE_INVALID}, {@code STEP_OUT_OF_ORDER}, {@code UNKNOWN_APPLICATION} or
   *     {@code STORE_UNAVAILABLE}
   */
  public Application recordDossier(String applicationId, Dossier dossier, String actor) throws RouteException {
    Rules.dossier(dossier, today());
    return ledger.advance(applicationId, Ledger.states(ApplicationState.MEMBERSHIP_VERIFIED),
        ApplicationState.DOSSIER_RECORDED, List.of(new Ledger.Step(StepKind.DOSSIER_RECORDED, RouteJson.dossier(dossier))),
        actor(actor), (a, steps) -> requireRoute(a, RouteKind.ASSOCIATION_ASSESSMENT, StepKind.DOSSIER_RECORDED));
  }

  /**
   * Records the interview; a failed interview refuses the application.
   *
   * @param applicationId the application, {@link ApplicationState#DOSSIER_RECORDED}
   * @param interview the interview
   * @param actor who recorded it
   * @return the application, {@link ApplicationState#INTERVIEWED} or {@link ApplicationState#REFUSED}
   * @throws RouteException {@code DATE_INVALID}, {@code STEP_OUT_OF_ORDER}, {@code UNKNOWN_APPLICATION} or
   *     {@code STORE_UNAVAILABLE}
   */
  public Application recordInterview(String applicationId, Interview interview, String actor) throws RouteException {
    List<Ledger.Step> steps = interview.passed()
        ? List.of(new Ledger.Step(StepKind.INTERVIEW_RECORDED, RouteJson.interview(interview)))
        : List.of(new Ledger.Step(StepKind.INTERVIEW_RECORDED, RouteJson.interview(interview)),
            new Ledger.Step(StepKind.REFUSED, RouteJson.object().put("reason", Reason.INTERVIEW_FAILED.name())));
    return ledger.advance(applicationId, Ledger.states(ApplicationState.DOSSIER_RECORDED),
        interview.passed() ? ApplicationState.INTERVIEWED : ApplicationState.REFUSED, steps, actor(actor),
        (a, done) -> Rules.interview(interview, RouteJson.readDossier(last(done, StepKind.DOSSIER_RECORDED)), today()));
  }

  /**
   * Records the committee's assessment; a negative decision refuses the application.
   *
   * @param applicationId the application, {@link ApplicationState#DOSSIER_RECORDED} or
   *     {@link ApplicationState#INTERVIEWED}
   * @param assessment the outcomes, assessors and decision
   * @param actor who recorded it
   * @return the application, {@link ApplicationState#ASSESSED} or {@link ApplicationState#REFUSED}
   * @throws RouteException {@code ASSESSMENT_INCOMPLETE}, {@code ASSESSMENT_INCONSISTENT}, {@code DATE_INVALID},
   *     {@code STEP_OUT_OF_ORDER}, {@code UNKNOWN_APPLICATION} or {@code STORE_UNAVAILABLE}
   */
  public Application recordAssessment(String applicationId, Assessment assessment, String actor) throws RouteException {
    boolean positive = assessment.decision() == Decision.POSITIVE;
    List<Ledger.Step> steps = positive
        ? List.of(new Ledger.Step(StepKind.ASSESSMENT_RECORDED, RouteJson.assessment(assessment)))
        : List.of(new Ledger.Step(StepKind.ASSESSMENT_RECORDED, RouteJson.assessment(assessment)),
            new Ledger.Step(StepKind.REFUSED, RouteJson.object().put("reason", Reason.DECISION_NEGATIVE.name())));
    return ledger.advance(applicationId, Ledger.states(ApplicationState.DOSSIER_RECORDED, ApplicationState.INTERVIEWED),
        positive ? ApplicationState.ASSESSED : ApplicationState.REFUSED, steps, actor(actor), (a, done) -> {
          Optional<Interview> interview = done.stream().anyMatch(s -> s.step() == StepKind.INTERVIEW_RECORDED)
              ? Optional.of(RouteJson.readInterview(last(done, StepKind.INTERVIEW_RECORDED))) : Optional.empty();
          Rules.assessment(assessment, Rules.profile(catalogue, a.profile()),
              RouteJson.readMembership(last(done, StepKind.MEMBERSHIP_VERIFIED)),
              RouteJson.readDossier(last(done, StepKind.DOSSIER_RECORDED)), interview, today());
        });
  }

  /**
   * Records the accredited body's certification on the third-party route.
   *
   * @param applicationId the application, {@link ApplicationState#MEMBERSHIP_VERIFIED}
   * @param certification the body's decision
   * @param actor who recorded it
   * @return the application, {@link ApplicationState#CERTIFIED}
   * @throws RouteException {@code NO_ACCREDITED_BODY}, {@code BODY_MISMATCH}, {@code DATE_INVALID},
   *     {@code STEP_OUT_OF_ORDER}, {@code UNKNOWN_APPLICATION} or {@code STORE_UNAVAILABLE}
   */
  public Application recordCertification(String applicationId, ThirdPartyCertification certification, String actor)
      throws RouteException {
    if (body == null) {
      throw noAccreditedBody();
    }
    if (!body.accreditationNumber().equals(certification.accreditationNumber())) {
      throw new RouteException(Reason.BODY_MISMATCH, "certification.accreditationNumber", "the certification names"
          + " accreditation " + certification.accreditationNumber() + "; the configured body is "
          + body.accreditationNumber(), null);
    }
    if (certification.certifiedOn().isAfter(today())) {
      throw new RouteException(Reason.DATE_INVALID, "certification.certifiedOn", "the certification date "
          + certification.certifiedOn() + " is in the future", null);
    }
    ObjectNode details = RouteJson.object().put("body", body.id().toString()).put("bodyName", body.name())
        .put("accreditationNumber", body.accreditationNumber()).put("accreditedBy", body.accreditedBy())
        .put("certificateNumber", certification.certificateNumber())
        .put("certifiedOn", certification.certifiedOn().toString());
    return ledger.advance(applicationId, Ledger.states(ApplicationState.MEMBERSHIP_VERIFIED), ApplicationState.CERTIFIED,
        List.of(new Ledger.Step(StepKind.CERTIFICATION_RECORDED, details)), actor(actor),
        (a, done) -> requireRoute(a, RouteKind.ISO_17024_CERTIFICATION, StepKind.CERTIFICATION_RECORDED));
  }

  /**
   * Registers the credential of an assessed (or certified) application and stores it, ready to
   * seal.
   *
   * @param applicationId the application, {@link ApplicationState#ASSESSED} or {@link ApplicationState#CERTIFIED}
   * @param actor who issues
   * @return the credential to seal
   * @throws RouteException {@code STEP_OUT_OF_ORDER} (also for a refused application),
   *     {@code NO_ACCREDITED_BODY}, {@code UNKNOWN_APPLICATION} or {@code STORE_UNAVAILABLE}
   */
  public Prepared prepare(String applicationId, String actor) throws RouteException {
    return ledger.prepare(applicationId, actor(actor), (a, done) -> {
      Profile p = Rules.profile(catalogue, a.profile());
      Membership m = RouteJson.readMembership(last(done, StepKind.MEMBERSHIP_VERIFIED));
      if (a.route() == RouteKind.ISO_17024_CERTIFICATION) {
        if (body == null) {
          throw noAccreditedBody();
        }
        JsonNode cert = last(done, StepKind.CERTIFICATION_RECORDED);
        return credentials.thirdParty(p, a.holder(), m, body, new ThirdPartyCertification(
            cert.get("certificateNumber").asText(), LocalDate.parse(cert.get("certifiedOn").asText()),
            cert.get("accreditationNumber").asText()));
      }
      Optional<Interview> interview = done.stream().anyMatch(s -> s.step() == StepKind.INTERVIEW_RECORDED)
          ? Optional.of(RouteJson.readInterview(last(done, StepKind.INTERVIEW_RECORDED))) : Optional.empty();
      return credentials.association(p, a.holder(), m, RouteJson.readDossier(last(done, StepKind.DOSSIER_RECORDED)),
          interview, RouteJson.readAssessment(last(done, StepKind.ASSESSMENT_RECORDED)));
    });
  }

  /**
   * Prepares, seals and confirms the credential of an assessed application.
   *
   * @param applicationId the application
   * @param actor who issues
   * @return the sealed credential
   * @throws RouteException as {@link #prepare(String, String)}, or {@code ISSUANCE_FAILED} (the
   *     application then stays {@code ISSUING}; {@link #resume(String, String)} completes it)
   */
  public SealedCredential issue(String applicationId, String actor) throws RouteException {
    return sealAndConfirm(prepare(applicationId, actor), actor);
  }

  /**
   * Completes an interrupted issuance: seals the stored credential again (same id, content and
   * status entries) and confirms it.
   *
   * @param applicationId an application in {@link ApplicationState#ISSUING}
   * @param actor who resumes
   * @return the sealed credential
   * @throws RouteException {@code STEP_OUT_OF_ORDER}, {@code UNKNOWN_APPLICATION}, {@code ISSUANCE_FAILED} or
   *     {@code STORE_UNAVAILABLE}
   */
  public SealedCredential resume(String applicationId, String actor) throws RouteException {
    return sealAndConfirm(pending(applicationId), actor(actor));
  }

  /**
   * The stored credential of an application in {@link ApplicationState#ISSUING}.
   *
   * @param applicationId the application
   * @return the credential to seal again
   * @throws RouteException {@code STEP_OUT_OF_ORDER}, {@code UNKNOWN_APPLICATION} or {@code STORE_UNAVAILABLE}
   */
  public Prepared pending(String applicationId) throws RouteException {
    return ledger.pending(applicationId);
  }

  /**
   * Renews a certificate through continuing professional development: prepares, seals and confirms.
   *
   * @param previous the certificate to renew, issued through the route
   * @param membership the holder's membership, which must be active
   * @param activities the CPD activities, completed during the previous credential's validity
   * @param actor who renews
   * @return the renewal, which {@code replaces} the previous credential
   * @throws RouteException see {@link #prepareRenewal(URI, Membership, List, String)}, or {@code ISSUANCE_FAILED}
   */
  public SealedCredential renew(URI previous, Membership membership, List<CpdActivity> activities, String actor)
      throws RouteException {
    return sealAndConfirm(prepareRenewal(previous, membership, activities, actor), actor);
  }

  /**
   * Checks a renewal and records it: the new credential is registered and stored, the previous
   * one marked superseded (it stays valid until it expires; it is not revoked).
   *
   * @param previous the certificate to renew
   * @param membership the holder's membership
   * @param activities the CPD activities
   * @param actor who renews
   * @return the renewal to seal
   * @throws RouteException {@code UNKNOWN_CREDENTIAL}, {@code CREDENTIAL_REVOKED}, {@code CREDENTIAL_SUSPENDED},
   *     {@code ALREADY_RENEWED}, {@code RENEWAL_TOO_EARLY}, {@code RENEWAL_TOO_LATE}, {@code CPD_INSUFFICIENT},
   *     {@code MEMBERSHIP_INACTIVE} or {@code STORE_UNAVAILABLE}
   */
  public Prepared prepareRenewal(URI previous, Membership membership, List<CpdActivity> activities, String actor)
      throws RouteException {
    return renewals.renewal(previous, membership, activities, cpd, actor(actor));
  }

  /**
   * Attests a qualifying member under Article 7 of Italian Law 4/2013: prepares, seals and confirms.
   *
   * @param request the member's certificate, membership and insurance
   * @param actor who attests (under the responsibility of the association's legal representative)
   * @return the attestation, of type {@code ProfessionalQualityAttestation}
   * @throws RouteException {@code ATTESTATION_NOT_CONFIGURED}, {@code NOT_QUALIFYING},
   *     {@code MEMBERSHIP_INACTIVE}, {@code ISSUANCE_FAILED} or {@code STORE_UNAVAILABLE}
   */
  public SealedCredential attest(AttestationRequest request, String actor) throws RouteException {
    if (consumerDesk == null) {
      throw new RouteException(Reason.ATTESTATION_NOT_CONFIGURED, null, "an attestation names the association's"
          + " consumer desk (Law 4/2013, art. 2(4)); configure it with CertificationRoute.Builder.consumerDesk", null);
    }
    return sealAndConfirm(renewals.attestation(request, consumerDesk, actor(actor)), actor);
  }

  /**
   * Checks every rule of the association route on a whole input, as batch issuance does before
   * recording anything.
   *
   * @param input the input
   * @throws RouteException the first rule broken, naming the input field
   */
  public void check(RouteInput input) throws RouteException {
    Rules.input(input, catalogue, today());
  }

  /**
   * Records a batch of inputs that passed {@link #check(RouteInput)} in one transaction:
   * idempotent on the HR key, so that running the same or an overlapping batch again records only
   * what is new, and resumes what an interrupted run prepared but never confirmed.
   *
   * @param inputs the inputs
   * @param sources where each input came from (for example {@code hr.csv row 12}), recorded with it
   * @param actor who runs the batch
   * @return one reservation per input, in order
   * @throws RouteException {@code STORE_UNAVAILABLE}, or the first rule an input breaks
   */
  public List<Reservation> prepareAll(List<RouteInput> inputs, List<String> sources, String actor)
      throws RouteException {
    return new BatchLedger(ledger, credentials, catalogue).prepareAll(inputs, sources, actor(actor), today());
  }

  /**
   * Seals a prepared credential with the issuer.
   *
   * @param credential the credential
   * @return the sealed forms
   * @throws RouteException {@code ISSUANCE_FAILED}
   */
  public SealedCredential seal(EdcCredential credential) throws RouteException {
    try {
      return issuer.seal(credential);
    } catch (IssuanceException e) {
      throw new RouteException(Reason.ISSUANCE_FAILED, null, "cannot seal " + credential.id() + ": " + e.reason()
          + " " + e.getMessage(), e);
    }
  }

  /**
   * Confirms the delivery of a sealed credential; the application becomes {@code ISSUED}.
   *
   * @param applicationId the application
   * @param credentialId its credential
   * @param actor who delivered it
   * @return true if it was confirmed now, false if it was confirmed before
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public boolean delivered(String applicationId, URI credentialId, String actor) throws RouteException {
    return !ledger.delivered(Map.of(applicationId, credentialId), actor(actor)).isEmpty();
  }

  /**
   * Confirms the delivery of many sealed credentials in one transaction.
   *
   * @param credentials application id to credential id
   * @param actor who delivered them
   * @return the applications confirmed now
   * @throws RouteException {@code STORE_UNAVAILABLE}
   */
  public List<String> delivered(Map<String, URI> credentials, String actor) throws RouteException {
    return ledger.delivered(credentials, actor(actor));
  }

  private SealedCredential sealAndConfirm(Prepared p, String actor) throws RouteException {
    SealedCredential sealed = seal(p.credential());
    delivered(p.applicationId(), p.credential().id(), actor);
    return sealed;
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private static RouteException noAccreditedBody() {
    return new RouteException(Reason.NO_ACCREDITED_BODY, "route", "third-party certification under ISO/IEC 17024"
        + " needs a certification body accredited for the profile; none is configured (no Italian body is"
        + " accredited yet)", null);
  }

  private static void requireRoute(Application a, RouteKind route, StepKind step) throws RouteException {
    if (a.route() != route) {
      throw new RouteException(Reason.STEP_OUT_OF_ORDER, null, step + " is not a step of the " + a.route() + " route",
          null);
    }
  }

  static JsonNode last(List<RouteStep> steps, StepKind kind) throws RouteException {
    for (int i = steps.size() - 1; i >= 0; i--) {
      if (steps.get(i).step() == kind) {
        return RouteJson.parse(steps.get(i).details());
      }
    }
    throw new RouteException(Reason.STEP_OUT_OF_ORDER, null, "the application has no " + kind + " step", null);
  }

  static String actor(String actor) {
    Objects.requireNonNull(actor, "actor");
    if (actor.isBlank() || actor.length() > 200) {
      throw new IllegalArgumentException("actor must be 1 to 200 characters");
    }
    return actor;
  }

  /** Builds a {@link CertificationRoute}; the issuer and the store are required. */
  public static final class Builder {
    private Issuer issuer;
    private RouteStore store;
    private ProfileCatalogue catalogue = ProfileCatalogue.bundled();
    private Clock clock = Clock.systemUTC();
    private CpdRequirement cpd = CpdRequirement.DEFAULT;
    private AccreditedBody body;
    private URI consumerDesk;
    private Supplier<UUID> ids = UUID::randomUUID;

    private Builder() {}

    /**
     * Sets the issuer; it must give credentials a status in the store's status store.
     *
     * @param issuer the issuer
     * @return this builder
     */
    public Builder issuer(Issuer issuer) {
      this.issuer = issuer;
      return this;
    }

    /**
     * Sets the store.
     *
     * @param store the route store
     * @return this builder
     */
    public Builder store(RouteStore store) {
      this.store = store;
      return this;
    }

    /**
     * Sets the profile catalogue (the issuer's); the bundled one by default.
     *
     * @param catalogue the catalogue
     * @return this builder
     */
    public Builder catalogue(ProfileCatalogue catalogue) {
      this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
      return this;
    }

    /**
     * Sets the clock for "today" in the date rules and the renewal window (use the issuer's);
     * {@link Clock#systemUTC()} by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the renewal requirement; {@link CpdRequirement#DEFAULT} by default.
     *
     * @param requirement the requirement
     * @return this builder
     */
    public Builder cpdRequirement(CpdRequirement requirement) {
      this.cpd = Objects.requireNonNull(requirement, "requirement");
      return this;
    }

    /**
     * Configures the accredited ISO/IEC 17024 body of the third-party route; none by default.
     *
     * @param body the body
     * @return this builder
     */
    public Builder accreditedBody(AccreditedBody body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the association's consumer desk named in attestations; none by default.
     *
     * @param consumerDesk an absolute URI (web page or {@code mailto:})
     * @return this builder
     */
    public Builder consumerDesk(URI consumerDesk) {
      if (consumerDesk != null && !consumerDesk.isAbsolute()) {
        throw new IllegalArgumentException("the consumer desk must be an absolute URI: " + consumerDesk);
      }
      this.consumerDesk = consumerDesk;
      return this;
    }

    /**
     * Sets the source of application and node identifiers; random UUIDs by default.
     *
     * @param ids a supplier of unique UUIDs
     * @return this builder
     */
    public Builder ids(Supplier<UUID> ids) {
      this.ids = Objects.requireNonNull(ids, "ids");
      return this;
    }

    /**
     * Validates and builds.
     *
     * @return the route
     * @throws IllegalArgumentException if the issuer has no status lists in the store's status store
     */
    public CertificationRoute build() {
      return new CertificationRoute(this);
    }
  }
}
