package io.sigillo.verifier;

/** The checks a verification report lists, always in this order. */
public enum CheckId {
  /** The input is a sealed credential and the credential follows VC 2.0 and the profile. */
  FORMAT,
  /** The seal's header is acceptable and its signature is valid over the exact signed bytes. */
  SEAL,
  /**
   * The seal certificate chains to a trust anchor (PKIX), was valid at signing time, allows
   * sealing and is a qualified electronic-seal certificate.
   */
  TRUST,
  /** The credential's issuer is the legal person named in the seal certificate. */
  ISSUER_BINDING,
  /** The credential is valid now and its window is at most three years. */
  VALIDITY,
  /** The credential is neither revoked nor suspended. */
  STATUS
}
