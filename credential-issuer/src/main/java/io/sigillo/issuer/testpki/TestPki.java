package io.sigillo.issuer.testpki;

import io.sigillo.core.internal.Providers;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealKeys;
import io.sigillo.issuer.SealingException;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.x509.QcOids;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CRLException;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERPrintableString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AccessDescription;
import org.bouncycastle.asn1.x509.AuthorityInformationAccess;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLDistPoint;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.CRLReason;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.DistributionPoint;
import org.bouncycastle.asn1.x509.DistributionPointName;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.X509ObjectIdentifiers;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.asn1.x509.qualified.SemanticsInformation;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.util.io.pem.PemGenerationException;

/**
 * A realistic test PKI for a qualified electronic seal, made in memory with BouncyCastle: a root
 * CA, an optional issuing CA, and a legal person's seal certificate as ETSI EN 319 412 describes it
 * (subject with {@code organizationIdentifier}, key usage {@code digitalSignature} +
 * {@code nonRepudiation} critical, QcStatements {@code QcCompliance}, {@code QcSSCD},
 * {@code QcType eseal}, {@code QcPDS} and legal-person semantics, policy QCP-l-qscd, CRL
 * distribution point and authority information access).
 *
 * <h2>For tests and demos only</h2>
 *
 * <p>Keys are generated on the fly and kept in memory; nothing here is trusted by anyone but the
 * verifier that is explicitly given {@link #trustAnchor()}. No production code path of Sigillo
 * creates a test PKI on its own: the CLI's {@code keys} and {@code demo} commands are the only
 * callers outside tests, and they say so.
 *
 * <p>Immutable once built.
 */
public final class TestPki {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ROOT_CRL_URL = "http://crl.test-tsp.example/root-ca.crl";

  /** The key types a test PKI can use for the seal. */
  public enum KeyType {
    /** ECDSA P-256, sealing with ES256. */
    EC_P256(SealAlgorithm.ES256),
    /** ECDSA P-384, sealing with ES384. */
    EC_P384(SealAlgorithm.ES384),
    /** RSA 2048 bits, sealing with RS256 (as the European Commission's EDC seals). */
    RSA_2048(SealAlgorithm.RS256),
    /** RSA 3072 bits, sealing with PS256. */
    RSA_3072(SealAlgorithm.PS256);

    private final SealAlgorithm algorithm;

    KeyType(SealAlgorithm algorithm) {
      this.algorithm = algorithm;
    }

    /**
     * The seal algorithm used with this key type.
     *
     * @return the algorithm
     */
    public SealAlgorithm algorithm() {
      return algorithm;
    }
  }

  private final KeyPair rootKeys;
  private final X509Certificate root;
  private final KeyPair issuingKeys;
  private final X509Certificate intermediate;
  private final KeyPair sealKeys;
  private final X509Certificate sealCertificate;
  private final KeyType keyType;
  private final Clock clock;
  private final String crlUrl;

  private TestPki(Builder b) throws GeneralSecurityException {
    this.clock = b.clock;
    this.keyType = b.keyType;
    this.crlUrl = b.crlUrl;
    Instant now = clock.instant();
    this.rootKeys = ecKeys("secp384r1");
    X500Name rootName = name("Sigillo Test Trust Service Provider", "VATIT-00000000001", "IT",
        "Sigillo Test Root CA");
    this.root = ca(rootName, rootKeys, rootName, rootKeys.getPrivate(), rootKeys, now, Duration.ofDays(3650), null,
        null);
    if (b.intermediate) {
      KeyPair ik = ecKeys("secp384r1");
      X500Name iname = name("Sigillo Test Trust Service Provider", "VATIT-00000000001", "IT",
          "Sigillo Test Qualified eSeal CA");
      this.intermediate = ca(iname, ik, rootName, rootKeys.getPrivate(), rootKeys, now, Duration.ofDays(3650), 0,
          ROOT_CRL_URL);
      this.issuingKeys = ik;
    } else {
      this.intermediate = null;
      this.issuingKeys = rootKeys;
    }
    this.sealKeys = keys(b.keyType);
    this.sealCertificate = seal(b, sealKeys, now);
  }

  /**
   * Starts a builder: EC P-256, no intermediate CA, organisation "AIPIA Test Association" with
   * {@code VATIT-12345678901}, certificates valid from a day before the clock's now, seal
   * certificate for three years, every ETSI statement present.
   *
   * @return a builder
   */
  public static Builder newBuilder() {
    return new Builder();
  }

  /**
   * The trust anchor a verifier must be given: the root CA certificate.
   *
   * @return the root certificate
   */
  public X509Certificate trustAnchor() {
    return root;
  }

  /**
   * The issuing CA certificate, if the PKI has an intermediate.
   *
   * @return the intermediate, or null
   */
  public X509Certificate intermediate() {
    return intermediate;
  }

  /**
   * The seal certificate.
   *
   * @return the legal person's certificate
   */
  public X509Certificate sealCertificate() {
    return sealCertificate;
  }

  /**
   * The seal's private key.
   *
   * @return the key
   */
  public PrivateKey sealPrivateKey() {
    return sealKeys.getPrivate();
  }

  /**
   * The chain a seal carries: the seal certificate, then the intermediate if any (not the root).
   *
   * @return the chain
   */
  public List<X509Certificate> chain() {
    List<X509Certificate> c = new ArrayList<>();
    c.add(sealCertificate);
    if (intermediate != null) {
      c.add(intermediate);
    }
    return List.copyOf(c);
  }

  /**
   * The seal, with the key type's algorithm.
   *
   * @return a seal over the in-memory key
   */
  public Seal seal() {
    try {
      return SealKeys.fromKey(sealKeys.getPrivate(), chain(), keyType.algorithm());
    } catch (SealingException e) {
      throw new IllegalStateException("test PKI produced an unusable seal", e);
    }
  }

  /**
   * Issues, from the same issuing CA, a seal certificate for another organisation.
   *
   * @param organisationName the legal name
   * @param organizationIdentifier its ETSI identifier, or null to leave it out
   * @return a seal for that organisation
   */
  public Seal sealFor(String organisationName, String organizationIdentifier) {
    try {
      Builder b = newBuilder().organisation(organisationName, organizationIdentifier).keyType(keyType).clock(clock);
      KeyPair kp = keys(keyType);
      X509Certificate cert = seal(b, kp, clock.instant());
      List<X509Certificate> chain = new ArrayList<>();
      chain.add(cert);
      if (intermediate != null) {
        chain.add(intermediate);
      }
      return SealKeys.fromKey(kp.getPrivate(), chain, keyType.algorithm());
    } catch (GeneralSecurityException | SealingException e) {
      throw new IllegalStateException("test PKI could not issue a seal", e);
    }
  }

  /**
   * A CRL of the issuing CA (the CA that issued the seal certificate), valid for a week from the
   * clock's now.
   *
   * @param revokedSerials serial numbers to list as revoked (key compromise), may be empty
   * @return the CRL
   */
  public X509CRL crl(BigInteger... revokedSerials) {
    return intermediate != null ? crl(intermediate, issuingKeys.getPrivate(), revokedSerials)
        : crl(root, rootKeys.getPrivate(), revokedSerials);
  }

  /**
   * A CRL of the root CA, valid for a week from the clock's now. With an intermediate this is the
   * CRL that covers the intermediate (its CRL distribution point names it); a verifier that checks
   * the revocation of every certificate in the chain needs both this and {@link #crl}. Without an
   * intermediate it is the same kind of CRL as {@link #crl}.
   *
   * @param revokedSerials serial numbers to list as revoked (key compromise), may be empty
   * @return the CRL
   */
  public X509CRL rootCrl(BigInteger... revokedSerials) {
    return crl(root, rootKeys.getPrivate(), revokedSerials);
  }

  private X509CRL crl(X509Certificate issuer, PrivateKey issuerKey, BigInteger... revokedSerials) {
    try {
      Instant now = clock.instant();
      X509v2CRLBuilder b = new X509v2CRLBuilder(
          X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), Date.from(now));
      b.setNextUpdate(Date.from(now.plus(Duration.ofDays(7))));
      for (BigInteger serial : revokedSerials) {
        b.addCRLEntry(serial, Date.from(now.minusSeconds(60)), CRLReason.keyCompromise);
      }
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      b.addExtension(Extension.authorityKeyIdentifier, false,
          utils.createAuthorityKeyIdentifier(issuer.getPublicKey()));
      b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.valueOf(now.getEpochSecond())));
      byte[] der = b.build(signer(issuerKey)).getEncoded();
      return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("test PKI could not make a CRL", e);
    }
  }

  /**
   * Writes the PKI to a folder: {@code root-ca.pem} (the trust anchor), {@code seal-chain.pem},
   * {@code seal-key.pem} (unencrypted PKCS#8), {@code seal.p12} (key and chain, protected by
   * {@code password}) and {@code ca.crl} (DER, the issuing CA's {@link #crl}); with an intermediate
   * also {@code root-ca.crl} (DER, {@link #rootCrl}).
   *
   * @param dir the folder, created if missing
   * @param password the PKCS#12 password
   * @return the paths written
   * @throws IOException if writing fails
   */
  public Map<String, Path> writeTo(Path dir, char[] password) throws IOException {
    Objects.requireNonNull(password, "password");
    Files.createDirectories(dir);
    Path rootPem = dir.resolve("root-ca.pem");
    Path chainPem = dir.resolve("seal-chain.pem");
    Path keyPem = dir.resolve("seal-key.pem");
    Path p12 = dir.resolve("seal.p12");
    Path crl = dir.resolve("ca.crl");
    Files.writeString(rootPem, pem(List.of(root)), StandardCharsets.US_ASCII);
    Files.writeString(chainPem, pem(new ArrayList<Object>(chain())), StandardCharsets.US_ASCII);
    // PKCS#8 ("PRIVATE KEY"): JcaPEMWriter would write a JDK EC key as a SEC1 "EC PRIVATE KEY"
    // without its curve, which no reader (SealKeys, OpenSSL) can load.
    try {
      Files.writeString(keyPem, pem(List.of(new JcaPKCS8Generator(sealKeys.getPrivate(), null))),
          StandardCharsets.US_ASCII);
    } catch (PemGenerationException e) {
      throw new IOException("cannot encode the seal key as PKCS#8", e);
    }
    try (OutputStream out = Files.newOutputStream(p12)) {
      KeyStore ks = KeyStore.getInstance("PKCS12");
      ks.load(null, null);
      List<Certificate> full = new ArrayList<>(chain());
      full.add(root);
      ks.setKeyEntry("seal", sealKeys.getPrivate(), password, full.toArray(new Certificate[0]));
      ks.store(out, password);
    } catch (GeneralSecurityException e) {
      throw new IOException("cannot write PKCS#12: " + e.getMessage(), e);
    }
    Map<String, Path> written = new LinkedHashMap<>();
    written.put("root", rootPem);
    written.put("chain", chainPem);
    written.put("key", keyPem);
    written.put("pkcs12", p12);
    written.put("crl", crl);
    try {
      Files.write(crl, crl().getEncoded());
      if (intermediate != null) {
        Path rootCrl = dir.resolve("root-ca.crl");
        Files.write(rootCrl, rootCrl().getEncoded());
        written.put("rootCrl", rootCrl);
      }
    } catch (CRLException e) {
      throw new IOException("cannot encode CRL", e);
    }
    return Collections.unmodifiableMap(written);
  }

  private static String pem(List<?> objects) throws IOException {
    StringWriter sw = new StringWriter();
    try (JcaPEMWriter w = new JcaPEMWriter(sw)) {
      for (Object o : objects) {
        w.writeObject(o);
      }
    }
    return sw.toString();
  }

  private X509Certificate seal(Builder b, KeyPair kp, Instant now) throws GeneralSecurityException {
    X509Certificate issuer = intermediate != null ? intermediate : root;
    try {
      X509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(
          X500Name.getInstance(issuer.getSubjectX500Principal().getEncoded()), serial(),
          Date.from(now.minus(Duration.ofDays(1))),
          Date.from(b.sealNotAfter != null ? b.sealNotAfter
              : now.atOffset(ZoneOffset.UTC).plusYears(3).toInstant()),
          name(b.organisationName, b.organizationIdentifier, b.country, b.organisationName),
          kp.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      cb.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      cb.addExtension(Extension.keyUsage, true, new KeyUsage(b.keyUsage));
      cb.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(kp.getPublic()));
      cb.addExtension(Extension.authorityKeyIdentifier, false, utils.createAuthorityKeyIdentifier(issuer.getPublicKey()));
      cb.addExtension(Extension.certificatePolicies, false, new CertificatePolicies(
          new PolicyInformation(new ASN1ObjectIdentifier(QcOids.QCP_L_QSCD))));
      cb.addExtension(Extension.cRLDistributionPoints, false, crlDistPoint(crlUrl));
      cb.addExtension(Extension.authorityInfoAccess, false, new AuthorityInformationAccess(new AccessDescription[] {
          new AccessDescription(X509ObjectIdentifiers.id_ad_caIssuers,
              new GeneralName(GeneralName.uniformResourceIdentifier, "http://pki.test-tsp.example/ca.cer")),
          new AccessDescription(X509ObjectIdentifiers.id_ad_ocsp,
              new GeneralName(GeneralName.uniformResourceIdentifier, "http://ocsp.test-tsp.example/"))}));
      if (b.qcStatements) {
        cb.addExtension(new ASN1ObjectIdentifier(QcOids.QC_STATEMENTS), false, qcStatements(b.qcType));
      }
      return convert(cb.build(signer(issuingKeys.getPrivate())));
    } catch (IOException | OperatorCreationException e) {
      throw new GeneralSecurityException("cannot build seal certificate", e);
    }
  }

  private static DERSequence qcStatements(String qcType) {
    ASN1EncodableVector v = new ASN1EncodableVector();
    v.add(new QCStatement(new ASN1ObjectIdentifier(QcOids.PKIX_QC_SYNTAX_V2),
        new SemanticsInformation(new ASN1ObjectIdentifier(QcOids.SEMANTICS_LEGAL))));
    v.add(new QCStatement(new ASN1ObjectIdentifier(QcOids.QC_COMPLIANCE)));
    v.add(new QCStatement(new ASN1ObjectIdentifier(QcOids.QC_SSCD)));
    v.add(new QCStatement(new ASN1ObjectIdentifier(QcOids.QC_TYPE),
        new DERSequence(new ASN1ObjectIdentifier(qcType))));
    v.add(new QCStatement(new ASN1ObjectIdentifier(QcOids.QC_PDS), new DERSequence(new DERSequence(
        new org.bouncycastle.asn1.ASN1Encodable[] {
            new DERIA5String("https://pki.test-tsp.example/pds_en.pdf"), new DERPrintableString("en")}))));
    return new DERSequence(v);
  }

  private X509Certificate ca(X500Name subject, KeyPair kp, X500Name issuer, PrivateKey issuerKey,
      KeyPair issuerKeys, Instant now, Duration validity, Integer pathLen, String crlDistributionPoint)
      throws GeneralSecurityException {
    try {
      X509v3CertificateBuilder cb = new JcaX509v3CertificateBuilder(issuer, serial(),
          Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(validity)), subject, kp.getPublic());
      JcaX509ExtensionUtils utils = new JcaX509ExtensionUtils();
      cb.addExtension(Extension.basicConstraints, true,
          pathLen == null ? new BasicConstraints(true) : new BasicConstraints(pathLen));
      cb.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      cb.addExtension(Extension.subjectKeyIdentifier, false, utils.createSubjectKeyIdentifier(kp.getPublic()));
      cb.addExtension(Extension.authorityKeyIdentifier, false,
          utils.createAuthorityKeyIdentifier(issuerKeys.getPublic()));
      if (crlDistributionPoint != null) {
        cb.addExtension(Extension.cRLDistributionPoints, false, crlDistPoint(crlDistributionPoint));
      }
      return convert(cb.build(signer(issuerKey)));
    } catch (IOException | OperatorCreationException e) {
      throw new GeneralSecurityException("cannot build CA certificate", e);
    }
  }

  private static CRLDistPoint crlDistPoint(String url) {
    return new CRLDistPoint(new DistributionPoint[] {
        new DistributionPoint(new DistributionPointName(new GeneralNames(
            new GeneralName(GeneralName.uniformResourceIdentifier, url))), null, null)});
  }

  private static X500Name name(String org, String orgId, String country, String cn) {
    X500NameBuilder nb = new X500NameBuilder(BCStyle.INSTANCE);
    nb.addRDN(BCStyle.C, country);
    nb.addRDN(BCStyle.O, org);
    if (orgId != null) {
      nb.addRDN(BCStyle.ORGANIZATION_IDENTIFIER, orgId);
    }
    nb.addRDN(BCStyle.CN, cn);
    return nb.build();
  }

  private static ContentSigner signer(PrivateKey key) throws OperatorCreationException {
    String alg = key.getAlgorithm().startsWith("RSA") ? "SHA256withRSA" : "SHA384withECDSA";
    return new JcaContentSignerBuilder(alg).setProvider(Providers.bouncyCastle()).build(key);
  }

  private static X509Certificate convert(X509CertificateHolder holder) throws GeneralSecurityException {
    try {
      return (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(holder.getEncoded()));
    } catch (IOException | CertificateException e) {
      throw new GeneralSecurityException("cannot convert certificate", e);
    }
  }

  private static BigInteger serial() {
    return new BigInteger(63, RANDOM).add(BigInteger.ONE);
  }

  private static KeyPair ecKeys(String curve) throws GeneralSecurityException {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec(curve), RANDOM);
    return g.generateKeyPair();
  }

  private static KeyPair keys(KeyType type) throws GeneralSecurityException {
    switch (type) {
      case EC_P256: return ecKeys("secp256r1");
      case EC_P384: return ecKeys("secp384r1");
      case RSA_2048:
      case RSA_3072: {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(type == KeyType.RSA_2048 ? 2048 : 3072, RANDOM);
        return g.generateKeyPair();
      }
      default: throw new IllegalArgumentException("unknown key type " + type);
    }
  }

  /** Builds a {@link TestPki}. */
  public static final class Builder {
    private String organisationName = "AIPIA Test Association";
    private String organizationIdentifier = "VATIT-12345678901";
    private String country = "IT";
    private KeyType keyType = KeyType.EC_P256;
    private boolean intermediate;
    private boolean qcStatements = true;
    private String qcType = QcOids.QC_TYPE_ESEAL;
    private int keyUsage = KeyUsage.digitalSignature | KeyUsage.nonRepudiation;
    private Instant sealNotAfter;
    private Clock clock = Clock.systemUTC();
    private String crlUrl = "http://crl.test-tsp.example/ca.crl";

    private Builder() {}

    /**
     * Sets the legal person the seal belongs to.
     *
     * @param name the legal name, used as O and CN
     * @param organizationIdentifier the ETSI identifier, or null to leave it out (for negative
     *     tests)
     * @return this builder
     */
    public Builder organisation(String name, String organizationIdentifier) {
      this.organisationName = Objects.requireNonNull(name, "name");
      this.organizationIdentifier = organizationIdentifier;
      return this;
    }

    /**
     * Sets the seal key type.
     *
     * @param keyType the key type
     * @return this builder
     */
    public Builder keyType(KeyType keyType) {
      this.keyType = Objects.requireNonNull(keyType, "keyType");
      return this;
    }

    /**
     * Adds an issuing CA between the root and the seal certificate.
     *
     * @return this builder
     */
    public Builder withIntermediate() {
      this.intermediate = true;
      return this;
    }

    /**
     * Leaves the QcStatements extension out (for negative tests).
     *
     * @return this builder
     */
    public Builder withoutQcStatements() {
      this.qcStatements = false;
      return this;
    }

    /**
     * Sets the QcType (for negative tests, for example {@link QcOids#QC_TYPE_ESIGN}).
     *
     * @param qcTypeOid the QcType OID
     * @return this builder
     */
    public Builder qcType(String qcTypeOid) {
      this.qcType = Objects.requireNonNull(qcTypeOid, "qcTypeOid");
      return this;
    }

    /**
     * Sets the seal certificate's key usage bits (BouncyCastle {@code KeyUsage} constants).
     *
     * @param bits the key usage
     * @return this builder
     */
    public Builder keyUsage(int bits) {
      this.keyUsage = bits;
      return this;
    }

    /**
     * Sets the end of the seal certificate's validity; by default three years from now.
     *
     * @param notAfter the end
     * @return this builder
     */
    public Builder sealNotAfter(Instant notAfter) {
      this.sealNotAfter = notAfter;
      return this;
    }

    /**
     * Sets the clock that dates the certificates.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Generates the keys and certificates.
     *
     * @return the PKI
     */
    public TestPki build() {
      try {
        return new TestPki(this);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("cannot build test PKI: " + e.getMessage(), e);
      }
    }
  }
}
