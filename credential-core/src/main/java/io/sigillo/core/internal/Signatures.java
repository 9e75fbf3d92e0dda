package io.sigillo.core.internal;

import io.sigillo.seal.SealAlgorithm;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * JWS signature creation and verification over JCA with a BouncyCastle provider instance, and the
 * key checks both sides apply. Not part of the public API.
 */
public final class Signatures {
  private static final Map<SealAlgorithm, ECParameterSpec> CURVES = namedCurves();

  private Signatures() {}

  /**
   * The JCA signature name, in BouncyCastle's naming, that produces and consumes JWS-format
   * signatures (raw {@code r || s} for ECDSA).
   *
   * @param algorithm the JWS algorithm
   * @return the JCA name
   */
  public static String jcaName(SealAlgorithm algorithm) {
    switch (algorithm) {
      case ES256: return "SHA256withPLAIN-ECDSA";
      case ES384: return "SHA384withPLAIN-ECDSA";
      case ES512: return "SHA512withPLAIN-ECDSA";
      case RS256: return "SHA256withRSA";
      case RS384: return "SHA384withRSA";
      case RS512: return "SHA512withRSA";
      case PS256: return "SHA256withRSAandMGF1";
      case PS384: return "SHA384withRSAandMGF1";
      case PS512: return "SHA512withRSAandMGF1";
      default: throw new IllegalArgumentException("unsupported algorithm " + algorithm);
    }
  }

  /**
   * Signs with a private key.
   *
   * @param key the key
   * @param algorithm the algorithm
   * @param input the signing input
   * @return the JWS signature
   * @throws GeneralSecurityException if signing fails
   */
  public static byte[] sign(PrivateKey key, SealAlgorithm algorithm, byte[] input)
      throws GeneralSecurityException {
    Signature s = Signature.getInstance(jcaName(algorithm), Providers.bouncyCastle());
    s.initSign(key);
    s.update(input);
    return s.sign();
  }

  /**
   * Verifies a JWS signature. Never throws for a bad signature: malformed values, wrong lengths
   * and out-of-range ECDSA integers (including all-zero signatures) all return false.
   *
   * @param key the public key
   * @param algorithm the algorithm
   * @param input the signing input
   * @param signature the JWS signature
   * @return true only if the signature is valid
   */
  public static boolean verify(PublicKey key, SealAlgorithm algorithm, byte[] input, byte[] signature) {
    if (keyProblem(key, algorithm).isPresent()) {
      return false;
    }
    if (!algorithm.isRsa()) {
      int n = (algorithm.minimumKeyBits() + 7) / 8;
      if (signature.length != 2 * n || isZero(signature, 0, n) || isZero(signature, n, 2 * n)) {
        return false;
      }
    }
    try {
      Signature s = Signature.getInstance(jcaName(algorithm), Providers.bouncyCastle());
      s.initVerify(key);
      s.update(input);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Why a public key cannot be used with an algorithm: wrong type, a curve other than the
   * algorithm's (compared by its domain parameters, not its size), RSA below 2048 bits.
   *
   * @param key the key
   * @param algorithm the algorithm
   * @return a sentence naming the problem, empty if the key fits
   */
  public static Optional<String> keyProblem(PublicKey key, SealAlgorithm algorithm) {
    if (algorithm.isRsa()) {
      if (!(key instanceof RSAPublicKey)) {
        return Optional.of(algorithm + " needs an RSA key, the certificate has " + key.getAlgorithm());
      }
      int bits = ((RSAPublicKey) key).getModulus().bitLength();
      if (bits < algorithm.minimumKeyBits()) {
        return Optional.of("RSA key of " + bits + " bits is below the minimum of " + algorithm.minimumKeyBits());
      }
      return Optional.empty();
    }
    if (!(key instanceof ECPublicKey)) {
      return Optional.of(algorithm + " needs an EC key, the certificate has " + key.getAlgorithm());
    }
    ECParameterSpec params = ((ECPublicKey) key).getParams();
    if (params == null || !sameCurve(params, CURVES.get(algorithm))) {
      int bits = params == null ? 0 : params.getCurve().getField().getFieldSize();
      return Optional.of(algorithm + " needs a " + algorithm.curve().orElse("") + " key, the certificate's key is on "
          + (bits == algorithm.minimumKeyBits() ? "another " + bits + "-bit curve" : "a curve of " + bits + " bits"));
    }
    return Optional.empty();
  }

  /**
   * Whether two EC domain parameter sets describe the same curve: same field, coefficients, base
   * point, order and cofactor. The field size alone is not enough: secp256k1 and brainpoolP256r1
   * are 256-bit curves too, and ES256 means P-256 only (RFC 7518 section 3.4).
   */
  private static boolean sameCurve(ECParameterSpec a, ECParameterSpec b) {
    return a.getCurve().equals(b.getCurve()) && a.getGenerator().equals(b.getGenerator())
        && a.getOrder().equals(b.getOrder()) && a.getCofactor() == b.getCofactor();
  }

  private static Map<SealAlgorithm, ECParameterSpec> namedCurves() {
    Map<SealAlgorithm, ECParameterSpec> m = new EnumMap<>(SealAlgorithm.class);
    for (SealAlgorithm a : SealAlgorithm.values()) {
      if (a.curve().isPresent()) {
        try {
          AlgorithmParameters p = AlgorithmParameters.getInstance("EC");
          p.init(new ECGenParameterSpec(a.curve().get()));
          m.put(a, p.getParameterSpec(ECParameterSpec.class));
        } catch (GeneralSecurityException e) {
          throw new IllegalStateException("the JDK lacks the curve " + a.curve().get(), e);
        }
      }
    }
    return Map.copyOf(m);
  }

  private static boolean isZero(byte[] b, int from, int to) {
    int acc = 0;
    for (int i = from; i < to; i++) {
      acc |= b[i];
    }
    return acc == 0;
  }
}
