package io.sigillo.issuer.testpki;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealKeys;
import io.sigillo.x509.QcOids;
import io.sigillo.x509.SealCertificate;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestPkiTest {
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
  static final String KEY_USAGE = "2.5.29.15";
  static final String BASIC_CONSTRAINTS = "2.5.29.19";
  static final String CRL_DISTRIBUTION_POINTS = "2.5.29.31";
  static final String AUTHORITY_INFO_ACCESS = "1.3.6.1.5.5.7.1.1";

  @TempDir Path dir;

  @Test
  void sealCertificate_default_hasWhatEtsiEn319412AsksForAQualifiedSeal() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    X509Certificate cert = pki.sealCertificate();
    SealCertificate sc = SealCertificate.of(cert);

    assertThat(sc.organizationIdentifier()).contains("VATIT-12345678901");
    assertThat(cert.getSubjectX500Principal().getName()).contains("O=AIPIA Test Association").contains("C=IT");
    assertThat(cert.getCriticalExtensionOIDs()).contains(KEY_USAGE, BASIC_CONSTRAINTS);
    boolean[] ku = cert.getKeyUsage();
    assertThat(ku[0]).as("digitalSignature").isTrue();
    assertThat(ku[1]).as("nonRepudiation").isTrue();
    for (int i = 2; i < ku.length; i++) {
      assertThat(ku[i]).as("key usage bit " + i).isFalse();
    }
    assertThat(sc.qcCompliance()).isTrue();
    assertThat(sc.isQcTypeEseal()).isTrue();
    assertThat(sc.qcTypes()).containsExactly(QcOids.QC_TYPE_ESEAL);
    assertThat(sc.qcSscd()).isTrue();
    assertThat(sc.legalPersonSemantics()).isTrue();
    assertThat(sc.malformedQcStatements()).isFalse();
    assertThat(sc.policies()).containsExactly(QcOids.QCP_L_QSCD).contains("0.4.0.194112.1.3");
    assertThat(crlDistributionPoints(cert)).containsExactly("http://crl.test-tsp.example/ca.crl");
    assertThat(cert.getNonCriticalExtensionOIDs()).contains(AUTHORITY_INFO_ACCESS, QcOids.QC_STATEMENTS);
    assertThat(cert.getBasicConstraints()).as("not a CA").isEqualTo(-1);
    assertThat(cert.getExtensionValue(BASIC_CONSTRAINTS)).isNotNull();
    assertThat(cert.getNotAfter().toInstant()).isEqualTo(Instant.parse("2029-12-01T09:00:00Z"));
    cert.checkValidity(Date.from(NOW));
  }

  @Test
  void build_default_sealCertificateIssuedBySelfSignedRoot() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();

    assertThat(pki.intermediate()).isNull();
    assertThat(pki.chain()).containsExactly(pki.sealCertificate());
    pki.sealCertificate().verify(pki.trustAnchor().getPublicKey());
    pki.trustAnchor().verify(pki.trustAnchor().getPublicKey());
    assertThat(pki.trustAnchor().getBasicConstraints()).isGreaterThanOrEqualTo(0);
  }

  @Test
  void build_withIntermediate_chainHasSealCertificateThenIntermediate() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).withIntermediate().build();

    assertThat(pki.chain()).hasSize(2).containsExactly(pki.sealCertificate(), pki.intermediate());
    pki.sealCertificate().verify(pki.intermediate().getPublicKey());
    pki.intermediate().verify(pki.trustAnchor().getPublicKey());
    assertThat(pki.intermediate().getBasicConstraints()).isZero();
    assertThat(crlDistributionPoints(pki.intermediate()))
        .containsExactly("http://crl.test-tsp.example/root-ca.crl");
  }

  @Test
  void crl_revokedSerial_listedAndSignedByIssuingCa() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).withIntermediate().build();

    X509CRL clean = pki.crl();
    X509CRL revoked = pki.crl(pki.sealCertificate().getSerialNumber());
    X509CRL root = pki.rootCrl(pki.intermediate().getSerialNumber());

    assertThat(clean.isRevoked(pki.sealCertificate())).isFalse();
    assertThat(revoked.isRevoked(pki.sealCertificate())).isTrue();
    revoked.verify(pki.intermediate().getPublicKey());
    assertThat(revoked.getIssuerX500Principal()).isEqualTo(pki.intermediate().getSubjectX500Principal());
    assertThat(revoked.getThisUpdate().toInstant()).isEqualTo(NOW);
    assertThat(revoked.getNextUpdate().toInstant()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    root.verify(pki.trustAnchor().getPublicKey());
    assertThat(root.isRevoked(pki.intermediate())).isTrue();
  }

  @Test
  void writeTo_default_writesTheFiveFiles() throws Exception {
    char[] password = "pw".toCharArray();
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();

    Map<String, Path> files = pki.writeTo(dir, password);

    assertThat(files.keySet()).containsExactlyInAnyOrder("root", "chain", "key", "pkcs12", "crl");
    assertThat(list(dir)).containsExactlyInAnyOrder(
        "root-ca.pem", "seal-chain.pem", "seal-key.pem", "seal.p12", "ca.crl");
    assertThat(SealKeys.readCertificates(Files.readString(files.get("root"))))
        .containsExactly(pki.trustAnchor());
    assertThat(SealKeys.readCertificates(Files.readString(files.get("chain"))))
        .containsExactlyElementsOf(pki.chain());
    assertThat(Files.readString(files.get("key"), StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN PRIVATE KEY-----");
    Seal fromPem = SealKeys.pem(files.get("key"), files.get("chain"), null);
    Seal fromP12 = SealKeys.pkcs12(files.get("pkcs12"), password);
    assertThat(fromPem.certificate()).isEqualTo(pki.sealCertificate());
    assertThat(fromP12.certificate()).isEqualTo(pki.sealCertificate());
    X509CRL crl = (X509CRL) CertificateFactory.getInstance("X.509")
        .generateCRL(new ByteArrayInputStream(Files.readAllBytes(files.get("crl"))));
    crl.verify(pki.trustAnchor().getPublicKey());
  }

  @Test
  void writeTo_withIntermediate_alsoWritesRootCrl() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).withIntermediate().build();

    Map<String, Path> files = pki.writeTo(dir, "pw".toCharArray());

    assertThat(list(dir)).containsExactlyInAnyOrder(
        "root-ca.pem", "seal-chain.pem", "seal-key.pem", "seal.p12", "ca.crl", "root-ca.crl");
    X509CRL rootCrl = (X509CRL) CertificateFactory.getInstance("X.509")
        .generateCRL(new ByteArrayInputStream(Files.readAllBytes(files.get("rootCrl"))));
    rootCrl.verify(pki.trustAnchor().getPublicKey());
    X509CRL caCrl = (X509CRL) CertificateFactory.getInstance("X.509")
        .generateCRL(new ByteArrayInputStream(Files.readAllBytes(files.get("crl"))));
    caCrl.verify(pki.intermediate().getPublicKey());
  }

  @Test
  void sealFor_otherOrganisation_sameIssuingCaOtherIdentifier() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();

    Seal other = pki.sealFor("Other Body", "VATIT-99999999999");

    assertThat(other.organizationIdentifier()).isEqualTo("VATIT-99999999999");
    other.certificate().verify(pki.trustAnchor().getPublicKey());
    assertThat(other.certificate().getSerialNumber()).isNotEqualTo(pki.sealCertificate().getSerialNumber());
  }

  @Test
  void build_negativeOptions_certificateReflectsThem() throws Exception {
    X509Certificate noQc = TestPki.newBuilder().clock(CLOCK).withoutQcStatements().build().sealCertificate();
    X509Certificate esign = TestPki.newBuilder().clock(CLOCK).qcType(QcOids.QC_TYPE_ESIGN).build().sealCertificate();
    Instant end = NOW.plus(Duration.ofDays(30));
    X509Certificate shortLived = TestPki.newBuilder().clock(CLOCK).sealNotAfter(end).build().sealCertificate();

    assertThat(noQc.getExtensionValue(QcOids.QC_STATEMENTS)).isNull();
    assertThat(SealCertificate.of(noQc).qcCompliance()).isFalse();
    assertThat(SealCertificate.of(esign).qcTypes()).containsExactly(QcOids.QC_TYPE_ESIGN);
    assertThat(shortLived.getNotAfter().toInstant()).isEqualTo(end);
  }

  private static List<String> crlDistributionPoints(X509Certificate cert) {
    byte[] ext = cert.getExtensionValue(CRL_DISTRIBUTION_POINTS);
    assertThat(ext).as("CRL distribution points").isNotNull();
    List<String> urls = new ArrayList<>();
    CRLDistPoint dp = CRLDistPoint.getInstance(ASN1OctetString.getInstance(ext).getOctets());
    for (DistributionPoint p : dp.getDistributionPoints()) {
      for (GeneralName n : GeneralNames.getInstance(p.getDistributionPoint().getName()).getNames()) {
        if (n.getTagNo() == GeneralName.uniformResourceIdentifier) {
          urls.add(n.getName().toString());
        }
      }
    }
    return urls;
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
