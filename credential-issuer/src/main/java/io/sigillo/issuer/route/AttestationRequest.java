package io.sigillo.issuer.route;

import java.net.URI;
import java.util.Objects;

/**
 * A request for a professional quality attestation under Article 7 of Italian Law 4/2013. The
 * member qualifies with a currently valid certificate of the profile issued through the route
 * (neither revoked nor suspended) and an active membership with a known period end; the
 * attestation names the certificate's holder and profile and is valid until the end of the
 * membership period (art. 7(3)), at most three years. Immutable.
 *
 * @param certificate the member's certificate, issued through the route
 * @param membership the membership, with {@link Membership#paidUntil()}
 * @param professionalLiabilityInsurance whether the association verified the member's policy
 */
public record AttestationRequest(URI certificate, Membership membership, boolean professionalLiabilityInsurance) {
  /** Validates the components. */
  public AttestationRequest {
    Objects.requireNonNull(certificate, "certificate");
    Objects.requireNonNull(membership, "membership");
  }
}
