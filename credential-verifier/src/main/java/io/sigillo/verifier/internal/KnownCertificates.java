package io.sigillo.verifier.internal;

import io.sigillo.x509.SealCertificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.security.auth.x500.X500Principal;

/**
 * The seal certificates a policy knows, indexed by SHA-256 thumbprint, to resolve a seal whose
 * header references its certificate by {@code x5t#S256} instead of carrying it. Resolving only
 * finds the certificate; trust is still decided by the chain check against the anchors. Immutable.
 */
public final class KnownCertificates {
  private static final int MAX_CHAIN = 8;

  private final Map<String, SealCertificate> byThumbprint = new HashMap<>();
  private final List<X509Certificate> all;
  private final Set<X500Principal> anchorSubjects = new HashSet<>();

  /**
   * Indexes certificates.
   *
   * @param known the policy's seal certificates (and intermediate CAs)
   * @param anchors the policy's trust anchors
   */
  public KnownCertificates(List<X509Certificate> known, List<X509Certificate> anchors) {
    this.all = List.copyOf(known);
    for (X509Certificate c : known) {
      SealCertificate sc = SealCertificate.of(c);
      byThumbprint.putIfAbsent(sc.thumbprintS256(), sc);
    }
    for (X509Certificate a : anchors) {
      anchorSubjects.add(a.getSubjectX500Principal());
    }
  }

  /**
   * Whether no certificate is known.
   *
   * @return true when the policy has no seal certificates
   */
  public boolean isEmpty() {
    return all.isEmpty();
  }

  /**
   * Resolves a thumbprint to a chain: the seal certificate, then known CA certificates up to (not
   * including) a trust anchor.
   *
   * @param x5tS256 the header's base64url SHA-256 thumbprint
   * @return the chain, empty if no known certificate has that thumbprint
   */
  public Optional<List<SealCertificate>> resolve(String x5tS256) {
    SealCertificate seal = x5tS256 == null ? null : byThumbprint.get(x5tS256);
    if (seal == null) {
      return Optional.empty();
    }
    List<SealCertificate> chain = new ArrayList<>();
    chain.add(seal);
    X509Certificate current = seal.certificate();
    while (chain.size() < MAX_CHAIN && !anchorSubjects.contains(current.getIssuerX500Principal())
        && !current.getIssuerX500Principal().equals(current.getSubjectX500Principal())) {
      X509Certificate next = null;
      for (X509Certificate c : all) {
        if (c.getSubjectX500Principal().equals(current.getIssuerX500Principal()) && c.getBasicConstraints() >= 0
            && !c.equals(current)) {
          next = c;
          break;
        }
      }
      if (next == null) {
        break;
      }
      chain.add(SealCertificate.of(next));
      current = next;
    }
    return Optional.of(List.copyOf(chain));
  }
}
