package io.sigillo.verifier;

import static io.sigillo.verifier.Fixtures.NOW;
import static io.sigillo.verifier.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SealAlgorithm;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISSUER_BINDING: the credential's issuer identifier must be the seal certificate's, exactly. */
class IssuerBindingTest {

  @Test
  void verify_aipiaCredentialSealedByAnotherOrganisation_issuerMismatch() {
    Seal other = Fixtures.pki().sealFor("Other Org", "VATIT-99999999999");
    // the issuer refuses to seal a credential naming another organisation, so sign directly
    assertThatThrownBy(() -> io.sigillo.issuer.Issuer.newBuilder().seal(other).organisation(Fixtures.aipia()).build())
        .isInstanceOf(IllegalArgumentException.class);
    byte[] aipiaCredential = Fixtures.sealed().document();

    VerificationReport jades = Fixtures.verifier().verify(Tokens.jades(
        Tokens.jadesHeader(SealAlgorithm.ES256, other.chain(), NOW), aipiaCredential, other.signer()));
    VerificationReport jwt = Fixtures.verifier().verify(Tokens.compact(
        Tokens.jwtHeader(SealAlgorithm.ES256, other.chain(), NOW), aipiaCredential, other.signer()));

    for (VerificationReport report : new VerificationReport[] {jades, jwt}) {
      assertRejected(report, CheckId.ISSUER_BINDING, Outcome.FAILED, ReasonCode.ISSUER_MISMATCH);
      assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
      assertThat(report.check(CheckId.SEAL).outcome()).isEqualTo(Outcome.PASSED);
      assertThat(report.check(CheckId.TRUST).outcome()).isEqualTo(Outcome.PASSED);
      assertThat(report.check(CheckId.ISSUER_BINDING).evidence())
          .containsEntry("credentialIssuer", "VATIT-12345678901")
          .containsEntry("sealOrganizationIdentifier", "VATIT-99999999999");
    }
  }

  @Test
  void verify_sealCertificateWithoutOrganizationIdentifier_certificateIdentifierMissing() {
    TestPki noId = TestPki.newBuilder().clock(Fixtures.CLOCK).organisation("No Identifier Org", null).build();
    String token = Tokens.jades(Tokens.jadesHeader(SealAlgorithm.ES256, noId.chain(), NOW),
        Fixtures.sealed().document(), noId.sealPrivateKey(), SealAlgorithm.ES256);

    VerificationReport report = Verifier.create(Fixtures.policy(noId).build()).verify(token);

    assertRejected(report, CheckId.ISSUER_BINDING, Outcome.FAILED, ReasonCode.CERTIFICATE_IDENTIFIER_MISSING);
    assertThat(report.check(CheckId.TRUST).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_credentialIssuerWithoutEidasIdentifier_issuerIdentifierMissing() {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    ((ObjectNode) doc.get("issuer")).remove("eIDASIdentifier");

    VerificationReport report = Fixtures.verifier().verify(sign(doc));

    assertRejected(report, CheckId.ISSUER_BINDING, Outcome.FAILED, ReasonCode.ISSUER_IDENTIFIER_MISSING);
  }

  @ParameterizedTest
  @ValueSource(strings = {"vatit-12345678901", "VATIT-12345678901 ", "VATIT-012345678901", "VATIT12345678901"})
  void verify_issuerIdentifierDifferingOnlyInSpelling_issuerMismatch(String notation) {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    ((ObjectNode) doc.get("issuer").get("eIDASIdentifier")).put("notation", notation);

    VerificationReport report = Fixtures.verifier().verify(sign(doc));

    assertRejected(report, CheckId.ISSUER_BINDING, Outcome.FAILED, ReasonCode.ISSUER_MISMATCH);
  }

  static String sign(ObjectNode doc) {
    return Tokens.jades(Tokens.jadesHeader(SealAlgorithm.ES256, Fixtures.pki().chain(), NOW),
        Tokens.json(doc).getBytes(StandardCharsets.UTF_8), Fixtures.pki().sealPrivateKey(), SealAlgorithm.ES256);
  }
}
