package io.sigillo.x509;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.CertificatePolicies;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.asn1.x509.PolicyInformation;
import org.bouncycastle.asn1.x509.qualified.QCStatement;
import org.bouncycastle.asn1.x509.qualified.SemanticsInformation;

/**
 * What a verifier needs to know about an electronic-seal certificate (ETSI EN 319 412-1/-3/-5):
 * the legal person's {@code organizationIdentifier}, the qualified-certificate statements, the key
 * usage and the policies, plus the JAdES certificate references ({@code kid}, {@code x5t#S256}).
 *
 * <p>Immutable. {@link #of(X509Certificate)} parses once; the results are plain values.
 */
public final class SealCertificate {
  private static final int MAX_DISPLAY_NAMES = 1024;
  private static final Map<ByteBuffer, String> DISPLAY_NAMES = new ConcurrentHashMap<>();
  private final X509Certificate certificate;
  private final String organizationIdentifier;
  private final boolean qcCompliance;
  private final boolean qcSscd;
  private final Set<String> qcTypes;
  private final boolean legalPersonSemantics;
  private final Set<String> policies;
  private final boolean malformedQcStatements;
  // Derived from the certificate alone, computed on first use (a verifier asks for them on every
  // seal it checks). Strings are immutable, so a racing second computation is harmless.
  private volatile String kid;
  private volatile String thumbprint;

  private SealCertificate(X509Certificate certificate) {
    this.certificate = certificate;
    this.organizationIdentifier = readOrganizationIdentifier(certificate);
    Set<String> types = new LinkedHashSet<>();
    boolean compliance = false;
    boolean sscd = false;
    boolean legal = false;
    boolean malformed = false;
    byte[] ext = certificate.getExtensionValue(QcOids.QC_STATEMENTS);
    if (ext != null) {
      try {
        ASN1Sequence seq = ASN1Sequence.getInstance(
            ASN1OctetString.getInstance(ext).getOctets());
        for (ASN1Encodable e : seq) {
          QCStatement st = QCStatement.getInstance(e);
          String id = st.getStatementId().getId();
          switch (id) {
            case QcOids.QC_COMPLIANCE:
              compliance = true;
              break;
            case QcOids.QC_SSCD:
              sscd = true;
              break;
            case QcOids.QC_TYPE:
              for (ASN1Encodable t : ASN1Sequence.getInstance(st.getStatementInfo())) {
                types.add(ASN1ObjectIdentifier.getInstance(t).getId());
              }
              break;
            case QcOids.PKIX_QC_SYNTAX_V2:
              if (st.getStatementInfo() != null) {
                SemanticsInformation si = SemanticsInformation.getInstance(st.getStatementInfo());
                if (si.getSemanticsIdentifier() != null
                    && si.getSemanticsIdentifier().getId().equals(QcOids.SEMANTICS_LEGAL)) {
                  legal = true;
                }
              }
              break;
            default:
              break;
          }
        }
      } catch (RuntimeException e) {
        malformed = true;
      }
    }
    this.qcCompliance = compliance;
    this.qcSscd = sscd;
    this.qcTypes = Collections.unmodifiableSet(types);
    this.legalPersonSemantics = legal;
    this.malformedQcStatements = malformed;
    this.policies = readPolicies(certificate);
  }

  /**
   * Parses the seal-relevant content of a certificate.
   *
   * @param certificate the certificate
   * @return the parsed view
   */
  public static SealCertificate of(X509Certificate certificate) {
    return new SealCertificate(Objects.requireNonNull(certificate, "certificate"));
  }

  /**
   * The certificate.
   *
   * @return the certificate
   */
  public X509Certificate certificate() {
    return certificate;
  }

  /**
   * The subject's {@code organizationIdentifier} (OID 2.5.4.97), for example
   * {@code VATIT-12345678901}.
   *
   * @return the identifier, if the subject has exactly one
   */
  public Optional<String> organizationIdentifier() {
    return Optional.ofNullable(organizationIdentifier);
  }

  /**
   * Whether the certificate states it is qualified ({@code QcCompliance}).
   *
   * @return true if the statement is present
   */
  public boolean qcCompliance() {
    return qcCompliance;
  }

  /**
   * Whether the certificate states its key is in a QSCD.
   *
   * @return true if {@code QcSSCD} is present
   */
  public boolean qcSscd() {
    return qcSscd;
  }

  /**
   * The {@code QcType} values.
   *
   * @return OIDs, for example {@link QcOids#QC_TYPE_ESEAL}
   */
  public Set<String> qcTypes() {
    return qcTypes;
  }

  /**
   * Whether {@code QcType} includes {@code eseal}.
   *
   * @return true for an electronic-seal certificate
   */
  public boolean isQcTypeEseal() {
    return qcTypes.contains(QcOids.QC_TYPE_ESEAL);
  }

  /**
   * Whether the semantics identifier says legal person.
   *
   * @return true if {@code id-etsi-qcs-semanticsId-Legal} is present
   */
  public boolean legalPersonSemantics() {
    return legalPersonSemantics;
  }

  /**
   * Whether the QcStatements extension is present but could not be parsed.
   *
   * @return true if malformed
   */
  public boolean malformedQcStatements() {
    return malformedQcStatements;
  }

  /**
   * The certificate policy OIDs.
   *
   * @return an unmodifiable set
   */
  public Set<String> policies() {
    return policies;
  }

  /**
   * Whether the key usage allows signing: {@code digitalSignature} or {@code nonRepudiation}.
   *
   * @return true if the key usage extension is absent or allows one of them
   */
  public boolean keyUsageAllowsSealing() {
    boolean[] ku = certificate.getKeyUsage();
    return ku == null || ku[0] || ku[1];
  }

  /**
   * Whether the key usage has {@code nonRepudiation} (content commitment), as ETSI seal
   * certificates do.
   *
   * @return true if set
   */
  public boolean keyUsageNonRepudiation() {
    boolean[] ku = certificate.getKeyUsage();
    return ku != null && ku[1];
  }

  /**
   * The JAdES {@code x5t#S256} value: base64url SHA-256 of the DER certificate.
   *
   * @return the thumbprint
   */
  public String thumbprintS256() {
    String t = thumbprint;
    if (t == null) {
      t = thumbprintS256(certificate);
      thumbprint = t;
    }
    return t;
  }

  /**
   * The JAdES {@code kid} value: standard base64 of the DER {@code IssuerSerial}.
   *
   * @return the key identifier
   */
  public String kid() {
    String k = kid;
    if (k == null) {
      k = kid(certificate);
      kid = k;
    }
    return k;
  }

  /**
   * base64url SHA-256 of a certificate's DER encoding.
   *
   * @param certificate the certificate
   * @return the thumbprint
   */
  public static String thumbprintS256(X509Certificate certificate) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
      throw new IllegalStateException("cannot hash certificate", e);
    }
  }

  /**
   * Standard base64 of the DER {@code IssuerSerial} (RFC 5035) of a certificate, as DSS writes the
   * JAdES {@code kid}.
   *
   * @param certificate the certificate
   * @return the key identifier
   */
  public static String kid(X509Certificate certificate) {
    X500Name issuer = X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded());
    BigInteger serial = certificate.getSerialNumber();
    IssuerSerial is = new IssuerSerial(new GeneralNames(new GeneralName(issuer)), serial);
    try {
      return Base64.getEncoder().encodeToString(is.getEncoded("DER"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot encode IssuerSerial", e);
    }
  }

  /**
   * A distinguished name for people, with ETSI attribute names such as
   * {@code organizationIdentifier} spelled out (the JDK prints 2.5.4.97 as a hexadecimal OID).
   *
   * @param name the name, for example {@code certificate.getSubjectX500Principal()}
   * @return for example {@code C=IT,O=AIPIA,organizationIdentifier=VATIT-12345678901,CN=AIPIA}
   */
  public static String displayName(javax.security.auth.x500.X500Principal name) {
    // The verifier names the same few certificates in every report: keep the text per exact DER
    // encoding (bounded), instead of parsing the name again each time.
    ByteBuffer key = ByteBuffer.wrap(name.getEncoded());
    String cached = DISPLAY_NAMES.get(key);
    if (cached != null) {
      return cached;
    }
    String text;
    try {
      text = X500Name.getInstance(key.array()).toString();
    } catch (RuntimeException e) {
      text = name.getName();
    }
    if (DISPLAY_NAMES.size() >= MAX_DISPLAY_NAMES) {
      DISPLAY_NAMES.clear();
    }
    DISPLAY_NAMES.put(key, text);
    return text;
  }

  private static String readOrganizationIdentifier(X509Certificate c) {
    X500Name subject = X500Name.getInstance(c.getSubjectX500Principal().getEncoded());
    RDN[] rdns = subject.getRDNs(new ASN1ObjectIdentifier(QcOids.ORGANIZATION_IDENTIFIER));
    if (rdns.length != 1 || rdns[0].isMultiValued()) {
      return null;
    }
    ASN1Encodable v = rdns[0].getFirst().getValue();
    if (v instanceof ASN1String) {
      return ((ASN1String) v).getString();
    }
    return null;
  }

  private static Set<String> readPolicies(X509Certificate c) {
    byte[] ext = c.getExtensionValue("2.5.29.32");
    Set<String> out = new LinkedHashSet<>();
    if (ext == null) {
      return Collections.unmodifiableSet(out);
    }
    try {
      ASN1Primitive p = ASN1Primitive.fromByteArray(ASN1OctetString.getInstance(ext).getOctets());
      for (PolicyInformation pi : CertificatePolicies.getInstance(p).getPolicyInformation()) {
        out.add(pi.getPolicyIdentifier().getId());
      }
    } catch (IOException | RuntimeException e) {
      // an unreadable policies extension yields no policies
    }
    return Collections.unmodifiableSet(out);
  }

  @Override
  public String toString() {
    return "SealCertificate[" + displayName(certificate.getSubjectX500Principal()) + "]";
  }
}
