package io.sigillo.dataintegrity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.core.internal.Providers;
import io.sigillo.jsonld.JsonLdException;
import io.sigillo.jsonld.RdfCanonicalizer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;
import java.util.Objects;

/**
 * The {@code ecdsa-rdfc-2019} and {@code eddsa-rdfc-2022} algorithms: transformation (RDFC-1.0
 * canonical N-Quads), hashing (proof configuration first) and the signature over the hash data.
 *
 * <p>{@code hashData = H(canonical proof configuration) || H(canonical document)}, where H is
 * SHA-256 for Ed25519 and P-256 keys and SHA-384 for P-384 keys; RDFC-1.0 labels blank nodes
 * with the same hash (SHA-384 for P-384, as vc-di-ecdsa and Digital Bazaar's
 * {@code ecdsa-rdfc-2019-cryptosuite} do). ECDSA signs the hash data with SHA-256 (P-256) or
 * SHA-384 (P-384) inside, i.e. ES256/ES384 over the hash data, in IEEE P1363 {@code r || s} form;
 * Ed25519 signs the 64 bytes.
 *
 * <p>Stateless and thread-safe.
 */
public final class DataIntegrity {
  private DataIntegrity() {}

  /**
   * The intermediate values of the hashing step, for inspection and test vectors.
   *
   * @param canonicalProofConfiguration the canonical N-Quads of the proof configuration
   * @param canonicalDocument the canonical N-Quads of the unsecured document
   * @param proofConfigurationHash H(canonical proof configuration)
   * @param documentHash H(canonical document)
   */
  public record HashData(String canonicalProofConfiguration, String canonicalDocument,
      byte[] proofConfigurationHash, byte[] documentHash) {
    /**
     * The bytes that are signed.
     *
     * @return proof configuration hash followed by document hash
     */
    public byte[] bytes() {
      byte[] out = Arrays.copyOf(proofConfigurationHash, proofConfigurationHash.length + documentHash.length);
      System.arraycopy(documentHash, 0, out, proofConfigurationHash.length, documentHash.length);
      return out;
    }
  }

  /**
   * Transforms and hashes a document and a proof.
   *
   * @param canonicalizer the canonicalizer (its pinned contexts and strictness apply)
   * @param unsecuredDocument the document without {@code proof}
   * @param proof the proof (its {@code proofValue}, if any, is left out)
   * @param key the verification key, which selects SHA-256 or SHA-384
   * @return the hash data
   * @throws JsonLdException if either cannot be canonicalized
   */
  public static HashData hashData(RdfCanonicalizer canonicalizer, JsonNode unsecuredDocument,
      DataIntegrityProof proof, PublicKey key) throws JsonLdException {
    return hashData(canonicalizer, unsecuredDocument, proof, Multikey.KeyType.of(key));
  }

  /**
   * Transforms and hashes a document and a proof.
   *
   * @param canonicalizer the canonicalizer (its pinned contexts and strictness apply)
   * @param unsecuredDocument the document without {@code proof}
   * @param proof the proof (its {@code proofValue}, if any, is left out)
   * @param keyType the verification key's type, which selects SHA-256 or SHA-384
   * @return the hash data
   * @throws JsonLdException if either cannot be canonicalized
   */
  public static HashData hashData(RdfCanonicalizer canonicalizer, JsonNode unsecuredDocument,
      DataIntegrityProof proof, Multikey.KeyType keyType) throws JsonLdException {
    Objects.requireNonNull(canonicalizer, "canonicalizer");
    Objects.requireNonNull(unsecuredDocument, "unsecuredDocument");
    Objects.requireNonNull(proof, "proof");
    boolean p384 = keyType == Multikey.KeyType.P384;
    String digest = p384 ? "SHA-384" : "SHA-256";
    RdfCanonicalizer.Hash labels = p384 ? RdfCanonicalizer.Hash.SHA_384 : RdfCanonicalizer.Hash.SHA_256;
    String config = canonicalizer.canonicalize(proof.configuration(unsecuredDocument.get("@context")), labels);
    String document = canonicalizer.canonicalize(unsecuredDocument, labels);
    return new HashData(config, document, digest(digest, config), digest(digest, document));
  }

  /**
   * The document without its {@code proof}: what a proof secures.
   *
   * @param securedDocument a document
   * @return a copy without {@code proof}
   * @throws IllegalArgumentException if the document is not a JSON object
   */
  public static ObjectNode unsecured(JsonNode securedDocument) {
    if (securedDocument == null || !securedDocument.isObject()) {
      throw new IllegalArgumentException("a secured document is a JSON object");
    }
    ObjectNode copy = ((ObjectNode) securedDocument).deepCopy();
    copy.remove("proof");
    return copy;
  }

  /**
   * Signs hash data with a private key, as the cryptosuite requires (ES256/ES384 in P1363 form,
   * or Ed25519). Seals held in an HSM sign through their own signer instead.
   *
   * @param key a P-256, P-384 or Ed25519 private key
   * @param hashData the hash data
   * @return the signature
   * @throws GeneralSecurityException if the key cannot sign
   */
  public static byte[] sign(PrivateKey key, byte[] hashData) throws GeneralSecurityException {
    String alg = algorithmFor(key.getAlgorithm(), key instanceof java.security.interfaces.ECKey
        ? ((java.security.interfaces.ECKey) key).getParams().getCurve().getField().getFieldSize() : 0);
    Signature s = Signature.getInstance(alg, Providers.bouncyCastle());
    s.initSign(key);
    s.update(hashData);
    return s.sign();
  }

  /**
   * Verifies a signature over hash data. Never throws for a bad signature: wrong lengths,
   * out-of-range values and unusable keys return false.
   *
   * @param key a P-256, P-384 or Ed25519 public key
   * @param hashData the hash data
   * @param signature the signature from {@code proofValue}
   * @return true only if the signature is valid
   */
  public static boolean verify(PublicKey key, byte[] hashData, byte[] signature) {
    Multikey.KeyType t;
    try {
      t = Multikey.KeyType.of(key);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int expected = t == Multikey.KeyType.P384 ? 96 : 64;
    if (signature == null || signature.length != expected) {
      return false;
    }
    if (t != Multikey.KeyType.ED25519 && (isZero(signature, 0, expected / 2) || isZero(signature, expected / 2, expected))) {
      return false;
    }
    try {
      Signature s = Signature.getInstance(t == Multikey.KeyType.ED25519 ? "Ed25519"
          : t == Multikey.KeyType.P384 ? "SHA384withPLAIN-ECDSA" : "SHA256withPLAIN-ECDSA", Providers.bouncyCastle());
      s.initVerify(key);
      s.update(hashData);
      return s.verify(signature);
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static String algorithmFor(String keyAlgorithm, int fieldSize) throws NoSuchAlgorithmException {
    if (keyAlgorithm.equals("EC") || keyAlgorithm.equals("ECDSA")) {
      if (fieldSize == 256) {
        return "SHA256withPLAIN-ECDSA";
      }
      if (fieldSize == 384) {
        return "SHA384withPLAIN-ECDSA";
      }
      throw new NoSuchAlgorithmException("ecdsa-rdfc-2019 uses P-256 or P-384 keys");
    }
    if (keyAlgorithm.equals("Ed25519") || keyAlgorithm.equals("EdDSA")) {
      return "Ed25519";
    }
    throw new NoSuchAlgorithmException("no Data Integrity cryptosuite for " + keyAlgorithm + " keys");
  }

  private static byte[] digest(String algorithm, String text) {
    try {
      return MessageDigest.getInstance(algorithm).digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required by every Java platform", e);
    }
  }

  private static boolean isZero(byte[] b, int from, int to) {
    int acc = 0;
    for (int i = from; i < to; i++) {
      acc |= b[i];
    }
    return acc == 0;
  }
}
