package io.sigillo.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SealAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealKeysTest {
  private static final char[] PASSWORD = "correct horse".toCharArray();

  @TempDir static Path dir;
  static TestPki pki;
  static Map<String, Path> files;

  @BeforeAll
  static void writePki() throws Exception {
    pki = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    files = pki.writeTo(dir, PASSWORD);
  }

  @Test
  void pkcs12_rightPassword_sealWithCertificateAndDefaultAlgorithm() throws Exception {
    Seal seal = SealKeys.pkcs12(files.get("pkcs12"), PASSWORD);

    assertThat(seal.certificate()).isEqualTo(pki.sealCertificate());
    assertThat(seal.organizationIdentifier()).isEqualTo(Fixtures.ORG_ID);
    assertThat(seal.signer().algorithm()).isEqualTo(SealAlgorithm.ES256);
    // the key store holds seal certificate + root; the chain is kept as stored, seal first
    assertThat(seal.chain()).containsExactly(pki.sealCertificate(), pki.trustAnchor());
  }

  @Test
  void pkcs12_wrongPassword_keyStoreUnreadable() {
    assertThatThrownBy(() -> SealKeys.pkcs12(files.get("pkcs12"), "wrong".toCharArray()))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_STORE_UNREADABLE));
  }

  @Test
  void pkcs12_missingFile_keyStoreUnreadable() {
    assertThatThrownBy(() -> SealKeys.pkcs12(dir.resolve("absent.p12"), PASSWORD))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_STORE_UNREADABLE));
  }

  @Test
  void pkcs12_notAKeyStore_keyStoreUnreadable() {
    byte[] garbage = "this is not PKCS#12".getBytes(StandardCharsets.US_ASCII);
    assertThatThrownBy(() -> SealKeys.pkcs12(new ByteArrayInputStream(garbage), PASSWORD, null, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_STORE_UNREADABLE));
  }

  @Test
  void pem_keyAndChainFiles_sealWithChain() throws Exception {
    Seal seal = SealKeys.pem(files.get("key"), files.get("chain"), null);

    assertThat(seal.chain()).containsExactlyElementsOf(pki.chain());
    assertThat(seal.signer().algorithm()).isEqualTo(SealAlgorithm.ES256);
    assertThat(seal.organizationIdentifier()).isEqualTo(Fixtures.ORG_ID);
  }

  @Test
  void pem_sec1EcKeyWithoutOptionalPublicKey_loaded() throws Exception {
    // RFC 5915 ECPrivateKey with the curve but without the optional public key
    // (as "openssl ec -no_public" writes it)
    BigInteger d = ((ECPrivateKey) pki.sealPrivateKey()).getS();
    byte[] der = new org.bouncycastle.asn1.sec.ECPrivateKey(256, d,
        new X962Parameters(SECObjectIdentifiers.secp256r1)).getEncoded();
    String sec1 = pem(new PemObject("EC PRIVATE KEY", der));

    Seal seal = SealKeys.pem(sec1, Files.readString(files.get("chain")), null);

    assertThat(seal.certificate()).isEqualTo(pki.sealCertificate());
    assertThat(seal.signer().algorithm()).isEqualTo(SealAlgorithm.ES256);
  }

  @Test
  void pem_traditionalRsaKey_loadedWithRs256() throws Exception {
    TestPki rsa = TestPki.newBuilder().clock(Fixtures.CLOCK).keyType(TestPki.KeyType.RSA_2048).build();
    String pkcs1 = pem(rsa.sealPrivateKey());
    assertThat(pkcs1).startsWith("-----BEGIN RSA PRIVATE KEY-----");

    Seal seal = SealKeys.pem(pkcs1, pem(rsa.sealCertificate()), null);

    assertThat(seal.signer().algorithm()).isEqualTo(SealAlgorithm.RS256);
  }

  @Test
  void pem_keyOfAnotherPki_keyCertificateMismatch() throws Exception {
    TestPki other = TestPki.newBuilder().clock(Fixtures.CLOCK).build();
    String otherKey = pem(new JcaPKCS8Generator(other.sealPrivateKey(), null));
    String chain = Files.readString(files.get("chain"));

    assertThatThrownBy(() -> SealKeys.pem(otherKey, chain, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_CERTIFICATE_MISMATCH));
  }

  @Test
  void fromKey_rsa1024KeyAndCertificate_unsupportedKey() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(1024);
    KeyPair kp = g.generateKeyPair();
    X509Certificate cert = selfSignedSealCertificate(kp);

    assertThatThrownBy(() -> SealKeys.fromKey(kp.getPrivate(), List.of(cert), null))
        .isInstanceOfSatisfying(SealingException.class, e -> {
          assertThat(e.reason()).isEqualTo(SealingException.Reason.UNSUPPORTED_KEY);
          assertThat(e.getMessage()).contains("1024");
        });
  }

  @Test
  void fromKey_algorithmForAnotherKeyType_unsupportedKey() {
    assertThatThrownBy(() -> SealKeys.fromKey(pki.sealPrivateKey(), pki.chain(), SealAlgorithm.RS256))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.UNSUPPORTED_KEY));
  }

  @Test
  void pem_emptyKeyText_keyNotFound() throws Exception {
    String chain = Files.readString(files.get("chain"));
    assertThatThrownBy(() -> SealKeys.pem("", chain, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_NOT_FOUND));
  }

  @Test
  void pem_textWithoutPemBlock_keyNotFound() throws Exception {
    String chain = Files.readString(files.get("chain"));
    assertThatThrownBy(() -> SealKeys.pem("just some words\n", chain, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_NOT_FOUND));
  }

  @Test
  void pem_privateKeyBlockWithGarbage_keyStoreUnreadable() throws Exception {
    String chain = Files.readString(files.get("chain"));
    String garbage = "-----BEGIN PRIVATE KEY-----\nbm90IGEga2V5IGF0IGFsbA==\n-----END PRIVATE KEY-----\n";
    assertThatThrownBy(() -> SealKeys.pem(garbage, chain, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_STORE_UNREADABLE));
  }

  @Test
  void pem_certificateInsteadOfKey_keyNotFound() throws Exception {
    String chain = Files.readString(files.get("chain"));
    assertThatThrownBy(() -> SealKeys.pem(chain, chain, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_NOT_FOUND));
  }

  @Test
  void pem_emptyChainText_keyNotFound() throws Exception {
    String key = Files.readString(files.get("key"));
    assertThatThrownBy(() -> SealKeys.pem(key, "", null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_NOT_FOUND));
  }

  @Test
  void pem_certificateBlockWithGarbage_keyStoreUnreadable() throws Exception {
    String key = Files.readString(files.get("key"));
    String garbage = "-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n";
    assertThatThrownBy(() -> SealKeys.pem(key, garbage, null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_STORE_UNREADABLE));
  }

  @Test
  void pem_missingKeyFile_keyStoreUnreadable() {
    assertThatThrownBy(() -> SealKeys.pem(dir.resolve("absent.pem"), files.get("chain"), null))
        .isInstanceOfSatisfying(SealingException.class,
            e -> assertThat(e.reason()).isEqualTo(SealingException.Reason.KEY_STORE_UNREADABLE));
  }

  private static String pem(Object o) throws Exception {
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      w.writeObject(o);
    }
    return sw.toString();
  }

  /** A self-signed legal-person certificate that is fine for sealing except for its key. */
  private static X509Certificate selfSignedSealCertificate(KeyPair kp) throws Exception {
    X500Name name = new X500NameBuilder(BCStyle.INSTANCE)
        .addRDN(BCStyle.C, "IT")
        .addRDN(BCStyle.O, "AIPIA Test Association")
        .addRDN(BCStyle.ORGANIZATION_IDENTIFIER, Fixtures.ORG_ID)
        .addRDN(BCStyle.CN, "AIPIA Test Association")
        .build();
    X509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(name, BigInteger.TEN,
        Date.from(Fixtures.NOW.minusSeconds(86_400)), Date.from(Fixtures.NOW.plusSeconds(86_400 * 365)),
        name, kp.getPublic());
    b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
    b.addExtension(Extension.keyUsage, true,
        new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
    byte[] der = b.build(new JcaContentSignerBuilder("SHA256withRSA").build(kp.getPrivate())).getEncoded();
    return (X509Certificate) CertificateFactory.getInstance("X.509")
        .generateCertificate(new ByteArrayInputStream(der));
  }
}
