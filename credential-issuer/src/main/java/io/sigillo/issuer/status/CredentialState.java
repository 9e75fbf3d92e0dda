package io.sigillo.issuer.status;

/**
 * The status of an issued credential, as the issuer's store records it.
 *
 * <p>Transitions: {@code ACTIVE -> SUSPENDED} (suspend), {@code SUSPENDED -> ACTIVE} (reinstate),
 * {@code ACTIVE | SUSPENDED -> REVOKED} (revoke). {@link #REVOKED} is final.
 */
public enum CredentialState {
  /** Neither revoked nor suspended. */
  ACTIVE,
  /** On hold until reinstated; the suspension list's bit is set. */
  SUSPENDED,
  /** Cancelled for good; the revocation list's bit is set. */
  REVOKED
}
