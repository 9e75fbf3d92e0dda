package io.sigillo.issuer;

import io.sigillo.core.internal.Signatures;
import io.sigillo.x509.SealCertificate;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organisation's electronic seal: the X.509 certificate chain of a legal person and the
 * {@link SealSigner} holding the matching private key. Immutable.
 *
 * <p>{@link #of(SealSigner, List)} checks that the chain is ordered (each certificate issued by
 * the next), that the seal certificate names an {@code organizationIdentifier}, that its key usage
 * allows signing and fits the algorithm (RSA at least 2048 bits, the right EC curve), and - by
 * signing a probe and verifying it with the certificate - that the signer's key belongs to the
 * certificate.
 */
public final class Seal {
  private static final byte[] PROBE = "sigillo seal key check".getBytes(StandardCharsets.US_ASCII);

  private final SealSigner signer;
  private final List<X509Certificate> chain;
  private final SealCertificate sealCertificate;

  private Seal(SealSigner signer, List<X509Certificate> chain, SealCertificate sealCertificate) {
    this.signer = signer;
    this.chain = chain;
    this.sealCertificate = sealCertificate;
  }

  /**
   * Creates a seal after checking the chain and the key.
   *
   * @param signer the key behind the seal
   * @param chain the seal certificate first, then its issuing CAs (the root may be omitted)
   * @return the seal
   * @throws SealingException if the chain or key is unusable, with a precise reason
   */
  public static Seal of(SealSigner signer, List<X509Certificate> chain) throws SealingException {
    Objects.requireNonNull(signer, "signer");
    Objects.requireNonNull(chain, "chain");
    List<X509Certificate> copy = List.copyOf(chain);
    if (copy.isEmpty()) {
      throw new SealingException(SealingException.Reason.INVALID_CHAIN, "the certificate chain is empty");
    }
    for (int i = 0; i + 1 < copy.size(); i++) {
      if (!copy.get(i).getIssuerX500Principal().equals(copy.get(i + 1).getSubjectX500Principal())) {
        throw new SealingException(SealingException.Reason.INVALID_CHAIN,
            "certificate " + i + " is not issued by certificate " + (i + 1) + ": order the chain seal certificate first");
      }
    }
    X509Certificate leaf = copy.get(0);
    SealCertificate sc = SealCertificate.of(leaf);
    if (sc.organizationIdentifier().isEmpty()) {
      throw new SealingException(SealingException.Reason.INVALID_CHAIN,
          "the seal certificate's subject has no organizationIdentifier (2.5.4.97)");
    }
    if (!sc.keyUsageAllowsSealing()) {
      throw new SealingException(SealingException.Reason.INVALID_CHAIN,
          "the seal certificate's key usage allows neither digitalSignature nor nonRepudiation");
    }
    Optional<String> keyProblem = Signatures.keyProblem(leaf.getPublicKey(), signer.algorithm());
    if (keyProblem.isPresent()) {
      throw new SealingException(SealingException.Reason.UNSUPPORTED_KEY, keyProblem.get());
    }
    byte[] probe = signer.sign(PROBE);
    if (!Signatures.verify(leaf.getPublicKey(), signer.algorithm(), PROBE, probe)) {
      throw new SealingException(SealingException.Reason.KEY_CERTIFICATE_MISMATCH,
          "the signer's key does not belong to the seal certificate");
    }
    return new Seal(signer, copy, sc);
  }

  /**
   * The key behind the seal.
   *
   * @return the signer
   */
  public SealSigner signer() {
    return signer;
  }

  /**
   * The certificate chain, seal certificate first.
   *
   * @return an unmodifiable list
   */
  public List<X509Certificate> chain() {
    return chain;
  }

  /**
   * The seal certificate.
   *
   * @return the first certificate of the chain
   */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /**
   * The parsed seal certificate.
   *
   * @return the legal person's identifier, QC statements and key usage
   */
  public SealCertificate sealCertificate() {
    return sealCertificate;
  }

  /**
   * The legal person's identifier from the seal certificate.
   *
   * @return for example {@code VATIT-12345678901}
   */
  public String organizationIdentifier() {
    return sealCertificate.organizationIdentifier().orElseThrow();
  }

  @Override
  public String toString() {
    return "Seal[" + organizationIdentifier() + ", " + signer.algorithm() + "]";
  }
}
