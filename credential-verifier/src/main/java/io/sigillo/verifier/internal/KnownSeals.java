package io.sigillo.verifier.internal;

import io.sigillo.dataintegrity.Multikey;
import io.sigillo.x509.SealCertificate;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The seal certificates a verifier knows (its policy's {@code sealCertificates}), looked up by
 * public key. CA certificates in the collection serve as intermediates when a seal certificate's
 * chain is assembled; the chain must still lead to a trust anchor. Immutable and thread-safe.
 */
public final class KnownSeals {
  private static final int MAX_CHAIN = 8;

  private static final int MAX_LOOKUPS = 1024;

  private final Map<String, List<List<SealCertificate>>> byKey = new HashMap<>();
  /** Lookups by key object, so that a key resolved from a cached did:key is not re-encoded. */
  private final Map<PublicKey, List<List<SealCertificate>>> lookups = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Indexes certificates.
   *
   * @param certificates seal certificates and, optionally, their issuing CAs
   */
  public KnownSeals(List<X509Certificate> certificates) {
    for (X509Certificate c : certificates) {
      if (c.getBasicConstraints() >= 0) {
        continue;
      }
      String key;
      try {
        key = Multikey.encode(c.getPublicKey());
      } catch (IllegalArgumentException e) {
        continue;
      }
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(chain(c, certificates));
    }
  }

  /**
   * The known seal certificates with this public key, each with its chain.
   *
   * @param key a public key
   * @return the chains (seal certificate first), empty if no known seal certificate has the key
   */
  public List<List<SealCertificate>> chainsFor(PublicKey key) {
    List<List<SealCertificate>> hit = lookups.get(key);
    if (hit != null) {
      return hit;
    }
    List<List<SealCertificate>> found = lookup(key);
    if (lookups.size() >= MAX_LOOKUPS) {
      lookups.clear();
    }
    lookups.put(key, found);
    return found;
  }

  private List<List<SealCertificate>> lookup(PublicKey key) {
    String k;
    try {
      k = Multikey.encode(key);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    List<List<SealCertificate>> chains = byKey.get(k);
    return chains == null ? List.of() : chains;
  }

  private static List<SealCertificate> chain(X509Certificate leaf, List<X509Certificate> all) {
    List<SealCertificate> chain = new ArrayList<>();
    chain.add(SealCertificate.of(leaf));
    X509Certificate current = leaf;
    while (chain.size() < MAX_CHAIN) {
      X509Certificate issuer = null;
      for (X509Certificate c : all) {
        if (c != current && c.getBasicConstraints() >= 0
            && c.getSubjectX500Principal().equals(current.getIssuerX500Principal())
            && !c.getSubjectX500Principal().equals(c.getIssuerX500Principal())) {
          issuer = c;
          break;
        }
      }
      if (issuer == null) {
        break;
      }
      chain.add(SealCertificate.of(issuer));
      current = issuer;
    }
    return List.copyOf(chain);
  }
}
