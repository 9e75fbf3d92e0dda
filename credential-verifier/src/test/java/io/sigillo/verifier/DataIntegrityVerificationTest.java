package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.EdcCredential;
import io.sigillo.dataintegrity.Cryptosuite;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SecuringForm;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DataIntegrityVerificationTest {
  static TestPki pki;
  static byte[] diOnly;

  @BeforeAll
  static void issue() throws Exception {
    pki = TestPki.newBuilder().clock(DiFixtures.CLOCK).withIntermediate().build();
    diOnly = DiFixtures.diOnly(pki);
  }

  static VerificationPolicy.Builder policy() {
    return VerificationPolicy.newBuilder().clock(DiFixtures.CLOCK).trustAnchors(List.of(pki.trustAnchor()));
  }

  static Verifier knowingTheSeal() {
    return Verifier.create(policy().sealCertificates(List.of(pki.sealCertificate(), pki.intermediate())).build());
  }

  @Test
  void verify_diOnlyCredentialWithKnownSealCertificate_totalPassed() {
    VerificationReport report = knowingTheSeal().verify(diOnly);
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.DATA_INTEGRITY);
    assertThat(report.check(CheckId.SEAL).evidence()).containsEntry("cryptosuite", "ecdsa-rdfc-2019");
    assertThat(report.check(CheckId.TRUST).passed()).isTrue();
    assertThat(report.check(CheckId.ISSUER_BINDING).passed()).isTrue();
    assertThat(report.check(CheckId.PROOF).passed()).isTrue();
    assertThat(report.verifiedCredential().orElseThrow().sealCertificate()).isEqualTo(pki.sealCertificate());
    assertThat(report.verifiedCredential().orElseThrow().signingTime()).contains(DiFixtures.CLOCK.instant());
    assertThat(report.checks()).extracting(CheckResult::check).containsExactly(CheckId.values());
  }

  @Test
  void verify_diOnlyCredentialWithoutKnownSealCertificate_indeterminateTrust() {
    VerificationReport report = Verifier.create(policy().build()).verify(diOnly);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.check(CheckId.SEAL).passed()).isTrue();
    assertThat(report.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.SEAL_CERTIFICATE_UNKNOWN);
    assertThat(report.check(CheckId.PROOF).reason()).isEqualTo(ReasonCode.SEAL_CERTIFICATE_UNKNOWN);
    assertThat(report.verifiedCredential()).isEmpty();
  }

  @Test
  void verify_diOnlyCredentialTamperedAfterSigning_failsSealAndProof() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.with("credentialSubject").with("givenName").put("en", "Giulio");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.FORMAT).passed()).isTrue();
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
    assertThat(report.check(CheckId.PROOF).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_diOnlyCredentialWithReorderedMembers_stillPasses() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    ObjectNode reordered = doc.objectNode();
    List<String> names = new java.util.ArrayList<>();
    doc.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> reordered.set(n, doc.get(n)));
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(reordered));
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_proofCreatedChanged_failsSignature() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.with("proof").put("created", "2026-12-01T08:59:59Z");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void verify_proofCreatedInTheFuture_failsProofTime() throws Exception {
    TestPki later = TestPki.newBuilder().clock(DiFixtures.CLOCK).build();
    Issuer issuer = DiFixtures.issuer(later.seal());
    EdcCredential credential = issuer.prepare(DiFixtures.request());
    Issuer futureIssuer = Issuer.newBuilder().seal(later.seal()).organisation(DiFixtures.ORG)
        .clock(java.time.Clock.offset(DiFixtures.CLOCK, java.time.Duration.ofHours(1))).build();
    byte[] doc = io.sigillo.credential.CredentialJson.toBytes(futureIssuer.addDataIntegrityProof(credential));
    VerificationReport report = Verifier.create(VerificationPolicy.newBuilder().clock(DiFixtures.CLOCK)
        .trustAnchors(List.of(later.trustAnchor())).sealCertificates(List.of(later.sealCertificate())).build()).verify(doc);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.PROOF_TIME_INVALID);
  }

  @Test
  void verify_proofPurposeAuthentication_failsPurpose() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.with("proof").put("proofPurpose", "authentication");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.PROOF_PURPOSE_INVALID);
  }

  @Test
  void verify_cryptosuiteNotAllowedByPolicy_failsSeal() {
    VerificationReport report = Verifier.create(policy().sealCertificates(List.of(pki.sealCertificate()))
        .allowedCryptosuites(Set.of(Cryptosuite.EDDSA_RDFC_2022)).build()).verify(diOnly);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.CRYPTOSUITE_NOT_ALLOWED);
  }

  @Test
  void verify_verificationMethodNotDidKey_failsUnresolvedWithoutFetching() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.with("proof").put("verificationMethod", "https://aipia.example/keys#seal");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.VERIFICATION_METHOD_UNRESOLVED);
  }

  @Test
  void verify_unknownSecondContext_failsFormatAndCanonicalization() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.withArray("@context").add("https://evil.example/context");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.FORMAT).passed()).isFalse();
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.CANONICALIZATION_FAILED);
    assertThat(report.check(CheckId.SEAL).message()).contains("https://evil.example/context");
  }

  @Test
  void verify_undefinedPropertyAddedAfterSigning_failsCanonicalizationNotSilentlyDropped() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.with("credentialSubject").put("favouriteColour", "green");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.CANONICALIZATION_FAILED);
    assertThat(report.check(CheckId.SEAL).message()).contains("$.credentialSubject.favouriteColour");
  }

  @Test
  void verify_malformedProofValue_failsProofMalformed() throws Exception {
    ObjectNode doc = DiFixtures.json(diOnly);
    doc.with("proof").put("proofValue", "u-not-base58btc");
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.PROOF_MALFORMED);
    assertThat(report.check(CheckId.FORMAT).passed()).isFalse();
  }

  @Test
  void verify_jadesSealedCredentialCarryingProof_reportsSealAndProof() throws Exception {
    Issuer issuer = DiFixtures.issuer(pki.seal());
    SealedCredential sealed = issuer.seal(issuer.addDataIntegrityProof(issuer.prepare(DiFixtures.request())));
    VerificationReport report = Verifier.create(policy().build()).verify(sealed.jades());
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.securingForm()).contains(SecuringForm.JADES);
    assertThat(report.check(CheckId.SEAL).evidence()).containsEntry("alg", "ES256");
    assertThat(report.check(CheckId.PROOF).passed()).isTrue();
    assertThat(report.check(CheckId.PROOF).evidence().get("proof.1")).contains("key of the seal certificate");
  }

  @Test
  void verify_jadesSealedCredentialWithoutProof_proofNotChecked() throws Exception {
    Issuer issuer = DiFixtures.issuer(pki.seal());
    VerificationReport report = Verifier.create(policy().build()).verify(issuer.issue(DiFixtures.request()).jades());
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.check(CheckId.PROOF).outcome()).isEqualTo(Outcome.NOT_CHECKED);
    assertThat(report.check(CheckId.PROOF).reason()).isEqualTo(ReasonCode.NO_PROOF);
  }

  @Test
  void verify_jadesSealedCredentialWithProofByAnotherKey_proofIndeterminateUnlessThatSealIsKnown() throws Exception {
    io.sigillo.issuer.Seal other = pki.sealFor("AIPIA Test Association", "VATIT-12345678901");
    Issuer sealer = DiFixtures.issuer(pki.seal());
    EdcCredential credential = sealer.prepare(DiFixtures.request());
    EdcCredential proved = DiFixtures.issuer(other).addDataIntegrityProof(credential);
    String jades = sealer.seal(proved).jades();

    VerificationReport unknown = Verifier.create(policy().build()).verify(jades);
    assertThat(unknown.check(CheckId.PROOF).outcome()).isEqualTo(Outcome.INDETERMINATE);
    assertThat(unknown.check(CheckId.PROOF).reason()).isEqualTo(ReasonCode.SEAL_CERTIFICATE_UNKNOWN);
    assertThat(unknown.indication()).isEqualTo(Indication.TOTAL_PASSED);

    VerificationReport known = Verifier.create(policy()
        .sealCertificates(List.of(other.certificate(), pki.intermediate())).build()).verify(jades);
    assertThat(known.check(CheckId.PROOF).passed()).as(known.summary()).isTrue();
    assertThat(known.check(CheckId.PROOF).evidence().get("proof.1")).contains("known seal certificate");
  }

  @Test
  void verify_jadesSealedCredentialWithTamperedProof_totalFailed() throws Exception {
    Issuer issuer = DiFixtures.issuer(pki.seal());
    EdcCredential proved = issuer.addDataIntegrityProof(issuer.prepare(DiFixtures.request()));
    ObjectNode doc = io.sigillo.credential.CredentialJson.toJson(proved);
    doc.with("proof").put("created", "2026-11-30T09:00:00Z");
    EdcCredential tampered = io.sigillo.credential.CredentialJson.read(doc);
    VerificationReport report = Verifier.create(policy().build()).verify(issuer.seal(tampered).jades());
    assertThat(report.check(CheckId.SEAL).passed()).isTrue();
    assertThat(report.check(CheckId.PROOF).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @Test
  void verify_p384SealDiOnly_totalPassed() throws Exception {
    TestPki p384 = TestPki.newBuilder().clock(DiFixtures.CLOCK).keyType(TestPki.KeyType.EC_P384).build();
    VerificationReport report = Verifier.create(VerificationPolicy.newBuilder().clock(DiFixtures.CLOCK)
        .trustAnchors(List.of(p384.trustAnchor())).sealCertificates(List.of(p384.sealCertificate())).build())
        .verify(DiFixtures.diOnly(p384));
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void verify_eddsaProofByUnknownKey_sealPassesTrustIndeterminate() throws Exception {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Issuer issuer = DiFixtures.issuer(pki.seal());
    ObjectNode doc = DiFixtures.signWith(ed, Cryptosuite.EDDSA_RDFC_2022, issuer.prepare(DiFixtures.request()),
        DiFixtures.CLOCK.instant());
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).passed()).as(report.summary()).isTrue();
    assertThat(report.check(CheckId.SEAL).evidence()).containsEntry("cryptosuite", "eddsa-rdfc-2022");
    assertThat(report.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.SEAL_CERTIFICATE_UNKNOWN);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
  }

  @Test
  void verify_ecdsaProofByKeyOfNoKnownSealCertificate_trustIndeterminate() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    Issuer issuer = DiFixtures.issuer(pki.seal());
    ObjectNode doc = DiFixtures.signWith(g.generateKeyPair(), Cryptosuite.ECDSA_RDFC_2019,
        issuer.prepare(DiFixtures.request()), DiFixtures.CLOCK.instant());
    VerificationReport report = knowingTheSeal().verify(DiFixtures.bytes(doc));
    assertThat(report.check(CheckId.SEAL).passed()).isTrue();
    assertThat(report.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.SEAL_CERTIFICATE_UNKNOWN);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
  }

  @Test
  void verify_bareCredentialWithoutProof_stillUnsecured() throws Exception {
    Issuer issuer = DiFixtures.issuer(pki.seal());
    VerificationReport report = knowingTheSeal().verify(issuer.issue(DiFixtures.request()).document());
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.UNSECURED_CREDENTIAL);
    assertThat(report.securingForm()).isEmpty();
  }

  @Test
  void verify_diOnlyCredentialWithStatusEntries_proofCoversThemAndStatusIsChecked() throws Exception {
    byte[] doc = DiFixtures.diOnlyWithStatus(pki);
    VerificationReport report = knowingTheSeal().verify(doc);
    assertThat(report.check(CheckId.FORMAT).passed()).as(report.summary()).isTrue();
    assertThat(report.check(CheckId.SEAL).passed()).isTrue();
    assertThat(report.check(CheckId.PROOF).passed()).isTrue();
    // no status list resolver configured: the status cannot be known
    assertThat(report.check(CheckId.STATUS).outcome()).isEqualTo(Outcome.INDETERMINATE);

    ObjectNode tampered = DiFixtures.json(doc);
    ((ObjectNode) tampered.get("credentialStatus").get(0)).put("statusListIndex", "94568");
    VerificationReport changed = knowingTheSeal().verify(DiFixtures.bytes(tampered));
    assertThat(changed.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
  }
}
