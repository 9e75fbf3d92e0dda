package io.sigillo.issuer.route;

import static io.sigillo.issuer.route.RouteContractTest.assertRefused;
import static io.sigillo.issuer.route.RouteFixture.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.QualityAttestation;
import io.sigillo.credential.Vocabulary;
import io.sigillo.issuer.status.CredentialState;
import io.sigillo.issuer.status.TestDatabases;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Renewal through CPD and the Law 4/2013 attestation on a real database; run on H2 and PostgreSQL. */
abstract class OneShotRoutesContractTest {
  static final Instant ONE_MONTH_BEFORE_EXPIRY = Instant.parse("2029-11-01T09:00:00Z");
  static final Membership RENEWED_MEMBERSHIP = new Membership("AIPIA-000042", LocalDate.of(2024, 3, 1), true,
      LocalDate.of(2030, 12, 31));
  static final List<CpdActivity> CPD = List.of(
      new CpdActivity("OWASP LLM Top 10 workshop", LocalDate.of(2027, 5, 10), new BigDecimal("16")),
      new CpdActivity("Adversarial ML course", LocalDate.of(2028, 3, 2), new BigDecimal("32.5")),
      new CpdActivity("ENISA threat landscape seminar", LocalDate.of(2029, 6, 20), new BigDecimal("12")));

  RouteFixture f;
  CertificationRoute route;
  EdcCredential certificate;

  abstract TestDatabases.Db newDatabase();

  @BeforeEach
  void issueCertificate() throws Exception {
    f = new RouteFixture(newDatabase());
    route = f.route();
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("42"), "registrar");
    route.verifyMembership(a.id(), RouteFixture.membership(), "registrar");
    route.recordDossier(a.id(), RouteFixture.dossier(), "registrar");
    route.recordAssessment(a.id(), RouteFixture.positive(), "committee");
    certificate = route.issue(a.id(), "registrar").credential();
  }

  @AfterEach
  void close() {
    f.close();
  }

  @Test
  void renew_inWindowWithEnoughCpd_replacesPreviousWhichIsSupersededNotRevoked() throws Exception {
    f.clock.set(ONE_MONTH_BEFORE_EXPIRY);

    EdcCredential renewed = route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar").credential();

    assertThat(renewed.replaces()).contains(certificate.id());
    assertThat(renewed.subject()).isEqualTo(certificate.subject());
    assertThat(renewed.validFrom()).as("continuity: starts when the previous ends").isEqualTo(certificate.validUntil());
    assertThat(renewed.evidence()).anySatisfy(e -> {
      assertThat(e.type()).isEqualTo(Vocabulary.CONTINUING_PROFESSIONAL_DEVELOPMENT);
      assertThat(e.statement()).contains("3 activities, 60.5 hours", "requirement: 60 hours", certificate.id().toString());
    });
    assertThat(f.store.statusStore().find(certificate.id()).orElseThrow().state()).isEqualTo(CredentialState.ACTIVE);
    AuditTrail previous = f.store.audit(certificate.id());
    assertThat(previous.supersededBy()).contains(renewed.id());
    assertThat(previous.steps()).extracting(RouteStep::step).endsWith(StepKind.SUPERSEDED);
    AuditTrail next = f.store.audit(renewed.id());
    assertThat(next.application().route()).isEqualTo(RouteKind.RENEWAL);
    assertThat(next.replaces()).contains(certificate.id());
    assertThat(next.steps()).extracting(RouteStep::step).containsExactly(StepKind.OPENED,
        StepKind.MEMBERSHIP_VERIFIED, StepKind.CPD_RECORDED, StepKind.CREDENTIAL_PREPARED,
        StepKind.CREDENTIAL_DELIVERED);
    assertRefused(RouteException.Reason.ALREADY_RENEWED,
        () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar"));
  }

  @Test
  void renew_afterExpiryWithinGrace_startsNow() throws Exception {
    Instant now = certificate.validUntil().plusSeconds(10 * 86_400);
    f.clock.set(now);

    EdcCredential renewed = route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar").credential();

    assertThat(renewed.validFrom()).isEqualTo(now);
  }

  @Test
  void renew_revoked_refusedForGood() throws Exception {
    f.store.statusStore().revoke(certificate.id(), "committee", "misconduct");
    f.clock.set(ONE_MONTH_BEFORE_EXPIRY);

    assertRefused(RouteException.Reason.CREDENTIAL_REVOKED,
        () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar"));
    assertThat(f.store.audit(certificate.id()).supersededBy()).isEmpty();
  }

  @Test
  void renew_suspended_refusedUntilReinstated() throws Exception {
    f.store.statusStore().suspend(certificate.id(), "registrar", "fee unpaid");
    f.clock.set(ONE_MONTH_BEFORE_EXPIRY);

    assertRefused(RouteException.Reason.CREDENTIAL_SUSPENDED,
        () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar"));
    f.store.statusStore().reinstate(certificate.id(), "registrar", "paid");
    assertThat(route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar").credential().replaces())
        .contains(certificate.id());
  }

  @Test
  void renew_outsideTheWindow_tooEarlyOrTooLate() {
    f.clock.set(Instant.parse("2029-08-01T09:00:00Z"));
    assertRefused(RouteException.Reason.RENEWAL_TOO_EARLY,
        () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar"));
    f.clock.set(Instant.parse("2030-01-02T09:00:00Z"));
    assertRefused(RouteException.Reason.RENEWAL_TOO_LATE,
        () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar"));
  }

  @Test
  void renew_tooFewHoursOrActivityOutsideValidity_cpdInsufficient() {
    f.clock.set(ONE_MONTH_BEFORE_EXPIRY);
    assertRefused(RouteException.Reason.CPD_INSUFFICIENT, () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP,
        CPD.subList(0, 2), "registrar"));
    List<CpdActivity> early = List.of(new CpdActivity("Old course", LocalDate.of(2026, 1, 1), new BigDecimal("100")));
    assertRefused(RouteException.Reason.CPD_INSUFFICIENT,
        () -> route.renew(certificate.id(), RENEWED_MEMBERSHIP, early, "registrar"));
  }

  @Test
  void renew_configurableRequirement_appliesItsHours() throws Exception {
    f.clock.set(ONE_MONTH_BEFORE_EXPIRY);
    CertificationRoute strict = f.routeBuilder().cpdRequirement(new CpdRequirement(new BigDecimal("80"),
        java.time.Period.ofMonths(6), java.time.Period.ZERO)).build();
    assertRefused(RouteException.Reason.CPD_INSUFFICIENT,
        () -> strict.renew(certificate.id(), RENEWED_MEMBERSHIP, CPD, "registrar"));
  }

  @Test
  void attest_qualifyingMember_attestationValidForTheMembershipPeriod() throws Exception {
    EdcCredential a = route.attest(new AttestationRequest(certificate.id(), RouteFixture.membership(), true), "president")
        .credential();

    assertThat(a.types()).contains(Vocabulary.PROFESSIONAL_QUALITY_ATTESTATION);
    QualityAttestation claim = a.attestation().orElseThrow();
    assertThat(claim.membershipNumber()).isEqualTo("AIPIA-000042");
    assertThat(claim.consumerDesk()).isEqualTo(RouteFixture.DESK);
    assertThat(claim.professionalLiabilityInsurance()).isTrue();
    assertThat(claim.qualityStandard().id()).isEqualTo(certificate.qualification().id());
    assertThat(a.subject()).isEqualTo(certificate.subject());
    assertThat(a.validUntil()).isEqualTo(Instant.parse("2028-01-01T00:00:00Z"));
    assertThat(a.credentialStatus()).hasSize(2);
    assertThat(f.store.audit(a.id()).steps()).extracting(RouteStep::step).containsExactly(StepKind.OPENED,
        StepKind.MEMBERSHIP_VERIFIED, StepKind.QUALIFICATION_CHECKED, StepKind.CREDENTIAL_PREPARED,
        StepKind.CREDENTIAL_DELIVERED);
    assertThat(f.store.audit(a.id()).steps().get(0).actor()).isEqualTo("president");
  }

  @Test
  void attest_membershipBeyondThreeYears_cappedAtThreeYears() throws Exception {
    Membership longOne = new Membership("AIPIA-000042", LocalDate.of(2024, 3, 1), true, LocalDate.of(2035, 1, 1));
    EdcCredential a = route.attest(new AttestationRequest(certificate.id(), longOne, false), "president").credential();
    assertThat(a.validUntil()).isEqualTo(Instant.parse("2029-12-01T09:00:00Z"));
  }

  @Test
  void attest_revokedCertificateOrUnknown_notQualifying() throws Exception {
    assertRefused(RouteException.Reason.NOT_QUALIFYING, () -> route.attest(new AttestationRequest(
        URI.create("urn:uuid:00000000-0000-4000-8000-000000000009"), RouteFixture.membership(), true), "president"));
    f.store.statusStore().revoke(certificate.id(), "committee", "withdrawn");
    assertRefused(RouteException.Reason.NOT_QUALIFYING,
        () -> route.attest(new AttestationRequest(certificate.id(), RouteFixture.membership(), true), "president"));
  }

  @Test
  void attest_withoutConsumerDeskOrMembershipEnd_refused() {
    CertificationRoute noDesk = f.routeBuilder().consumerDesk(null).build();
    assertRefused(RouteException.Reason.ATTESTATION_NOT_CONFIGURED, () -> noDesk.attest(
        new AttestationRequest(certificate.id(), RouteFixture.membership(), true), "president"));
    Membership openEnded = new Membership("AIPIA-000042", LocalDate.of(2024, 3, 1), true, null);
    assertRefused(RouteException.Reason.MEMBERSHIP_INACTIVE,
        () -> route.attest(new AttestationRequest(certificate.id(), openEnded, true), "president"));
  }

  @Test
  void renew_attestation_refusedAsNotRenewable() throws Exception {
    EdcCredential a = route.attest(new AttestationRequest(certificate.id(), RouteFixture.membership(), true), "p")
        .credential();
    f.clock.set(Instant.parse("2027-11-15T00:00:00Z"));
    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER, () -> route.renew(a.id(), RENEWED_MEMBERSHIP, CPD, "r"));
  }
}
