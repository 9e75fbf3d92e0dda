package io.sigillo.verifier.internal;

import io.sigillo.dataintegrity.Multikey;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.Outcome;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.x509.SealCertificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The Data Integrity side of a report: the SEAL check of an input secured by a Data Integrity
 * proof alone (its first proof is the issuer's seal), the seal certificate that proof's key
 * belongs to, and the PROOF check over every embedded proof.
 *
 * <p>A proof's key is bound to a legal person in one of two ways, both configured by the verifier:
 * it is the key of the input's JOSE seal certificate ({@code x5c}), or it is the key of a seal
 * certificate the policy knows ({@code VerificationPolicy.sealCertificates}) whose chain leads to
 * a trust anchor and whose {@code organizationIdentifier} is the credential issuer's.
 */
public final class ProofCheck {
  private ProofCheck() {}

  /**
   * What the SEAL check of a Data-Integrity-secured input found.
   *
   * @param result the SEAL result
   * @param chain the known seal certificate (with its chain) whose key made the first proof, or null
   * @param signingTime the first proof's {@code created}, or null
   * @param trust the TRUST result when no seal certificate could be found, else null
   */
  public record SealFindings(CheckResult result, List<SealCertificate> chain, Instant signingTime, CheckResult trust) {}

  /**
   * The SEAL check for {@link SecuringForm#DATA_INTEGRITY}: the first proof must verify.
   *
   * @param outcomes the verified proofs (at least one)
   * @param known the seal certificates the verifier knows
   * @param issuerNotation the credential issuer's eIDAS identifier, or null
   * @return the findings
   */
  public static SealFindings seal(List<ProofVerifier.Outcome> outcomes, KnownSeals known, String issuerNotation) {
    Results r = Results.of(CheckId.SEAL).with("securingForm", SecuringForm.DATA_INTEGRITY);
    ProofVerifier.Outcome first = outcomes.get(0);
    if (first.proof() != null) {
      r.with("cryptosuite", first.proof().cryptosuiteId())
          .with("verificationMethod", first.proof().verificationMethod())
          .with("created", first.proof().created().orElse(null));
    }
    if (outcomes.size() > 1) {
      r.with("proofs", outcomes.size());
    }
    if (!first.valid()) {
      return new SealFindings(r.failed(first.reason(), first.message()), null, null, null);
    }
    Instant created = first.proof().created().orElse(null);
    List<List<SealCertificate>> chains = known.chainsFor(first.key());
    List<SealCertificate> chain = chains.stream()
        .filter(c -> issuerNotation != null && c.get(0).organizationIdentifier().filter(issuerNotation::equals).isPresent())
        .findFirst().orElse(chains.isEmpty() ? null : chains.get(0));
    if (chain == null) {
      CheckResult trust = Results.of(CheckId.TRUST).with("verificationMethod", first.proof().verificationMethod())
          .indeterminate(ReasonCode.SEAL_CERTIFICATE_UNKNOWN,
              "the proof's key is not the key of any seal certificate the verifier knows; add the issuer's seal "
                  + "certificate to VerificationPolicy.sealCertificates");
      return new SealFindings(r.passed("the " + first.proof().cryptosuiteId() + " proof is valid"), null, created, trust);
    }
    r.with("sealCertificate", chain.get(0).certificate().getSubjectX500Principal().getName());
    return new SealFindings(r.passed("the " + first.proof().cryptosuiteId()
        + " proof is valid and made with the key of a known seal certificate"), chain, created, null);
  }

  /**
   * The PROOF check.
   *
   * @param outcomes the verified proofs; empty if the credential has none
   * @param sealChain the input's seal certificate chain (JOSE {@code x5c}, or the known certificate
   *     found for a Data-Integrity-secured input), or null
   * @param known the seal certificates the verifier knows
   * @param issuerNotation the credential issuer's eIDAS identifier, or null
   * @param now the validation time
   * @param chains the chain validator
   * @return the result
   */
  public static CheckResult proofs(List<ProofVerifier.Outcome> outcomes, List<SealCertificate> sealChain,
      KnownSeals known, String issuerNotation, Instant now, ChainValidator chains) {
    Results r = Results.of(CheckId.PROOF);
    if (outcomes.isEmpty()) {
      return r.result(Outcome.NOT_CHECKED, ReasonCode.NO_PROOF, "the credential carries no Data Integrity proof");
    }
    r.with("proofs", outcomes.size());
    ProofVerifier.Outcome failed = null;
    ProofVerifier.Outcome unbound = null;
    String unboundWhy = null;
    for (ProofVerifier.Outcome o : outcomes) {
      String evidence = o.describe();
      if (!o.valid()) {
        failed = failed == null ? o : failed;
      } else {
        String binding = binding(o, sealChain, known, issuerNotation, now, chains);
        if (binding.startsWith("!")) {
          if (unbound == null) {
            unbound = o;
            unboundWhy = binding.substring(1);
          }
          evidence += "; " + binding.substring(1);
        } else {
          evidence += "; " + binding;
        }
      }
      r.with("proof." + (o.index() + 1), evidence);
    }
    if (failed != null) {
      return r.failed(failed.reason(), "proof " + (failed.index() + 1) + ": " + failed.message());
    }
    if (unbound != null) {
      return r.indeterminate(ReasonCode.SEAL_CERTIFICATE_UNKNOWN, "proof " + (unbound.index() + 1) + ": " + unboundWhy);
    }
    return r.passed(outcomes.size() == 1 ? "the Data Integrity proof is valid and made with the issuer's seal key"
        : "all " + outcomes.size() + " Data Integrity proofs are valid and made with the issuer's seal keys");
  }

  /** How a valid proof's key is bound to the issuer; a leading '!' means it is not. */
  private static String binding(ProofVerifier.Outcome o, List<SealCertificate> sealChain, KnownSeals known,
      String issuerNotation, Instant now, ChainValidator chains) {
    if (sealChain != null && Multikey.sameKey(o.key(), sealChain.get(0).certificate().getPublicKey())) {
      return "key of the seal certificate " + sealChain.get(0).certificate().getSubjectX500Principal().getName();
    }
    String why = "the proof's key is not the seal certificate's key nor that of a known seal certificate";
    Instant at = o.proof().created().orElse(now);
    for (List<SealCertificate> chain : known.chainsFor(o.key())) {
      String org = chain.get(0).organizationIdentifier().orElse(null);
      if (issuerNotation == null || !issuerNotation.equals(org)) {
        why = "the proof's key belongs to a known seal certificate of " + org + ", not of the issuer " + issuerNotation;
        continue;
      }
      List<X509Certificate> certs = new ArrayList<>();
      chain.forEach(c -> certs.add(c.certificate()));
      ChainValidator.Result v = chains.validate(certs, at, now);
      if (v.outcome() == Outcome.PASSED) {
        return "key of the known seal certificate " + chain.get(0).certificate().getSubjectX500Principal().getName();
      }
      why = "the known seal certificate with the proof's key is not trusted: " + v.message();
    }
    return "!" + why;
  }
}
