package io.sigillo.seal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The JWS signature algorithms a seal may use (RFC 7518). The verifier accepts only the ones its
 * policy allows; the token never chooses. HMAC and {@code none} are not seal algorithms and have
 * no constant here.
 */
public enum SealAlgorithm {
  /** ECDSA with P-256 and SHA-256; the default. */
  ES256("ES256", "EC", "secp256r1", 256),
  /** ECDSA with P-384 and SHA-384. */
  ES384("ES384", "EC", "secp384r1", 384),
  /** ECDSA with P-521 and SHA-512. */
  ES512("ES512", "EC", "secp521r1", 521),
  /** RSASSA-PKCS1-v1_5 with SHA-256, as the European Commission's EDC seals use. */
  RS256("RS256", "RSA", null, 2048),
  /** RSASSA-PKCS1-v1_5 with SHA-384. */
  RS384("RS384", "RSA", null, 2048),
  /** RSASSA-PKCS1-v1_5 with SHA-512. */
  RS512("RS512", "RSA", null, 2048),
  /** RSASSA-PSS with SHA-256. */
  PS256("PS256", "RSA", null, 2048),
  /** RSASSA-PSS with SHA-384. */
  PS384("PS384", "RSA", null, 2048),
  /** RSASSA-PSS with SHA-512. */
  PS512("PS512", "RSA", null, 2048);

  private final String jwsName;
  private final String keyType;
  private final String curve;
  private final int minimumKeyBits;

  SealAlgorithm(String jwsName, String keyType, String curve, int minimumKeyBits) {
    this.jwsName = jwsName;
    this.keyType = keyType;
    this.curve = curve;
    this.minimumKeyBits = minimumKeyBits;
  }

  /**
   * The {@code alg} header value.
   *
   * @return for example {@code ES256}
   */
  public String jwsName() {
    return jwsName;
  }

  /**
   * The JCA key algorithm the key must have.
   *
   * @return {@code EC} or {@code RSA}
   */
  public String keyType() {
    return keyType;
  }

  /**
   * Whether this is an RSA algorithm.
   *
   * @return true for RS* and PS*
   */
  public boolean isRsa() {
    return keyType.equals("RSA");
  }

  /**
   * The curve an EC key must be on.
   *
   * @return the curve's standard name, empty for RSA
   */
  public Optional<String> curve() {
    return Optional.ofNullable(curve);
  }

  /**
   * The smallest acceptable key: the curve size for ECDSA, 2048 bits for RSA.
   *
   * @return bits
   */
  public int minimumKeyBits() {
    return minimumKeyBits;
  }

  /**
   * Looks an algorithm up by its exact {@code alg} value.
   *
   * @param alg the header value
   * @return the algorithm, empty if it is not a seal algorithm (for example {@code none} or
   *     {@code HS256})
   */
  public static Optional<SealAlgorithm> parse(String alg) {
    Objects.requireNonNull(alg, "alg");
    for (SealAlgorithm a : values()) {
      if (a.jwsName.equals(alg)) {
        return Optional.of(a);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return jwsName.toUpperCase(Locale.ROOT);
  }
}
