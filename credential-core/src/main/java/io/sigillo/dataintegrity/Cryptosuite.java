package io.sigillo.dataintegrity;

import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;

/**
 * The Data Integrity cryptosuites Sigillo implements, both with RDFC-1.0 canonicalization.
 * A verifier chooses which it accepts; the proof never widens that choice.
 */
public enum Cryptosuite {
  /**
   * W3C {@code ecdsa-rdfc-2019}: ECDSA over P-256 with SHA-256 or over P-384 with SHA-384; the
   * signature is the IEEE P1363 {@code r || s} of the 64- or 96-byte hash data.
   */
  ECDSA_RDFC_2019("ecdsa-rdfc-2019"),
  /** W3C {@code eddsa-rdfc-2022}: Ed25519 over the 64-byte SHA-256 hash data. */
  EDDSA_RDFC_2022("eddsa-rdfc-2022");

  private final String id;

  Cryptosuite(String id) {
    this.id = id;
  }

  /**
   * The {@code cryptosuite} value.
   *
   * @return for example {@code ecdsa-rdfc-2019}
   */
  public String id() {
    return id;
  }

  /**
   * Looks a cryptosuite up by its exact {@code cryptosuite} value.
   *
   * @param id the value
   * @return the cryptosuite, empty if Sigillo does not implement it
   */
  public static Optional<Cryptosuite> parse(String id) {
    Objects.requireNonNull(id, "id");
    for (Cryptosuite c : values()) {
      if (c.id.equals(id)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a key can be used with this cryptosuite.
   *
   * @param key the public key
   * @return true for P-256 and P-384 keys with ECDSA, Ed25519 keys with EdDSA
   */
  public boolean accepts(PublicKey key) {
    Multikey.KeyType t;
    try {
      t = Multikey.KeyType.of(key);
    } catch (IllegalArgumentException e) {
      return false;
    }
    return this == ECDSA_RDFC_2019 ? t != Multikey.KeyType.ED25519 : t == Multikey.KeyType.ED25519;
  }

  @Override
  public String toString() {
    return id;
  }
}
