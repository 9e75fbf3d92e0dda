package io.sigillo.issuer.route;

/** The ways to a credential the issuing scheme offers. */
public enum RouteKind {
  /**
   * The association's own route: membership, competency dossier, assessment by the technical
   * committee against the UNI 11621-8 criteria, an optional interview, issuance.
   */
  ASSOCIATION_ASSESSMENT,
  /**
   * Third-party certification under ISO/IEC 17024 by an accredited body: refused while no
   * accredited body is configured ({@link RouteException.Reason#NO_ACCREDITED_BODY}).
   */
  ISO_17024_CERTIFICATION,
  /** The professional quality attestation under Article 7 of Italian Law 4/2013. */
  LAW_4_2013_ATTESTATION,
  /** Renewal of a credential through continuing professional development. */
  RENEWAL
}
