package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.seal.SecuringForm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The European Commission's real sealed EDC samples (JAdES B-LTA, RS256, sigT, adoTst, etsiU;
 * see src/test/resources/edc-samples/PROVENANCE.md). The verifier evaluates them as baseline B:
 * SEAL over the exact payload, TRUST against their issuing CA at the claimed signing time.
 */
class EdcSamplesTest {

  /** What a test needs from a sample: its bytes, claimed signing time and issuing CA. */
  record Sample(byte[] bytes, Instant sigT, X509Certificate sealCertificate, X509Certificate issuingCa) {}

  static Sample load(String name) {
    byte[] bytes;
    try (InputStream in = EdcSamplesTest.class.getResourceAsStream("/edc-samples/" + name)) {
      assertThat(in).as("resource " + name).isNotNull();
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ObjectNode jws = Tokens.parse(bytes);
    JsonNode sig = jws.get("signatures").get(0);
    ObjectNode header = Tokens.parse(Tokens.unb64(sig.get("protected").asText()));
    X509Certificate seal = certificate(header.get("x5c").get(0).asText());
    List<X509Certificate> xVals = new ArrayList<>();
    for (JsonNode item : sig.get("header").get("etsiU")) {
      JsonNode decoded = Tokens.parse(Tokens.unb64(item.asText()));
      for (JsonNode x : decoded.path("xVals")) {
        xVals.add(certificate(x.get("x509Cert").get("val").asText()));
      }
    }
    X509Certificate issuingCa = xVals.stream()
        .filter(c -> c.getSubjectX500Principal().equals(seal.getIssuerX500Principal()))
        .findFirst().orElseThrow(() -> new AssertionError("no issuing CA in xVals of " + name));
    return new Sample(bytes, Instant.parse(header.get("sigT").asText()), seal, issuingCa);
  }

  static X509Certificate certificate(String base64) {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    } catch (CertificateException e) {
      throw new IllegalStateException(e);
    }
  }

  static VerificationPolicy.Builder legacyPolicy(Sample s) {
    return VerificationPolicy.newBuilder()
        .formats(EnumSet.of(CredentialFormat.ELM_V3_LEGACY))
        .trustAnchors(List.of(s.issuingCa()))
        .clock(Fixtures.clock(s.sigT()))
        .allowOpenEndedValidity();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sample-CertOfPart-signed.jsonld", "Sample-MC-Annex1-signed.jsonld"})
  void verify_realEdcSampleWithItsIssuingCa_everyCheckPasses(String name) {
    Sample s = load(name);
    assertThat(s.issuingCa().getSubjectX500Principal().getName())
        .contains("CN=ANF AC Qualified Certificates for eSeal");

    VerificationReport report = Verifier.create(legacyPolicy(s).build()).verify(s.bytes());

    assertThat(report.securingForm()).contains(SecuringForm.JADES);
    assertThat(report.check(CheckId.SEAL).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    assertThat(report.check(CheckId.SEAL).evidence()).containsEntry("alg", "RS256");
    assertThat(report.check(CheckId.TRUST).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    assertThat(report.check(CheckId.ISSUER_BINDING).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    assertThat(report.check(CheckId.ISSUER_BINDING).evidence())
        .containsEntry("sealOrganizationIdentifier", "VATES-A00000000")
        .containsEntry("credentialIssuer", "VATES-A00000000");
    assertThat(report.check(CheckId.FORMAT).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    assertThat(report.check(CheckId.VALIDITY).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
    VerifiedCredential vc = report.verifiedCredential().orElseThrow();
    assertThat(vc.organizationIdentifier()).isEqualTo("VATES-A00000000");
    assertThat(vc.signingTime()).contains(s.sigT());
    assertThat(vc.sealCertificate()).isEqualTo(s.sealCertificate());
    assertThat(vc.credential()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sample-CertOfPart-signed.jsonld", "Sample-MC-Annex1-signed.jsonld"})
  void verify_realEdcSampleWithDefaultFormats_formatFailsSealPasses(String name) {
    Sample s = load(name);
    VerificationPolicy policy = VerificationPolicy.newBuilder()
        .trustAnchors(List.of(s.issuingCa())).clock(Fixtures.clock(s.sigT())).build();

    VerificationReport report = Verifier.create(policy).verify(s.bytes());

    Fixtures.assertRejected(report, CheckId.FORMAT, Outcome.FAILED, ReasonCode.FORMAT_NOT_ACCEPTED);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.SEAL).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    assertThat(report.check(CheckId.TRUST).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sample-CertOfPart-signed.jsonld", "Sample-MC-Annex1-signed.jsonld"})
  void verify_realEdcSampleWithoutAnchors_trustIndeterminate(String name) {
    Sample s = load(name);
    VerificationPolicy policy = legacyPolicy(s).trustAnchors(List.of()).build();

    VerificationReport report = Verifier.create(policy).verify(s.bytes());

    Fixtures.assertRejected(report, CheckId.TRUST, Outcome.INDETERMINATE, ReasonCode.NO_TRUST_ANCHORS);
    assertThat(report.indication()).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.check(CheckId.SEAL).outcome()).isEqualTo(Outcome.PASSED);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sample-CertOfPart-signed.jsonld", "Sample-MC-Annex1-signed.jsonld"})
  void verify_realEdcSampleWithOnePayloadByteChanged_signatureInvalid(String name) {
    Sample s = load(name);
    ObjectNode jws = Tokens.parse(s.bytes());
    String payload = jws.get("payload").asText();
    int at = payload.indexOf("VATES-A00000000") + "VATES-A0000000".length();
    jws.put("payload", payload.substring(0, at) + "1" + payload.substring(at + 1));

    VerificationReport report = Verifier.create(legacyPolicy(s).build()).verify(Tokens.json(jws));

    Fixtures.assertRejected(report, CheckId.SEAL, Outcome.FAILED, ReasonCode.SIGNATURE_INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"Sample-CertOfPart-signed.jsonld", "Sample-MC-Annex1-signed.jsonld"})
  void verify_realEdcSampleAfterSealCertificateExpired_trustIndeterminateNoPoe(String name) {
    Sample s = load(name);
    Instant later = s.sealCertificate().getNotAfter().toInstant().plusSeconds(86_400);
    VerificationPolicy policy = legacyPolicy(s).clock(Fixtures.clock(later)).build();

    VerificationReport report = Verifier.create(policy).verify(s.bytes());

    Fixtures.assertRejected(report, CheckId.TRUST, Outcome.INDETERMINATE, ReasonCode.CERTIFICATE_EXPIRED_NO_POE);
  }
}
