package io.sigillo.verifier;

/**
 * The checks a verification report lists, always in this order. New checks are appended.
 *
 * <p>How Data Integrity proofs show: for an input secured by a JOSE seal (JAdES, {@code vc+jwt})
 * SEAL, TRUST and ISSUER_BINDING are about that seal, and PROOF reports the Data Integrity proofs
 * the credential may carry as well. For a credential secured by a Data Integrity proof alone
 * ({@link io.sigillo.seal.SecuringForm#DATA_INTEGRITY}) the first proof is the seal: SEAL verifies
 * it, TRUST validates the known seal certificate with the proof's key
 * ({@link VerificationPolicy.Builder#sealCertificates}), ISSUER_BINDING compares that
 * certificate's organisation with the issuer, and PROOF covers every proof again, including key
 * binding.
 */
public enum CheckId {
  /** The input is a sealed credential and the credential follows VC 2.0 and the profile. */
  FORMAT,
  /**
   * The seal's header is acceptable and its signature is valid over the exact signed bytes; for a
   * Data-Integrity-secured credential, its first proof verifies.
   */
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
  STATUS,
  /**
   * Every Data Integrity proof embedded in the credential ({@code ecdsa-rdfc-2019},
   * {@code eddsa-rdfc-2022}) verifies over the RDFC-1.0 canonical credential, and its key belongs to
   * the seal certificate or to a known seal certificate of the issuer. NOT_CHECKED when the
   * credential carries no proof.
   */
  PROOF
}
