package io.sigillo.issuer.internal;

import io.sigillo.core.internal.Signatures;
import io.sigillo.issuer.SealSigner;
import io.sigillo.issuer.SealingException;
import io.sigillo.seal.SealAlgorithm;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.Objects;

/**
 * A {@link SealSigner} over an in-memory private key, using a BouncyCastle provider instance
 * (never installed globally). The key is translated once into BouncyCastle's key class (see
 * {@link Signatures#forProvider(PrivateKey)}).
 */
public final class JcaSealSigner implements SealSigner {
  private final PrivateKey key;
  private final SealAlgorithm algorithm;

  /**
   * Creates a signer.
   *
   * @param key the private key
   * @param algorithm the algorithm, matching the key type
   */
  public JcaSealSigner(PrivateKey key, SealAlgorithm algorithm) {
    Objects.requireNonNull(key, "key");
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    if (!key.getAlgorithm().equals(algorithm.keyType())
        && !(algorithm.keyType().equals("EC") && key.getAlgorithm().equals("ECDSA"))) {
      throw new IllegalArgumentException(
          algorithm + " needs an " + algorithm.keyType() + " key, not " + key.getAlgorithm());
    }
    this.key = Signatures.forProvider(key);
  }

  @Override
  public SealAlgorithm algorithm() {
    return algorithm;
  }

  @Override
  public byte[] sign(byte[] signingInput) throws SealingException {
    try {
      return Signatures.sign(key, algorithm, signingInput);
    } catch (GeneralSecurityException e) {
      throw new SealingException(SealingException.Reason.SIGNER_FAILED,
          "the seal key could not sign: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "JcaSealSigner[" + algorithm + "]";
  }
}
