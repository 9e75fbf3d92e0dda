package io.sigillo.issuer.route;

import static io.sigillo.issuer.route.RouteFixture.PROFILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Evidence;
import io.sigillo.credential.Vocabulary;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.status.CredentialState;
import io.sigillo.issuer.status.StatusChange;
import io.sigillo.issuer.status.TestDatabases;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The association and third-party routes on a real database; run on H2 and PostgreSQL. */
abstract class RouteContractTest {
  RouteFixture f;
  CertificationRoute route;

  abstract TestDatabases.Db newDatabase();

  @BeforeEach
  void open() throws Exception {
    f = new RouteFixture(newDatabase());
    route = f.route();
  }

  @AfterEach
  void close() {
    f.close();
  }

  static void assertRefused(RouteException.Reason reason, ThrowingRunnable r) {
    assertThatThrownBy(r::run).isInstanceOfSatisfying(RouteException.class,
        e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason));
  }

  interface ThrowingRunnable {
    void run() throws Exception;
  }

  Application assessedApplication() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("42"), "registrar");
    route.verifyMembership(a.id(), RouteFixture.membership(), "registrar");
    route.recordDossier(a.id(), RouteFixture.dossier(), "registrar");
    route.recordInterview(a.id(), RouteFixture.interview(true), "committee secretary");
    return route.recordAssessment(a.id(), RouteFixture.positive(), "committee secretary");
  }

  @Test
  void associationRoute_everyStepInOrder_issuesWithEvidenceAndAuditTrail() throws Exception {
    Application a = assessedApplication();
    assertThat(a.state()).isEqualTo(ApplicationState.ASSESSED);

    SealedCredential sealed = route.issue(a.id(), "registrar");

    EdcCredential c = sealed.credential();
    assertThat(c.evidence()).extracting(Evidence::type).containsExactly(Vocabulary.MEMBERSHIP_VERIFICATION,
        Vocabulary.DOSSIER_ASSESSMENT, Vocabulary.INTERVIEW);
    assertThat(c.evidence().get(1).statement()).contains("4 documents", "2 assessors", "17 of 17 met",
        "positive decision on 2026-11-20");
    assertThat(c.credentialStatus()).hasSize(2);
    assertThat(f.store.credential(c.id())).contains(c);
    assertThat(CredentialJson.toBytes(f.store.credential(c.id()).orElseThrow())).isEqualTo(sealed.document());
    AuditTrail trail = f.store.audit(c.id());
    assertThat(trail.application().state()).isEqualTo(ApplicationState.ISSUED);
    assertThat(trail.steps()).extracting(RouteStep::step).containsExactly(StepKind.OPENED,
        StepKind.MEMBERSHIP_VERIFIED, StepKind.DOSSIER_RECORDED, StepKind.INTERVIEW_RECORDED,
        StepKind.ASSESSMENT_RECORDED, StepKind.CREDENTIAL_PREPARED, StepKind.CREDENTIAL_DELIVERED);
    assertThat(trail.steps()).extracting(RouteStep::actor).containsExactly("registrar", "registrar", "registrar",
        "committee secretary", "committee secretary", "registrar", "registrar");
    assertThat(trail.steps()).allSatisfy(s -> assertThat(s.at()).isEqualTo(RouteFixture.T0));
    assertThat(trail.steps().get(4).details()).contains("\"assessors\":[\"Prof. Marco Verdi\",\"Ing. Sara Neri\"]",
        "\"technical-4\":\"MET\"", "\"decision\":\"POSITIVE\"");
    assertThat(trail.steps().get(2).details()).contains("\"sha256\":\"" + "c".repeat(64) + "\"", "dms:cv/42");
    assertThat(trail.statusHistory()).extracting(StatusChange::action).containsExactly(StatusChange.Action.ISSUE);
  }

  @Test
  void issuedCredential_carriesNoAssessorInterviewerDocumentOrMemberNumber() throws Exception {
    SealedCredential sealed = route.issue(assessedApplication().id(), "registrar");
    String doc = new String(sealed.document(), StandardCharsets.UTF_8);

    assertThat(doc).doesNotContain("Marco Verdi", "Sara Neri", "Anna Bianchi", "dms:", "a".repeat(64), "AIPIA-000042");
  }

  @Test
  void recordAssessment_beforeDossier_stepOutOfOrderAndNothingRecorded() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");
    route.verifyMembership(a.id(), RouteFixture.membership(), "r");

    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER,
        () -> route.recordAssessment(a.id(), RouteFixture.positive(), "r"));
    assertThat(f.store.steps(a.id())).hasSize(2);
    assertThat(f.store.application(a.id()).orElseThrow().state()).isEqualTo(ApplicationState.MEMBERSHIP_VERIFIED);
  }

  @Test
  void verifyMembership_inactiveOrLapsed_membershipInactive() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");

    assertRefused(RouteException.Reason.MEMBERSHIP_INACTIVE, () -> route.verifyMembership(a.id(),
        new Membership("AIPIA-1", LocalDate.of(2020, 1, 1), false, null), "r"));
    assertRefused(RouteException.Reason.MEMBERSHIP_INACTIVE, () -> route.verifyMembership(a.id(),
        new Membership("AIPIA-1", LocalDate.of(2020, 1, 1), true, LocalDate.of(2026, 11, 30)), "r"));
    assertThat(f.store.steps(a.id())).extracting(RouteStep::step).containsExactly(StepKind.OPENED);
  }

  @Test
  void recordAssessment_criterionMissingOrUnknown_assessmentIncompleteNamingThem() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");
    route.verifyMembership(a.id(), RouteFixture.membership(), "r");
    route.recordDossier(a.id(), RouteFixture.dossier(), "r");
    List<CriterionOutcome> outcomes = new ArrayList<>(RouteFixture.allMet());
    outcomes.remove(3);
    outcomes.add(new CriterionOutcome("quantum-1", true));

    assertThatThrownBy(() -> route.recordAssessment(a.id(), RouteFixture.assessment(Decision.POSITIVE, outcomes), "r"))
        .isInstanceOfSatisfying(RouteException.class, e -> {
          assertThat(e.reason()).isEqualTo(RouteException.Reason.ASSESSMENT_INCOMPLETE);
          assertThat(e.field()).contains("assessment.outcomes");
          assertThat(e.getMessage()).contains("missing [responsibility-4]", "[quantum-1]");
        });
  }

  @Test
  void recordAssessment_positiveWithCriterionNotMet_assessmentInconsistent() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");
    route.verifyMembership(a.id(), RouteFixture.membership(), "r");
    route.recordDossier(a.id(), RouteFixture.dossier(), "r");
    List<CriterionOutcome> outcomes = new ArrayList<>(RouteFixture.allMet());
    outcomes.set(8, new CriterionOutcome(outcomes.get(8).criterion(), false));

    assertRefused(RouteException.Reason.ASSESSMENT_INCONSISTENT,
        () -> route.recordAssessment(a.id(), RouteFixture.assessment(Decision.POSITIVE, outcomes), "r"));
  }

  @Test
  void recordAssessment_negativeDecision_refusedApplicationThatCannotIssue() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");
    route.verifyMembership(a.id(), RouteFixture.membership(), "r");
    route.recordDossier(a.id(), RouteFixture.dossier(), "r");
    List<CriterionOutcome> outcomes = new ArrayList<>(RouteFixture.allMet());
    outcomes.set(0, new CriterionOutcome(outcomes.get(0).criterion(), false));

    Application refused = route.recordAssessment(a.id(), RouteFixture.assessment(Decision.NEGATIVE, outcomes), "c");

    assertThat(refused.state()).isEqualTo(ApplicationState.REFUSED);
    assertThat(f.store.steps(a.id())).extracting(RouteStep::step).endsWith(StepKind.ASSESSMENT_RECORDED,
        StepKind.REFUSED);
    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER, () -> route.issue(a.id(), "r"));
  }

  @Test
  void recordInterview_failed_refusesTheApplication() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");
    route.verifyMembership(a.id(), RouteFixture.membership(), "r");
    route.recordDossier(a.id(), RouteFixture.dossier(), "r");

    assertThat(route.recordInterview(a.id(), RouteFixture.interview(false), "c").state())
        .isEqualTo(ApplicationState.REFUSED);
    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER,
        () -> route.recordAssessment(a.id(), RouteFixture.positive(), "c"));
  }

  @Test
  void recordAssessment_datedBeforeInterviewOrInFuture_dateInvalid() throws Exception {
    Application a = route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, null, RouteFixture.holder("1"), "r");
    route.verifyMembership(a.id(), RouteFixture.membership(), "r");
    route.recordDossier(a.id(), RouteFixture.dossier(), "r");
    route.recordInterview(a.id(), new Interview(LocalDate.of(2026, 11, 25), true, List.of("x")), "c");
    Assessment early = RouteFixture.positive();
    Assessment future = new Assessment(early.committee(), early.assessors(), early.outcomes(), Decision.POSITIVE,
        LocalDate.of(2026, 12, 2));

    assertRefused(RouteException.Reason.DATE_INVALID, () -> route.recordAssessment(a.id(), early, "c"));
    assertRefused(RouteException.Reason.DATE_INVALID, () -> route.recordAssessment(a.id(), future, "c"));
    assertThat(f.store.application(a.id()).orElseThrow().state()).isEqualTo(ApplicationState.INTERVIEWED);
  }

  @Test
  void open_sameHrKeyTwice_duplicateKey() throws Exception {
    HrKey key = new HrKey("E42", PROFILE, "2026");
    route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, key, RouteFixture.holder("42"), "r");

    assertRefused(RouteException.Reason.DUPLICATE_KEY,
        () -> route.open(RouteKind.ASSOCIATION_ASSESSMENT, PROFILE, key, RouteFixture.holder("42"), "r"));
    assertThat(f.store.application(key)).isPresent();
  }

  @Test
  void thirdPartyRoute_noAccreditedBody_refusedWithClearReason() {
    assertThatThrownBy(() -> route.open(RouteKind.ISO_17024_CERTIFICATION, PROFILE, null, RouteFixture.holder("1"), "r"))
        .isInstanceOfSatisfying(RouteException.class, e -> {
          assertThat(e.reason()).isEqualTo(RouteException.Reason.NO_ACCREDITED_BODY);
          assertThat(e.getMessage()).contains("ISO/IEC 17024", "accredited");
        });
  }

  @Test
  void thirdPartyRoute_withAccreditedBody_issuesWithTheBodyAsAwardingBody() throws Exception {
    AccreditedBody body = new AccreditedBody(URI.create("https://cert-body.example/id"), "Example Certification Srl",
        "PRS-123-C", "ACCREDIA");
    CertificationRoute withBody = f.routeBuilder().accreditedBody(body).build();
    Application a = withBody.open(RouteKind.ISO_17024_CERTIFICATION, PROFILE, null, RouteFixture.holder("7"), "r");
    withBody.verifyMembership(a.id(), RouteFixture.membership(), "r");
    assertRefused(RouteException.Reason.BODY_MISMATCH, () -> withBody.recordCertification(a.id(),
        new ThirdPartyCertification("C-1", LocalDate.of(2026, 11, 1), "PRS-999-C"), "r"));
    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER,
        () -> withBody.recordDossier(a.id(), RouteFixture.dossier(), "r"));
    withBody.recordCertification(a.id(), new ThirdPartyCertification("C-1", LocalDate.of(2026, 11, 1), "PRS-123-C"), "r");

    EdcCredential c = withBody.issue(a.id(), "r").credential();

    assertThat(c.achievement().awardedBy().awardingBody().id()).isEqualTo(body.id());
    assertThat(c.evidence()).extracting(Evidence::type).contains(Vocabulary.THIRD_PARTY_CERTIFICATION);
    assertThat(c.evidence().get(1).statement()).contains("ACCREDIA", "PRS-123-C", "certificate C-1");
  }

  @Test
  void prepareThenResume_sameCredentialIdDocumentAndStatus() throws Exception {
    Application a = assessedApplication();
    Prepared p = route.prepare(a.id(), "registrar");
    assertThat(f.store.pendingApplications()).containsExactly(a.id());
    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER, () -> route.prepare(a.id(), "registrar"));

    SealedCredential resumed = route.resume(a.id(), "registrar");

    assertThat(resumed.credential()).isEqualTo(p.credential());
    assertThat(f.store.pendingApplications()).isEmpty();
    assertThat(f.store.application(a.id()).orElseThrow().state()).isEqualTo(ApplicationState.ISSUED);
    assertThat(f.store.statusStore().find(p.credential().id()).orElseThrow().state()).isEqualTo(CredentialState.ACTIVE);
    assertRefused(RouteException.Reason.STEP_OUT_OF_ORDER, () -> route.resume(a.id(), "registrar"));
  }

  @Test
  void audit_credentialNotIssuedThroughRoute_unknownCredential() {
    assertRefused(RouteException.Reason.UNKNOWN_CREDENTIAL,
        () -> f.store.audit(URI.create("urn:uuid:00000000-0000-4000-8000-000000000000")));
  }

  @Test
  void build_onAVersionOneStatusDatabase_addsTheRouteTablesAndKeepsTheStatusData() throws Exception {
    URI id = route.issue(assessedApplication().id(), "registrar").credential().id();
    try (java.sql.Connection c = f.db.source().open(); java.sql.Statement s = c.createStatement()) {
      s.execute("DROP TABLE sigillo_issued_document");
      s.execute("DROP TABLE sigillo_route_step");
      s.execute("DROP TABLE sigillo_application");
      s.execute("DELETE FROM sigillo_schema_version WHERE version >= 2");
    }

    RouteStore upgraded = RouteStore.newBuilder().connections(f.db.source()).clock(f.clock).build();

    assertThat(upgraded.statusStore().find(id)).isPresent();
    assertThat(upgraded.pendingApplications()).isEmpty();
    try (java.sql.Connection c = f.db.source().open(); java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs = s.executeQuery("SELECT MAX(version) FROM sigillo_schema_version")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(io.sigillo.issuer.internal.status.Migrations.latest());
    }
  }
}
