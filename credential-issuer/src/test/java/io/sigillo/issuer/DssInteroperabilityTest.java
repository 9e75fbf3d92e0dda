package io.sigillo.issuer;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.Indication;
import eu.europa.esig.dss.enumerations.JWSSerializationType;
import eu.europa.esig.dss.enumerations.MimeTypeEnum;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureLevel;
import eu.europa.esig.dss.enumerations.SignaturePackaging;
import eu.europa.esig.dss.enumerations.SubIndication;
import eu.europa.esig.dss.jades.JAdESSignatureParameters;
import eu.europa.esig.dss.jades.signature.JAdESService;
import eu.europa.esig.dss.model.DSSDocument;
import eu.europa.esig.dss.model.InMemoryDocument;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.simplereport.SimpleReport;
import eu.europa.esig.dss.spi.validation.CommonCertificateVerifier;
import eu.europa.esig.dss.spi.x509.CommonTrustedCertificateSource;
import eu.europa.esig.dss.spi.x509.revocation.crl.ExternalResourcesCRLSource;
import eu.europa.esig.dss.validation.SignedDocumentValidator;
import io.sigillo.core.internal.Signatures;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SealAlgorithm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Interoperability with the European Commission's reference validator, DSS (test scope only):
 * DSS must classify Sigillo's JAdES seal as JAdES-BASELINE-B and reach TOTAL_PASSED with the test
 * PKI's root as the only trust anchor, the issuing CA's CRL supplied offline and the validation time
 * taken from the issuer's fixed clock. The controls show that each input matters: a changed payload
 * byte, a missing CRL, a foreign trust anchor and a revoked certificate all keep DSS from
 * TOTAL_PASSED.
 */
class DssInteroperabilityTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** EC P-256 with ES256 and RSA-2048 with RS256 (as the Commission's EDC seals), then ES384, PS256. */
  static Stream<Arguments> keyTypesAndAlgorithms() {
    return Stream.of(
        Arguments.of(TestPki.KeyType.EC_P256, SealAlgorithm.ES256),
        Arguments.of(TestPki.KeyType.RSA_2048, SealAlgorithm.RS256),
        Arguments.of(TestPki.KeyType.EC_P384, SealAlgorithm.ES384),
        Arguments.of(TestPki.KeyType.RSA_2048, SealAlgorithm.PS256));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("keyTypesAndAlgorithms")
  void dssValidate_sigilloJadesSeal_baselineBTotalPassed(TestPki.KeyType keyType, SealAlgorithm alg)
      throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).keyType(keyType).build();
    SealedCredential sealed = issue(SealKeys.fromKey(pki.sealPrivateKey(), pki.chain(), alg));

    SimpleReport report = dssValidate(sealed.jades(), pki.trustAnchor(), pki.crl());

    String id = report.getFirstSignatureId();
    assertThat(report.getSignaturesCount()).isEqualTo(1);
    assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.JAdES_BASELINE_B);
    assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.getAdESValidationErrors(id)).isEmpty();
    assertThat(report.getSigningTime(id)).isEqualTo(Date.from(Fixtures.NOW));
  }

  @Test
  void dssValidate_holderWithNonAsciiName_baselineBTotalPassed() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).organisation(Fixtures.organisation())
        .clock(Fixtures.CLOCK).build();
    SealedCredential sealed = issuer.issue(Fixtures.request()
        .holder(Fixtures.holderBuilder().givenName("Niccolò \"Nico\"").familyName("Ñúñez-Łukasiewicz").build())
        .build());

    SimpleReport report = dssValidate(sealed.jades(), pki.trustAnchor(), pki.crl());

    String id = report.getFirstSignatureId();
    assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.JAdES_BASELINE_B);
    assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void dssValidate_sealIssuedByIntermediateCa_baselineBTotalPassed() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();
    SealedCredential sealed = issue(pki);

    SimpleReport report = dssValidate(sealed.jades(), pki.trustAnchor(), pki.crl(), pki.rootCrl());

    String id = report.getFirstSignatureId();
    assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.JAdES_BASELINE_B);
    assertThat(report.getIndication(id)).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.getCertificateChain(id).getCertificate()).hasSize(3);
  }

  @Test
  void dssValidate_intermediateWithoutRootCrl_indeterminate() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).withIntermediate().build();

    SimpleReport report = dssValidate(issue(pki).jades(), pki.trustAnchor(), pki.crl());

    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE);
  }

  @Test
  void dssValidate_payloadAlteredByOneByte_totalFailed() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    byte[] jades = issue(pki).jades().getBytes(UTF_8);
    byte[] altered = jades.clone();
    int at = indexOf(altered, "Giulia");
    assertThat(at).isPositive();
    assertThat(indexOf(altered, "Giulia", at + 1)).as("the name occurs once").isEqualTo(-1);
    altered[at] = (byte) 'J';
    assertThat(differingBytes(jades, altered)).isEqualTo(1);

    SimpleReport report = dssValidate(new String(altered, UTF_8), pki.trustAnchor(), pki.crl());

    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).isNotEqualTo(Indication.TOTAL_PASSED)
        .isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.HASH_FAILURE);
  }

  @Test
  void dssValidate_withoutRevocationData_indeterminate() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();

    SimpleReport report = dssValidate(issue(pki).jades(), pki.trustAnchor());

    String id = report.getFirstSignatureId();
    assertThat(report.getSignatureFormat(id)).isEqualTo(SignatureLevel.JAdES_BASELINE_B);
    assertThat(report.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.CERTIFICATE_CHAIN_GENERAL_FAILURE);
  }

  @Test
  void dssValidate_anchorOfAnotherPki_indeterminate() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    TestPki other = TestPki.newBuilder().clock(Fixtures.CLOCK).build();

    SimpleReport report = dssValidate(issue(pki).jades(), other.trustAnchor(), pki.crl());

    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.NO_CERTIFICATE_CHAIN_FOUND);
  }

  @Test
  void dssValidate_sealCertificateRevoked_indeterminateRevokedNoPoe() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    BigInteger serial = pki.sealCertificate().getSerialNumber();

    SimpleReport report = dssValidate(issue(pki).jades(), pki.trustAnchor(), pki.crl(serial));

    String id = report.getFirstSignatureId();
    assertThat(report.getIndication(id)).isEqualTo(Indication.INDETERMINATE);
    assertThat(report.getSubIndication(id)).isEqualTo(SubIndication.REVOKED_NO_POE);
  }

  /**
   * DSS's own baseline-B enveloping seal of the same document with the same certificate, as DSS
   * makes it (JSON serialization, unencoded payload, SHA-256 signing-certificate digest): its
   * protected header has exactly Sigillo's members in Sigillo's order and the same values, except
   * {@code cty}, which DSS takes from the document's media type and Sigillo sets to {@code vc}.
   */
  @Test
  void dssSign_baselineBOfSameDocument_protectedHeaderMatchesSigillo() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    SealedCredential sealed = issue(pki);
    DSSDocument document = new InMemoryDocument(sealed.document(), "credential.json", MimeTypeEnum.JSON);
    JAdESSignatureParameters parameters = new JAdESSignatureParameters();
    parameters.setSigningCertificate(new CertificateToken(pki.sealCertificate()));
    parameters.setSignatureLevel(SignatureLevel.JAdES_BASELINE_B);
    parameters.setSignaturePackaging(SignaturePackaging.ENVELOPING);
    parameters.setJwsSerializationType(JWSSerializationType.JSON_SERIALIZATION);
    parameters.setBase64UrlEncodedPayload(false);
    parameters.setDigestAlgorithm(DigestAlgorithm.SHA256);
    parameters.setSigningCertificateDigestMethod(DigestAlgorithm.SHA256);
    parameters.bLevel().setSigningDate(Date.from(Fixtures.NOW));
    JAdESService service = new JAdESService(new CommonCertificateVerifier());
    ToBeSigned toBeSigned = service.getDataToSign(document, parameters);
    byte[] signature = Signatures.sign(pki.sealPrivateKey(), SealAlgorithm.ES256, toBeSigned.getBytes());
    DSSDocument dssSeal = service.signDocument(document, parameters,
        new SignatureValue(SignatureAlgorithm.ECDSA_SHA256, signature));
    String dssJades = new String(toBytes(dssSeal), UTF_8);

    JsonNode dssJws = MAPPER.readTree(dssJades);
    JsonNode ours = MAPPER.readTree(sealed.jades());
    JsonNode dssHeader = protectedHeader(dssJws);
    JsonNode ourHeader = protectedHeader(ours);

    assertThat(names(dssHeader)).containsExactlyElementsOf(names(ourHeader));
    for (String name : names(ourHeader)) {
      if (!name.equals("cty")) {
        assertThat(dssHeader.get(name)).as(name).isEqualTo(ourHeader.get(name));
      }
    }
    assertThat(dssHeader.get("cty").asText()).isEqualTo("json");
    assertThat(ourHeader.get("cty").asText()).isEqualTo("vc");
    assertThat(dssJws.get("payload")).isEqualTo(ours.get("payload"));
    assertThat(dssJws.get("signatures").get(0).has("header")).isFalse();
    SimpleReport report = dssValidate(dssJades, pki.trustAnchor(), pki.crl());
    assertThat(report.getIndication(report.getFirstSignatureId())).isEqualTo(Indication.TOTAL_PASSED);
  }

  private static SealedCredential issue(TestPki pki) throws IssuanceException {
    return issue(pki.seal());
  }

  private static SealedCredential issue(Seal seal) throws IssuanceException {
    Issuer issuer = Issuer.newBuilder().seal(seal).organisation(Fixtures.organisation())
        .clock(Fixtures.CLOCK).ids(Fixtures.sequentialIds()).build();
    return issuer.issue(Fixtures.request().holder(Fixtures.holderBuilder().build()).build());
  }

  /** DSS validation with one trust anchor, an optional offline CRL and the fixed clock's time. */
  private static SimpleReport dssValidate(String jades, X509Certificate anchor, X509CRL... crls)
      throws Exception {
    SignedDocumentValidator validator =
        SignedDocumentValidator.fromDocument(new InMemoryDocument(jades.getBytes(UTF_8)));
    CommonCertificateVerifier verifier = new CommonCertificateVerifier();
    CommonTrustedCertificateSource trusted = new CommonTrustedCertificateSource();
    trusted.addCertificate(new CertificateToken(anchor));
    verifier.setTrustedCertSources(trusted);
    if (crls.length > 0) {
      DSSDocument[] documents = new DSSDocument[crls.length];
      for (int i = 0; i < crls.length; i++) {
        documents[i] = new InMemoryDocument(crls[i].getEncoded());
      }
      verifier.setCrlSource(new ExternalResourcesCRLSource(documents));
    }
    validator.setCertificateVerifier(verifier);
    validator.setValidationTime(Date.from(Fixtures.NOW));
    return validator.validateDocument().getSimpleReport();
  }

  private static JsonNode protectedHeader(JsonNode jws) throws IOException {
    String b64 = jws.get("signatures").get(0).get("protected").asText();
    return MAPPER.readTree(Base64.getUrlDecoder().decode(b64));
  }

  private static List<String> names(JsonNode object) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }

  private static byte[] toBytes(DSSDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.writeTo(out);
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, String needle) {
    return indexOf(haystack, needle, 0);
  }

  private static int indexOf(byte[] haystack, String needle, int from) {
    byte[] n = needle.getBytes(UTF_8);
    outer:
    for (int i = from; i + n.length <= haystack.length; i++) {
      for (int j = 0; j < n.length; j++) {
        if (haystack[i + j] != n[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static int differingBytes(byte[] a, byte[] b) {
    int d = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] != b[i]) {
        d++;
      }
    }
    return d;
  }
}
