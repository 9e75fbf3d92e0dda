package io.sigillo.verifier.internal;

import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.x509.SealCertificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The TRUST check: signing time plausible, PKIX chain to a trust anchor at the signing time, not
 * revoked now (when the policy has CRLs), key usage, qualified e-seal statements, and the seal
 * certificate still unexpired now (without a time-stamp there is no proof the seal was made while
 * it was valid).
 */
public final class TrustCheck {
  private TrustCheck() {}

  /**
   * Runs the check.
   *
   * @param chain the parsed x5c chain, seal certificate first
   * @param claimedSigningTime the header's signing time, or null
   * @param now the validation time
   * @param skew the tolerated clock skew
   * @param requireQcEseal whether QcCompliance and QcType eseal are required
   * @param validator the chain validator
   * @return the result
   */
  public static CheckResult run(List<SealCertificate> chain, Instant claimedSigningTime, Instant now,
      Duration skew, boolean requireQcEseal, ChainValidator validator) {
    SealCertificate seal = chain.get(0);
    X509Certificate leaf = seal.certificate();
    Instant signingTime = claimedSigningTime != null ? claimedSigningTime : now;
    Results r = Results.of(CheckId.TRUST)
        .with("sealCertificate", SealCertificate.displayName(leaf.getSubjectX500Principal()))
        .with("issuer", SealCertificate.displayName(leaf.getIssuerX500Principal()))
        .with("serialNumber", leaf.getSerialNumber().toString(16))
        .with("notBefore", leaf.getNotBefore().toInstant())
        .with("notAfter", leaf.getNotAfter().toInstant())
        .with("validatedAt", signingTime)
        .with("signingTimeSource", claimedSigningTime != null ? "claimed in the seal header" : "none claimed; validation time used");
    if (signingTime.isAfter(now.plus(skew))) {
      return r.failed(ReasonCode.SIGNING_TIME_IN_FUTURE,
          "the claimed signing time " + signingTime + " is after the verifier's time " + now);
    }
    List<X509Certificate> certs = new ArrayList<>();
    for (SealCertificate c : chain) {
      certs.add(c.certificate());
    }
    r.with("revocation", validator.checksRevocation()
        ? "checked against the policy's CRLs at " + now : "not checked (the policy has no CRLs)");
    ChainValidator.Result chainResult = validator.validate(certs, signingTime, now);
    if (chainResult.outcome() != Outcome.PASSED) {
      return r.result(chainResult.outcome(), chainResult.reason(), chainResult.message());
    }
    r.with("trustAnchor", chainResult.anchor());
    if (!seal.keyUsageAllowsSealing()) {
      return r.failed(ReasonCode.KEY_USAGE_INVALID,
          "the seal certificate's key usage allows neither digitalSignature nor nonRepudiation");
    }
    r.with("qcCompliance", seal.qcCompliance()).with("qcTypeEseal", seal.isQcTypeEseal())
        .with("qcSscd", seal.qcSscd());
    if (requireQcEseal && (!seal.qcCompliance() || !seal.isQcTypeEseal())) {
      return r.failed(ReasonCode.QC_ESEAL_MISSING, seal.malformedQcStatements()
          ? "the seal certificate's QcStatements extension is malformed"
          : "the seal certificate does not state QcCompliance and QcType eseal");
    }
    if (now.minus(skew).isAfter(leaf.getNotAfter().toInstant())) {
      return r.indeterminate(ReasonCode.CERTIFICATE_EXPIRED_NO_POE,
          "the seal certificate expired on " + leaf.getNotAfter().toInstant()
              + "; without a signature time-stamp nothing proves the seal was made before");
    }
    return r.passed("the seal certificate chains to a trust anchor and was valid at " + signingTime);
  }
}
