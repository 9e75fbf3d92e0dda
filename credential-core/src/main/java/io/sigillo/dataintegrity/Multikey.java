package io.sigillo.dataintegrity;

import io.sigillo.core.internal.Base58;
import io.sigillo.core.internal.Providers;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Multikey encodings of public and secret keys (W3C Controlled Identifiers, {@code Multikey}):
 * the Multibase base58btc text ({@code z...}) of a multicodec-prefixed key.
 *
 * <ul>
 *   <li>P-256 public key: {@code 0x1200} + 33-byte compressed point ({@code zDn...}); secret key
 *       {@code 0x1306} + 32-byte scalar.
 *   <li>P-384 public key: {@code 0x1201} + 49-byte compressed point ({@code z82...}); secret key
 *       {@code 0x1307} + 48-byte scalar.
 *   <li>Ed25519 public key: {@code 0xed} + 32 bytes ({@code z6Mk...}); secret key {@code 0x1300} +
 *       32-byte seed.
 * </ul>
 *
 * <p>Decoding validates everything: the prefix, the length and, for EC keys, that the point is on
 * the curve. Stateless and thread-safe.
 */
public final class Multikey {
  /** The key types a Multikey may hold here. */
  public enum KeyType {
    /** ECDSA on NIST P-256. */
    P256("secp256r1", 32, new byte[] {(byte) 0x80, 0x24}, new byte[] {(byte) 0x86, 0x26}),
    /** ECDSA on NIST P-384. */
    P384("secp384r1", 48, new byte[] {(byte) 0x81, 0x24}, new byte[] {(byte) 0x87, 0x26}),
    /** EdDSA on Curve25519. */
    ED25519(null, 32, new byte[] {(byte) 0xed, 0x01}, new byte[] {(byte) 0x80, 0x26});

    private final String curve;
    private final int size;
    private final byte[] publicPrefix;
    private final byte[] secretPrefix;

    KeyType(String curve, int size, byte[] publicPrefix, byte[] secretPrefix) {
      this.curve = curve;
      this.size = size;
      this.publicPrefix = publicPrefix;
      this.secretPrefix = secretPrefix;
    }

    /**
     * The key type of a public key.
     *
     * @param key the key
     * @return its type
     * @throws IllegalArgumentException if the key is not P-256, P-384 or Ed25519
     */
    public static KeyType of(PublicKey key) {
      Objects.requireNonNull(key, "key");
      if (key instanceof ECPublicKey) {
        ECParameterSpec p = ((ECPublicKey) key).getParams();
        for (KeyType t : new KeyType[] {P256, P384}) {
          if (sameCurve(p, t.spec())) {
            return t;
          }
        }
        throw new IllegalArgumentException("EC key on a curve other than P-256 or P-384");
      }
      if (isEd25519(key)) {
        return ED25519;
      }
      throw new IllegalArgumentException("a " + key.getAlgorithm() + " key has no Multikey encoding here");
    }

    private ECParameterSpec spec() {
      return Curves.spec(curve);
    }
  }

  private static final byte[] ED25519_SPKI = HexFormat.of().parseHex("302a300506032b6570032100");
  private static final byte[] ED25519_PKCS8 = HexFormat.of().parseHex("302e020100300506032b657004220420");

  private Multikey() {}

  /**
   * Encodes a public key as {@code publicKeyMultibase}.
   *
   * @param key a P-256, P-384 or Ed25519 public key
   * @return the Multibase text
   * @throws IllegalArgumentException for any other key
   */
  public static String encode(PublicKey key) {
    KeyType t = KeyType.of(key);
    byte[] raw;
    if (t == KeyType.ED25519) {
      raw = ed25519Raw(key);
    } else {
      ECPoint w = ((ECPublicKey) key).getW();
      raw = new byte[1 + t.size];
      raw[0] = (byte) (w.getAffineY().testBit(0) ? 3 : 2);
      byte[] x = fixed(w.getAffineX(), t.size);
      System.arraycopy(x, 0, raw, 1, t.size);
    }
    return "z" + Base58.encode(concat(t.publicPrefix, raw));
  }

  /**
   * Decodes a {@code publicKeyMultibase}.
   *
   * @param multibase the Multibase text
   * @return the public key
   * @throws IllegalArgumentException if the text is not a valid P-256, P-384 or Ed25519 Multikey
   */
  public static PublicKey decode(String multibase) {
    byte[] bytes = multibaseBytes(multibase);
    for (KeyType t : KeyType.values()) {
      if (startsWith(bytes, t.publicPrefix)) {
        byte[] raw = Arrays.copyOfRange(bytes, 2, bytes.length);
        return t == KeyType.ED25519 ? ed25519Public(raw) : ecPublic(t, raw);
      }
    }
    throw new IllegalArgumentException("the Multikey prefix is not P-256, P-384 or Ed25519");
  }

  /**
   * Encodes a secret key as {@code secretKeyMultibase} (for exchanging test keys with other
   * implementations; keep real seal keys in an HSM).
   *
   * @param key a P-256, P-384 or Ed25519 private key
   * @return the Multibase text
   * @throws IllegalArgumentException for any other key
   */
  public static String encodeSecretKey(PrivateKey key) {
    Objects.requireNonNull(key, "key");
    if (key instanceof ECPrivateKey) {
      ECParameterSpec p = ((ECPrivateKey) key).getParams();
      for (KeyType t : new KeyType[] {KeyType.P256, KeyType.P384}) {
        if (sameCurve(p, t.spec())) {
          return "z" + Base58.encode(concat(t.secretPrefix, fixed(((ECPrivateKey) key).getS(), t.size)));
        }
      }
      throw new IllegalArgumentException("EC key on a curve other than P-256 or P-384");
    }
    byte[] enc = key.getEncoded();
    if (enc != null && enc.length == 48 && startsWith(enc, ED25519_PKCS8)) {
      return "z" + Base58.encode(concat(KeyType.ED25519.secretPrefix, Arrays.copyOfRange(enc, 16, 48)));
    }
    throw new IllegalArgumentException("a " + key.getAlgorithm() + " key has no Multikey encoding here");
  }

  /**
   * Decodes a {@code secretKeyMultibase}.
   *
   * @param multibase the Multibase text
   * @return the private key
   * @throws IllegalArgumentException if the text is not a valid P-256, P-384 or Ed25519 secret key
   */
  public static PrivateKey decodeSecretKey(String multibase) {
    byte[] bytes = multibaseBytes(multibase);
    for (KeyType t : KeyType.values()) {
      if (startsWith(bytes, t.secretPrefix)) {
        byte[] raw = Arrays.copyOfRange(bytes, 2, bytes.length);
        if (raw.length != t.size) {
          throw new IllegalArgumentException("a " + t + " secret key has " + t.size + " bytes, not " + raw.length);
        }
        try {
          if (t == KeyType.ED25519) {
            return KeyFactory.getInstance("Ed25519", Providers.bouncyCastle())
                .generatePrivate(new PKCS8EncodedKeySpec(concat(ED25519_PKCS8, raw)));
          }
          BigInteger s = new BigInteger(1, raw);
          ECParameterSpec spec = t.spec();
          if (s.signum() == 0 || s.compareTo(spec.getOrder()) >= 0) {
            throw new IllegalArgumentException("the secret scalar is out of range");
          }
          return KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(s, spec));
        } catch (GeneralSecurityException e) {
          throw new IllegalArgumentException("the secret key cannot be decoded: " + e.getMessage(), e);
        }
      }
    }
    throw new IllegalArgumentException("the Multikey prefix is not a P-256, P-384 or Ed25519 secret key");
  }

  /**
   * Whether two public keys are the same key (same type, curve and point).
   *
   * @param a a key
   * @param b another key
   * @return true if they are the same key
   */
  public static boolean sameKey(PublicKey a, PublicKey b) {
    if (a == null || b == null) {
      return false;
    }
    if (a instanceof ECPublicKey && b instanceof ECPublicKey) {
      ECPublicKey x = (ECPublicKey) a;
      ECPublicKey y = (ECPublicKey) b;
      return sameCurve(x.getParams(), y.getParams()) && x.getW().equals(y.getW());
    }
    if (isEd25519(a) && isEd25519(b)) {
      return Arrays.equals(ed25519Raw(a), ed25519Raw(b));
    }
    return false;
  }

  private static byte[] multibaseBytes(String multibase) {
    Objects.requireNonNull(multibase, "multibase");
    if (multibase.length() < 2 || multibase.charAt(0) != 'z') {
      throw new IllegalArgumentException("a Multikey must be base58btc Multibase (starting with 'z')");
    }
    if (multibase.length() > 200) {
      throw new IllegalArgumentException("the Multikey is too long");
    }
    byte[] bytes = Base58.decode(multibase.substring(1));
    if (bytes.length < 3) {
      throw new IllegalArgumentException("the Multikey is too short");
    }
    return bytes;
  }

  private static PublicKey ecPublic(KeyType t, byte[] raw) {
    if (raw.length != 1 + t.size || (raw[0] != 2 && raw[0] != 3)) {
      throw new IllegalArgumentException("a " + t + " Multikey holds a " + (1 + t.size) + "-byte compressed point");
    }
    ECParameterSpec spec = t.spec();
    BigInteger p = ((ECFieldFp) spec.getCurve().getField()).getP();
    BigInteger x = new BigInteger(1, Arrays.copyOfRange(raw, 1, raw.length));
    if (x.compareTo(p) >= 0) {
      throw new IllegalArgumentException("the point's x coordinate is out of range");
    }
    BigInteger rhs = x.pow(3).add(spec.getCurve().getA().multiply(x)).add(spec.getCurve().getB()).mod(p);
    BigInteger y = rhs.modPow(p.add(BigInteger.ONE).shiftRight(2), p);
    if (!y.multiply(y).mod(p).equals(rhs)) {
      throw new IllegalArgumentException("the point is not on the curve");
    }
    if (y.testBit(0) != (raw[0] == 3)) {
      y = p.subtract(y);
    }
    try {
      // BouncyCastle's key class: the provider that verifies then uses it without converting it
      return KeyFactory.getInstance("EC", Providers.bouncyCastle())
          .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), spec));
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException("the EC public key cannot be built: " + e.getMessage(), e);
    }
  }

  private static PublicKey ed25519Public(byte[] raw) {
    if (raw.length != 32) {
      throw new IllegalArgumentException("an Ed25519 Multikey holds 32 bytes, not " + raw.length);
    }
    try {
      return KeyFactory.getInstance("Ed25519", Providers.bouncyCastle())
          .generatePublic(new X509EncodedKeySpec(concat(ED25519_SPKI, raw)));
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new IllegalArgumentException("the Ed25519 public key cannot be built", e);
    }
  }

  private static boolean isEd25519(PublicKey key) {
    byte[] enc = key.getEncoded();
    return enc != null && enc.length == 44 && startsWith(enc, ED25519_SPKI);
  }

  private static byte[] ed25519Raw(PublicKey key) {
    return Arrays.copyOfRange(key.getEncoded(), 12, 44);
  }

  private static boolean sameCurve(ECParameterSpec a, ECParameterSpec b) {
    return a.getCurve().equals(b.getCurve()) && a.getGenerator().equals(b.getGenerator())
        && a.getOrder().equals(b.getOrder()) && a.getCofactor() == b.getCofactor();
  }

  private static byte[] fixed(BigInteger v, int size) {
    byte[] b = v.toByteArray();
    if (b.length == size) {
      return b;
    }
    byte[] out = new byte[size];
    if (b.length > size) {
      System.arraycopy(b, b.length - size, out, 0, size);
    } else {
      System.arraycopy(b, 0, out, size - b.length, b.length);
    }
    return out;
  }

  private static boolean startsWith(byte[] b, byte[] prefix) {
    if (b.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (b[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** Standard curve parameters from the platform. */
  private static final class Curves {
    private static final ECParameterSpec P256 = load("secp256r1");
    private static final ECParameterSpec P384 = load("secp384r1");

    static ECParameterSpec spec(String name) {
      return "secp256r1".equals(name) ? P256 : P384;
    }

    private static ECParameterSpec load(String name) {
      try {
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec(name));
        return params.getParameterSpec(ECParameterSpec.class);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("the platform lacks curve " + name, e);
      }
    }
  }
}
