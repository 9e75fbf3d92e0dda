package io.sigillo.verifier.internal;

import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.x509.SealCertificate;
import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertPathValidatorException.BasicReason;
import java.security.cert.CertStore;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.PKIXReason;
import java.security.cert.PKIXRevocationChecker;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * PKIX validation (RFC 5280, the JDK's validator) of a seal certificate chain against the
 * policy's trust anchors at the claimed signing time, and, when the policy has offline CRLs, of
 * the chain's revocation status at the validation time. Never fetches anything: OCSP is off and
 * CRL distribution points are not followed.
 *
 * <p>Successful validations at the signing time are cached per chain and UTC day; a cache hit
 * still re-checks every certificate's validity at the exact instant, so the cache never widens
 * what passes. Revocation is never cached. Thread-safe.
 */
public final class ChainValidator {
  private static final int MAX_ENTRIES = 4096;

  /**
   * The result of validating a chain.
   *
   * @param outcome PASSED, FAILED or INDETERMINATE
   * @param reason the reason code
   * @param message a sentence for people
   * @param anchor the anchor's subject when the chain was trusted
   */
  public record Result(Outcome outcome, ReasonCode reason, String message, String anchor) {}

  private final Set<TrustAnchor> anchors;
  private final Set<X509Certificate> anchorCerts;
  private final List<X509CRL> crls;
  private final Map<List<Object>, String> cache = new ConcurrentHashMap<>();

  /**
   * Creates a validator.
   *
   * @param anchors the trust anchors
   * @param crls offline CRLs; when non-empty, revocation is checked for every certificate
   */
  public ChainValidator(List<X509Certificate> anchors, List<X509CRL> crls) {
    Set<TrustAnchor> a = new HashSet<>();
    for (X509Certificate c : anchors) {
      a.add(new TrustAnchor(c, null));
    }
    this.anchors = a;
    this.anchorCerts = Set.copyOf(anchors);
    this.crls = List.copyOf(crls);
  }

  /**
   * Whether revocation is checked (the policy has CRLs).
   *
   * @return true if CRLs are configured
   */
  public boolean checksRevocation() {
    return !crls.isEmpty();
  }

  /**
   * Validates a chain: PKIX at the claimed signing time, then, when CRLs are configured, the
   * revocation status at the validation time. Revocation is checked now, not at the claimed
   * signing time: a current CRL is not valid for an instant before its thisUpdate, and without a
   * time-stamp the claimed time proves nothing, so a holder of a revoked key could otherwise
   * backdate a seal to before the revocation.
   *
   * @param chain the seal certificate first, then issuing CAs (anchors in it are ignored)
   * @param signingTime the instant the chain must have been valid at (the claimed signing time)
   * @param now the validation time, at which revocation is checked
   * @return the result
   */
  public Result validate(List<X509Certificate> chain, Instant signingTime, Instant now) {
    if (anchors.isEmpty()) {
      return new Result(Outcome.INDETERMINATE, ReasonCode.NO_TRUST_ANCHORS,
          "the verification policy has no trust anchors", null);
    }
    List<X509Certificate> path = new ArrayList<>();
    for (X509Certificate c : chain) {
      if (!anchorCerts.contains(c)) {
        path.add(c);
      }
    }
    if (path.isEmpty()) {
      return new Result(Outcome.FAILED, ReasonCode.CHAIN_INVALID,
          "the seal certificate is itself a trust anchor; a seal must be certified by a CA", null);
    }
    Result atSigning = validateAt(path, signingTime);
    if (atSigning.outcome() != Outcome.PASSED || crls.isEmpty()) {
      return atSigning;
    }
    Result revocation = revocationAt(path, now);
    return revocation != null ? revocation : atSigning;
  }

  /** PKIX without revocation at an instant; successes are cached per chain and UTC day. */
  private Result validateAt(List<X509Certificate> path, Instant at) {
    List<Object> key = cacheKey(path, at);
    String cached = cache.get(key);
    if (cached != null) {
      Result r = checkValidity(path, at);
      return r != null ? r : new Result(Outcome.PASSED, ReasonCode.OK, "chain trusted", cached);
    }
    try {
      CertPathValidator validator = CertPathValidator.getInstance("PKIX");
      PKIXParameters params = parameters(at);
      params.setRevocationEnabled(false);
      PKIXCertPathValidatorResult result = (PKIXCertPathValidatorResult) validator.validate(certPath(path), params);
      String anchor = SealCertificate.displayName(result.getTrustAnchor().getTrustedCert().getSubjectX500Principal());
      if (cache.size() >= MAX_ENTRIES) {
        cache.clear();
      }
      cache.put(key, anchor);
      return new Result(Outcome.PASSED, ReasonCode.OK, "chain trusted", anchor);
    } catch (CertPathValidatorException e) {
      return explain(e, path, at);
    } catch (InvalidAlgorithmParameterException e) {
      return new Result(Outcome.INDETERMINATE, ReasonCode.NO_TRUST_ANCHORS, "unusable trust anchors: " + e.getMessage(), null);
    } catch (GeneralSecurityException e) {
      return new Result(Outcome.FAILED, ReasonCode.CHAIN_INVALID, "the chain cannot be processed: " + e.getMessage(), null);
    }
  }

  /** The revocation status at the validation time from the configured CRLs; null if not revoked. */
  private Result revocationAt(List<X509Certificate> path, Instant now) {
    try {
      CertPathValidator validator = CertPathValidator.getInstance("PKIX");
      PKIXParameters params = parameters(now);
      params.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(crls)));
      PKIXRevocationChecker rc = (PKIXRevocationChecker) validator.getRevocationChecker();
      rc.setOptions(EnumSet.of(PKIXRevocationChecker.Option.PREFER_CRLS, PKIXRevocationChecker.Option.NO_FALLBACK));
      params.setRevocationEnabled(false);
      params.addCertPathChecker(rc);
      validator.validate(certPath(path), params);
      return null;
    } catch (CertPathValidatorException e) {
      CertPathValidatorException.Reason r = e.getReason();
      if (r == BasicReason.EXPIRED || r == BasicReason.NOT_YET_VALID) {
        String who = e.getIndex() >= 0 && e.getIndex() < path.size()
            ? SealCertificate.displayName(path.get(e.getIndex()).getSubjectX500Principal()) : "a chain certificate";
        return new Result(Outcome.INDETERMINATE, ReasonCode.CERTIFICATE_EXPIRED_NO_POE,
            "certificate " + who + " is no longer valid at the validation time " + now
                + ", so its revocation status cannot be checked, and without a signature time-stamp"
                + " nothing proves the seal was made while it was valid", null);
      }
      return explain(e, path, now);
    } catch (GeneralSecurityException e) {
      return new Result(Outcome.INDETERMINATE, ReasonCode.REVOCATION_UNKNOWN,
          "the revocation status cannot be determined: " + e.getMessage(), null);
    }
  }

  private PKIXParameters parameters(Instant at) throws InvalidAlgorithmParameterException {
    PKIXParameters params = new PKIXParameters(anchors);
    params.setDate(Date.from(at));
    return params;
  }

  private static CertPath certPath(List<X509Certificate> path) throws GeneralSecurityException {
    return CertificateFactory.getInstance("X.509").generateCertPath(path);
  }

  private Result explain(CertPathValidatorException e, List<X509Certificate> path, Instant at) {
    CertPathValidatorException.Reason r = e.getReason();
    String who = e.getIndex() >= 0 && e.getIndex() < path.size()
        ? SealCertificate.displayName(path.get(e.getIndex()).getSubjectX500Principal()) : "the chain";
    if (r == BasicReason.EXPIRED) {
      return new Result(Outcome.FAILED, ReasonCode.CERTIFICATE_EXPIRED,
          "certificate " + who + " had expired at the signing time " + at, null);
    }
    if (r == BasicReason.NOT_YET_VALID) {
      return new Result(Outcome.FAILED, ReasonCode.CERTIFICATE_NOT_YET_VALID,
          "certificate " + who + " was not yet valid at the signing time " + at, null);
    }
    if (r == BasicReason.REVOKED) {
      return new Result(Outcome.FAILED, ReasonCode.CERTIFICATE_REVOKED,
          "certificate " + who + " is revoked: " + e.getMessage(), null);
    }
    if (r == BasicReason.UNDETERMINED_REVOCATION_STATUS) {
      return new Result(Outcome.INDETERMINATE, ReasonCode.REVOCATION_UNKNOWN,
          "no configured CRL covers certificate " + who, null);
    }
    if (r == PKIXReason.NO_TRUST_ANCHOR) {
      return new Result(Outcome.INDETERMINATE, ReasonCode.CHAIN_NOT_TRUSTED,
          "the chain does not lead to any trust anchor of the policy", null);
    }
    if (r == BasicReason.INVALID_SIGNATURE) {
      return new Result(Outcome.FAILED, ReasonCode.CHAIN_INVALID,
          "certificate " + who + " has an invalid signature", null);
    }
    return new Result(Outcome.FAILED, ReasonCode.CHAIN_INVALID,
        "certificate " + who + " is not acceptable in the chain: " + e.getMessage(), null);
  }

  private static Result checkValidity(List<X509Certificate> path, Instant at) {
    Date d = Date.from(at);
    for (X509Certificate c : path) {
      try {
        c.checkValidity(d);
      } catch (CertificateExpiredException e) {
        return new Result(Outcome.FAILED, ReasonCode.CERTIFICATE_EXPIRED,
            "certificate " + SealCertificate.displayName(c.getSubjectX500Principal()) + " had expired at the signing time " + at, null);
      } catch (CertificateNotYetValidException e) {
        return new Result(Outcome.FAILED, ReasonCode.CERTIFICATE_NOT_YET_VALID,
            "certificate " + SealCertificate.displayName(c.getSubjectX500Principal()) + " was not yet valid at the signing time " + at, null);
      }
    }
    return null;
  }

  /** Certificates compare by their full DER encoding, so the key cannot collide. */
  private static List<Object> cacheKey(List<X509Certificate> path, Instant at) {
    List<Object> key = new ArrayList<>(path);
    key.add(at.truncatedTo(ChronoUnit.DAYS));
    return List.copyOf(key);
  }
}
