package io.sigillo.verifier.internal;

import io.sigillo.core.internal.Signatures;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.x509.SealCertificate;
import java.io.ByteArrayInputStream;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Parses {@code x5c} entries into certificates, caching by the exact base64 text: a certificate is
 * an immutable value, so the same text always yields the same certificate. Also caches each
 * certificate's public key in the signature provider's key class. Bounded; thread-safe.
 */
public final class Certificates {
  private static final int MAX_ENTRIES = 4096;

  private final Map<String, SealCertificate> cache = new ConcurrentHashMap<>();
  private final Map<X509Certificate, PublicKey> keys = new ConcurrentHashMap<>();

  /**
   * Parses a chain.
   *
   * @param x5c standard base64 DER certificates, seal certificate first
   * @return the parsed seal certificate views, in order
   * @throws HeaderException with CERTIFICATE_MALFORMED if an entry is not a certificate
   */
  public List<SealCertificate> parse(List<String> x5c) throws HeaderException {
    List<SealCertificate> out = new ArrayList<>(x5c.size());
    for (int i = 0; i < x5c.size(); i++) {
      out.add(parse(x5c.get(i), i));
    }
    return out;
  }

  /**
   * A certificate's public key in the signature provider's own key class, translated once per
   * certificate (see {@link Signatures#forProvider(PublicKey)}); certificates compare by their
   * DER encoding, so a cached key always belongs to the certificate asked about.
   *
   * @param certificate the certificate
   * @return its public key, ready for {@link Signatures#verify}
   */
  public PublicKey verificationKey(X509Certificate certificate) {
    PublicKey cached = keys.get(certificate);
    if (cached != null) {
      return cached;
    }
    PublicKey key = Signatures.forProvider(certificate.getPublicKey());
    if (keys.size() >= MAX_ENTRIES) {
      keys.clear();
    }
    keys.put(certificate, key);
    return key;
  }

  private SealCertificate parse(String b64, int index) throws HeaderException {
    SealCertificate cached = cache.get(b64);
    if (cached != null) {
      return cached;
    }
    byte[] der;
    try {
      der = Base64.getDecoder().decode(b64);
    } catch (IllegalArgumentException e) {
      throw new HeaderException(ReasonCode.CERTIFICATE_MALFORMED, "x5c[" + index + "] is not standard base64");
    }
    X509Certificate cert;
    try {
      cert = (X509Certificate) CertificateFactory.getInstance("X.509")
          .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new HeaderException(ReasonCode.CERTIFICATE_MALFORMED, "x5c[" + index + "] is not a DER X.509 certificate");
    }
    SealCertificate sc;
    try {
      sc = SealCertificate.of(cert);
    } catch (RuntimeException e) {
      // the JDK parses names lazily: BouncyCastle's reading of the subject can still fail, for
      // example on a UTF8String that is not UTF-8
      throw new HeaderException(ReasonCode.CERTIFICATE_MALFORMED,
          "x5c[" + index + "] has a malformed subject or extension");
    }
    if (cache.size() >= MAX_ENTRIES) {
      cache.clear();
    }
    cache.put(b64, sc);
    return sc;
  }
}
