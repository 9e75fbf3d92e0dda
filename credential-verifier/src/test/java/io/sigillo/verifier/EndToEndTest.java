package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SecuringForm;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class EndToEndTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static TestPki pki;
  static SealedCredential sealed;

  @BeforeAll
  static void issue() throws Exception {
    pki = TestPki.newBuilder().clock(CLOCK).build();
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build())
        .build();
    sealed = issuer.issue(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build());
  }

  Verifier verifier() {
    return Verifier.create(VerificationPolicy.newBuilder().clock(CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).build());
  }

  @Test
  void verify_jadesSeal_totalPassed() {
    VerificationReport report = verifier().verify(sealed.jades());
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.JADES);
    assertThat(report.checks()).extracting(CheckResult::check).containsExactly(CheckId.values());
    assertThat(report.verifiedCredential()).isPresent();
    assertThat(report.verifiedCredential().get().credential()).contains(sealed.credential());
  }

  @Test
  void verify_vcJwt_totalPassed() {
    VerificationReport report = verifier().verify(sealed.vcJwt());
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.VC_JWT);
    assertThat(report.check(CheckId.STATUS).outcome()).isEqualTo(Outcome.NOT_CHECKED);
  }

  @Test
  void verify_unsecuredDocument_failsSeal() {
    VerificationReport report = verifier().verify(sealed.document());
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.UNSECURED_CREDENTIAL);
    assertThat(report.verifiedCredential()).isEmpty();
  }
}
