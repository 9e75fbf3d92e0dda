package io.sigillo.dataintegrity;

import java.security.PublicKey;
import java.util.Objects;

/**
 * {@code did:key} verification methods: {@code did:key:<multikey>#<multikey>}, where the
 * identifier is the key itself (W3C CCG did:key v0.7). Resolution is pure computation; nothing is
 * fetched. Stateless and thread-safe.
 */
public final class DidKey {
  /** The method prefix. */
  public static final String PREFIX = "did:key:";

  private DidKey() {}

  /**
   * The DID of a key.
   *
   * @param key a P-256, P-384 or Ed25519 public key
   * @return {@code did:key:z...}
   */
  public static String did(PublicKey key) {
    return PREFIX + Multikey.encode(key);
  }

  /**
   * The verification method URL of a key.
   *
   * @param key a P-256, P-384 or Ed25519 public key
   * @return {@code did:key:z...#z...}
   */
  public static String verificationMethod(PublicKey key) {
    String mb = Multikey.encode(key);
    return PREFIX + mb + "#" + mb;
  }

  /**
   * Resolves a verification method URL to its public key.
   *
   * @param verificationMethod {@code did:key:<multikey>#<multikey>} with the same key twice
   * @return the public key
   * @throws IllegalArgumentException if the URL is not such a did:key verification method or the
   *     key does not decode
   */
  public static PublicKey resolve(String verificationMethod) {
    Objects.requireNonNull(verificationMethod, "verificationMethod");
    if (!verificationMethod.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a did:key verification method");
    }
    String rest = verificationMethod.substring(PREFIX.length());
    int hash = rest.indexOf('#');
    if (hash < 0) {
      throw new IllegalArgumentException("a did:key verification method needs the #fragment naming its key");
    }
    String id = rest.substring(0, hash);
    String fragment = rest.substring(hash + 1);
    if (!id.equals(fragment)) {
      throw new IllegalArgumentException("the did:key fragment does not name the DID's key");
    }
    return Multikey.decode(id);
  }
}
