package io.sigillo.verifier.internal;

import io.sigillo.verifier.CheckId;
import io.sigillo.verifier.CheckResult;
import io.sigillo.verifier.ReasonCode;
import io.sigillo.x509.SealCertificate;

/**
 * The ISSUER_BINDING check: the credential's {@code issuer.eIDASIdentifier.notation} equals the
 * seal certificate's {@code organizationIdentifier}, exactly.
 */
public final class BindingCheck {
  private BindingCheck() {}

  /**
   * Runs the check.
   *
   * @param issuerNotation the credential issuer's eIDAS identifier, or null
   * @param seal the seal certificate
   * @return the result
   */
  public static CheckResult run(String issuerNotation, SealCertificate seal) {
    String certId = seal.organizationIdentifier().orElse(null);
    Results r = Results.of(CheckId.ISSUER_BINDING)
        .with("credentialIssuer", issuerNotation)
        .with("sealOrganizationIdentifier", certId);
    if (issuerNotation == null) {
      return r.failed(ReasonCode.ISSUER_IDENTIFIER_MISSING,
          "the credential's issuer has no eIDAS legal identifier (issuer.eIDASIdentifier.notation)");
    }
    if (certId == null) {
      return r.failed(ReasonCode.CERTIFICATE_IDENTIFIER_MISSING,
          "the seal certificate's subject has no organizationIdentifier");
    }
    if (!issuerNotation.equals(certId)) {
      return r.failed(ReasonCode.ISSUER_MISMATCH,
          "the credential names issuer " + issuerNotation + " but the seal belongs to " + certId);
    }
    return r.passed("the seal belongs to the credential's issuer " + certId);
  }
}
