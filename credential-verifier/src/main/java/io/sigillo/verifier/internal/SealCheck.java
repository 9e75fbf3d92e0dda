package io.sigillo.verifier.internal;

import io.sigillo.core.internal.Signatures;
import io.sigillo.seal.SealAlgorithm;
import io.sigillo.seal.SecuringForm;
import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.x509.SealCertificate;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The SEAL check: header rules, certificate references and the signature over the exact signed
 * bytes.
 */
public final class SealCheck {
  /**
   * What the SEAL check produced.
   *
   * @param result the check result
   * @param header the header, if it passed the header rules
   * @param chain the parsed x5c chain, if it could be parsed
   */
  public record Findings(CheckResult result, SealHeader header, List<SealCertificate> chain) {}

  private SealCheck() {}

  /**
   * Runs the check.
   *
   * @param env the parsed input
   * @param allowed the allowed algorithms
   * @param certificates the certificate parser
   * @param known the policy's seal certificates, to resolve the QR form's certificate reference
   * @return the findings
   */
  public static Findings run(Envelope env, Set<SealAlgorithm> allowed, Certificates certificates,
      KnownCertificates known) {
    Results r = Results.of(CheckId.SEAL).with("securingForm", env.form());
    if (env.unsecured()) {
      return new Findings(r.failed(ReasonCode.UNSECURED_CREDENTIAL,
          "the input is a bare credential document without a seal"), null, null);
    }
    SealHeader header;
    List<SealCertificate> chain;
    try {
      header = SealHeader.read(env, allowed);
      r.with("alg", header.algorithm().jwsName()).with("signingTime", header.signingTime());
      if (header.x5c().isEmpty()) {
        chain = known.resolve(header.x5tS256()).orElseThrow(() -> new HeaderException(ReasonCode.CERTIFICATE_MISSING,
            known.isEmpty()
                ? "the seal references its certificate by x5t#S256 without x5c, and the policy has no seal certificates"
                : "the seal references its certificate by x5t#S256 without x5c, and no seal certificate of the policy has that thumbprint"));
        r.with("certificateSource", "x5t#S256 resolved from the policy's seal certificates");
      } else {
        chain = certificates.parse(header.x5c());
      }
    } catch (HeaderException e) {
      return new Findings(r.failed(e.reason(), e.getMessage()), null, null);
    }
    X509Certificate leaf = chain.get(0).certificate();
    r.with("sealCertificate", SealCertificate.displayName(leaf.getSubjectX500Principal()));
    if (header.x5tS256() != null && !header.x5tS256().equals(chain.get(0).thumbprintS256())) {
      return new Findings(r.failed(ReasonCode.CERTIFICATE_REFERENCE_MISMATCH,
          "x5t#S256 is not the thumbprint of the x5c seal certificate"), header, chain);
    }
    if (env.form() != SecuringForm.VC_JWT && header.kid() != null && !kidMatches(header.kid(), chain.get(0))) {
      return new Findings(r.failed(ReasonCode.CERTIFICATE_REFERENCE_MISMATCH,
          "kid is not the IssuerSerial of the seal certificate"), header, chain);
    }
    Optional<String> keyProblem = Signatures.keyProblem(leaf.getPublicKey(), header.algorithm());
    if (keyProblem.isPresent()) {
      return new Findings(r.failed(ReasonCode.KEY_NOT_SUITABLE, keyProblem.get()), header, chain);
    }
    if (!Signatures.verify(certificates.verificationKey(leaf), header.algorithm(), env.signingInput(),
        env.signature())) {
      return new Findings(r.failed(ReasonCode.SIGNATURE_INVALID,
          "the signature does not verify over the signed bytes with the seal certificate's key"), header, chain);
    }
    if (env.unprotectedHeader() != null) {
      r.with("unsignedProperties", "etsiU present; not evaluated (baseline-B validation)");
    }
    return new Findings(r.passed("the " + header.algorithm() + " signature is valid"), header, chain);
  }

  private static boolean kidMatches(String kid, SealCertificate cert) {
    try {
      return java.util.Arrays.equals(Base64.getDecoder().decode(kid), Base64.getDecoder().decode(cert.kid()));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
