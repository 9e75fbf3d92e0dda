package io.sigillo.core.internal;

import io.sigillo.seal.SealAlgorithm;
import java.io.IOException;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.crypto.signers.PlainDSAEncoding;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;

/**
 * JWS signature creation and verification over JCA with a BouncyCastle provider instance, and the
 * key checks both sides apply. Not part of the public API.
 *
 * <p>ECDSA hashes the signing input with the JDK's SHA-2 (which uses the CPU's SHA instructions
 * where there are any: about nine times faster than BouncyCastle's Java SHA-256 on a 12 KB seal)
 * and has BouncyCastle sign or verify that hash ({@code NONEwithECDSA}); the result is the same
 * ECDSA signature as {@code SHA256withPLAIN-ECDSA} and friends, with the same checks: exactly
 * {@code 2 * ceil(bits / 8)} bytes, both integers in {@code [1, n-1]}. RSA is unchanged.
 */
public final class Signatures {
  private static final String ECDSA_ON_HASH = "NONEwithECDSA";
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
    if (!algorithm.isRsa() && key instanceof ECPrivateKey) {
      BigInteger order = ((ECPrivateKey) key).getParams().getOrder();
      Signature s = Signature.getInstance(ECDSA_ON_HASH, Providers.bouncyCastle());
      s.initSign(key);
      s.update(digest(algorithm, input));
      try {
        BigInteger[] rs = StandardDSAEncoding.INSTANCE.decode(order, s.sign());
        return PlainDSAEncoding.INSTANCE.encode(order, rs[0], rs[1]);
      } catch (IOException | IllegalArgumentException e) {
        throw new SignatureException("unexpected ECDSA signature encoding", e);
      }
    }
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
      if (!algorithm.isRsa()) {
        BigInteger order = ((ECPublicKey) key).getParams().getOrder();
        // Exactly two fixed-length values, each below the group order (else an exception: false).
        BigInteger[] rs = PlainDSAEncoding.INSTANCE.decode(order, signature);
        Signature s = Signature.getInstance(ECDSA_ON_HASH, Providers.bouncyCastle());
        s.initVerify(key);
        s.update(digest(algorithm, input));
        return s.verify(StandardDSAEncoding.INSTANCE.encode(order, rs[0], rs[1]));
      }
      Signature s = Signature.getInstance(jcaName(algorithm), Providers.bouncyCastle());
      s.initVerify(key);
      s.update(input);
      return s.verify(signature);
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * The same private key in the BouncyCastle provider's own key class. Signing with a key of
   * another provider (the JDK's, as PKCS#12 and PEM loading produce) makes BouncyCastle convert
   * it, curve parameters and all, on every signature and throw away its precomputed tables: about
   * three times the cost of the signature itself for P-256. Translate once, sign many times.
   *
   * @param key the key
   * @return the translated key, or {@code key} itself when it is not an in-memory EC or RSA key
   *     BouncyCastle can translate (for example a handle to a key in a token)
   */
  public static PrivateKey forProvider(PrivateKey key) {
    return (PrivateKey) translate(key);
  }

  /**
   * The same public key in the BouncyCastle provider's own key class: see
   * {@link #forProvider(PrivateKey)}. Translating validates the key as each verification would
   * (an EC point must lie on its curve); a key that cannot be translated is returned as it is.
   *
   * @param key the key
   * @return the translated key, or {@code key} itself
   */
  public static PublicKey forProvider(PublicKey key) {
    return (PublicKey) translate(key);
  }

  private static Key translate(Key key) {
    String algorithm = key.getAlgorithm();
    if (!"EC".equals(algorithm) && !"RSA".equals(algorithm)) {
      return key;
    }
    try {
      return KeyFactory.getInstance(algorithm, Providers.bouncyCastle()).translateKey(key);
    } catch (GeneralSecurityException | RuntimeException e) {
      return key;
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

  /** The SHA-2 hash an ECDSA algorithm signs, from the JDK (hardware-accelerated where the CPU can). */
  private static byte[] digest(SealAlgorithm algorithm, byte[] input) throws NoSuchAlgorithmException {
    String name;
    switch (algorithm) {
      case ES256: name = "SHA-256"; break;
      case ES384: name = "SHA-384"; break;
      case ES512: name = "SHA-512"; break;
      default: throw new IllegalArgumentException("not an ECDSA algorithm: " + algorithm);
    }
    return MessageDigest.getInstance(name).digest(input);
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
