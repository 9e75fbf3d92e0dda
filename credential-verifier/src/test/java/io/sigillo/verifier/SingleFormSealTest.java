package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SecuringForm;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Issuer#seal(EdcCredential, SecuringForm)}: one form, verified by the verifier. */
class SingleFormSealTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static TestPki pki;
  static Issuer issuer;
  static EdcCredential credential;

  @BeforeAll
  static void prepare() throws Exception {
    pki = TestPki.newBuilder().clock(CLOCK).build();
    issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build())
        .build();
    credential = issuer.prepare(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build());
  }

  static Verifier verifier() {
    return Verifier.create(VerificationPolicy.newBuilder().clock(CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).build());
  }

  @Test
  void sealOneForm_jades_verifiesAsJadesWithTheCredential() throws Exception {
    VerificationReport report = verifier().verify(issuer.seal(credential, SecuringForm.JADES));
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.JADES);
    assertThat(report.verifiedCredential().orElseThrow().credential()).contains(credential);
  }

  @Test
  void sealOneForm_vcJwt_verifiesAsVcJwtWithTheCredential() throws Exception {
    VerificationReport report = verifier().verify(issuer.seal(credential, SecuringForm.VC_JWT));
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.VC_JWT);
    assertThat(report.verifiedCredential().orElseThrow().credential()).contains(credential);
  }

  @Test
  void sealOneForm_sameFormAsBothFormsSeal_samePayloadAndHeader() throws Exception {
    String jwt = issuer.seal(credential, SecuringForm.VC_JWT);
    String both = issuer.seal(credential).vcJwt();
    // ECDSA signatures are randomised: header and payload are identical, the signatures differ.
    assertThat(jwt.substring(0, jwt.lastIndexOf('.'))).isEqualTo(both.substring(0, both.lastIndexOf('.')));
  }

  @Test
  void sealOneForm_jadesQr_verifiesAsQrFormWithTheSealCertificateFromThePolicy() throws Exception {
    String qr = issuer.seal(credential, SecuringForm.JADES_QR);
    Verifier v = Verifier.create(VerificationPolicy.newBuilder().clock(CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).sealCertificates(List.of(pki.sealCertificate())).build());
    VerificationReport report = v.verify(qr);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.JADES_QR);
    assertThat(report.verifiedCredential().orElseThrow().credential()).contains(credential);
  }

  @Test
  void sealOneForm_dataIntegrity_refusedAsNotASeal() {
    assertThatThrownBy(() -> issuer.seal(credential, SecuringForm.DATA_INTEGRITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("addDataIntegrityProof");
  }

  @Test
  void sealOneForm_sealCertificateExpiredAtSigningTime_sealCertificateNotValid() throws Exception {
    Clock late = Clock.fixed(pki.sealCertificate().getNotAfter().toInstant().plusSeconds(86_400), ZoneOffset.UTC);
    Issuer lateIssuer = Issuer.newBuilder().seal(pki.seal()).clock(late)
        .organisation(credential.issuer()).build();
    assertThatThrownBy(() -> lateIssuer.seal(credential, SecuringForm.VC_JWT))
        .isInstanceOfSatisfying(IssuanceException.class,
            e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.SEAL_CERTIFICATE_NOT_VALID));
  }

  @Test
  void sealOneForm_credentialOfAnotherIssuer_issuerMismatch() {
    EdcCredential foreign = credential.toBuilder()
        .issuer(Organisation.newBuilder().id("https://other.example/id")
            .legalName(LanguageMap.of("en", "Other")).eidasIdentifier("VATIT-99999999999").build())
        .build();
    assertThatThrownBy(() -> issuer.seal(foreign, SecuringForm.JADES))
        .isInstanceOfSatisfying(IssuanceException.class,
            e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.ISSUER_MISMATCH));
  }
}
