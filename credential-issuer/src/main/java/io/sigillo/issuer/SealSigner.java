package io.sigillo.issuer;

import io.sigillo.seal.SealAlgorithm;

/**
 * The key behind a seal: signs bytes with the seal's private key. Implement this to keep the key
 * in an HSM or a remote signing service; {@link SealKeys} makes in-memory signers from PKCS#12 and
 * PEM files.
 *
 * <p>The signature must be in JWS form (RFC 7518): for ECDSA the 64/96/132-byte concatenation of
 * {@code r} and {@code s}, for RSA the PKCS#1 v1.5 or PSS signature. Implementations must be
 * thread-safe.
 */
public interface SealSigner {
  /**
   * The algorithm this signer uses.
   *
   * @return the JWS algorithm
   */
  SealAlgorithm algorithm();

  /**
   * Signs the JWS signing input.
   *
   * @param signingInput the exact bytes to sign
   * @return the JWS signature value
   * @throws SealingException if the key cannot sign (device unavailable, refused, ...)
   */
  byte[] sign(byte[] signingInput) throws SealingException;
}
