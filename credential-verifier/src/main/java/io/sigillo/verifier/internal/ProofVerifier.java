package io.sigillo.verifier.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.dataintegrity.Cryptosuite;
import io.sigillo.dataintegrity.DataIntegrity;
import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.dataintegrity.DidKey;
import io.sigillo.jsonld.JsonLdException;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.verifier.ReasonCode;
import java.security.PublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the Data Integrity proofs embedded in a document, cryptographically: cryptosuite on the
 * allow-list, proof purpose {@code assertionMethod}, a {@code did:key} verification method whose
 * key fits the cryptosuite, {@code created}/{@code expires} against the clock, canonicalization
 * over pinned contexts (strict), and the signature over the hash data. Whose key it is, is decided
 * by the checks that use the outcome. Resolved {@code did:key} keys are cached (bounded): the
 * identifier is the key, so a cached entry can never be stale. Thread-safe.
 */
public final class ProofVerifier {
  /**
   * The outcome for one proof.
   *
   * @param index position in the proof set, from 0
   * @param proof the proof, null if it could not be read
   * @param key the resolved key, null if unresolved
   * @param reason OK when the signature is valid, else why not
   * @param message a sentence for people
   */
  public record Outcome(int index, DataIntegrityProof proof, PublicKey key, ReasonCode reason, String message) {
    /**
     * Whether the proof verified.
     *
     * @return true if the reason is OK
     */
    public boolean valid() {
      return reason == ReasonCode.OK;
    }

    /**
     * A short description for report evidence.
     *
     * @return the description
     */
    public String describe() {
      if (proof == null) {
        return message;
      }
      return proof.cryptosuiteId() + " by " + proof.verificationMethod()
          + proof.created().map(c -> " created " + c).orElse("") + ": " + (valid() ? "valid" : reason + " - " + message);
    }
  }

  private static final int MAX_KEYS = 1024;

  private final RdfCanonicalizer canonicalizer;
  private final Set<Cryptosuite> allowed;
  /** Resolved did:key verification methods: a did:key is its key, so the mapping never changes. */
  private final java.util.Map<String, PublicKey> keys = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * Creates a verifier.
   *
   * @param canonicalizer strict canonicalizer over the policy's pinned contexts
   * @param allowed the cryptosuites the policy accepts
   */
  public ProofVerifier(RdfCanonicalizer canonicalizer, Set<Cryptosuite> allowed) {
    this.canonicalizer = canonicalizer;
    this.allowed = Set.copyOf(allowed);
  }

  /**
   * Whether a document has a {@code proof} member.
   *
   * @param doc the document
   * @return true if it has one
   */
  public static boolean hasProof(JsonNode doc) {
    return doc != null && doc.isObject() && doc.has("proof");
  }

  /**
   * Verifies every proof of a document.
   *
   * @param doc the secured document
   * @param now the validation time
   * @param skew the tolerated clock skew
   * @return one outcome per proof, in document order; empty if the document has no proof
   */
  public List<Outcome> verifyAll(JsonNode doc, Instant now, Duration skew) {
    List<Outcome> out = new ArrayList<>();
    if (!hasProof(doc)) {
      return out;
    }
    JsonNode node = doc.get("proof");
    if (node.isArray() && node.isEmpty()) {
      out.add(new Outcome(0, null, null, ReasonCode.PROOF_MALFORMED, "proof is an empty array"));
      return out;
    }
    ObjectNode unsecured = DataIntegrity.unsecured(doc);
    int i = 0;
    for (JsonNode p : node.isArray() ? node : List.of(node)) {
      String path = node.isArray() ? "$.proof[" + i + "]" : "$.proof";
      DataIntegrityProof proof;
      try {
        proof = DataIntegrityProof.read(p, path);
      } catch (CredentialFormatException e) {
        out.add(new Outcome(i, null, null, ReasonCode.PROOF_MALFORMED, e.getMessage()));
        i++;
        continue;
      }
      out.add(verify(i, unsecured, proof, now, skew));
      i++;
    }
    return out;
  }

  private Outcome verify(int index, ObjectNode unsecured, DataIntegrityProof proof, Instant now, Duration skew) {
    Optional<Cryptosuite> suite = proof.cryptosuite();
    if (suite.isEmpty() || !allowed.contains(suite.get())) {
      return new Outcome(index, proof, null, ReasonCode.CRYPTOSUITE_NOT_ALLOWED,
          "cryptosuite '" + abbreviate(proof.cryptosuiteId()) + "' is not among the accepted " + allowed);
    }
    if (!DataIntegrityProof.ASSERTION_METHOD.equals(proof.proofPurpose())) {
      return new Outcome(index, proof, null, ReasonCode.PROOF_PURPOSE_INVALID,
          "proof purpose '" + abbreviate(proof.proofPurpose()) + "' is not assertionMethod");
    }
    PublicKey key = keys.get(proof.verificationMethod());
    try {
      if (key == null) {
        key = DidKey.resolve(proof.verificationMethod());
        if (keys.size() >= MAX_KEYS) {
          keys.clear();
        }
        keys.put(proof.verificationMethod(), key);
      }
    } catch (IllegalArgumentException e) {
      return new Outcome(index, proof, null, ReasonCode.VERIFICATION_METHOD_UNRESOLVED,
          "verification method " + abbreviate(proof.verificationMethod()) + " cannot be resolved offline: " + e.getMessage());
    }
    if (!suite.get().accepts(key)) {
      return new Outcome(index, proof, key, ReasonCode.KEY_NOT_SUITABLE,
          "the verification method's key does not fit " + suite.get());
    }
    Optional<Instant> created = proof.created();
    if (created.isPresent() && created.get().isAfter(now.plus(skew))) {
      return new Outcome(index, proof, key, ReasonCode.PROOF_TIME_INVALID,
          "the proof was created at " + created.get() + ", after the verifier's time " + now);
    }
    Optional<Instant> expires = proof.expires();
    if (expires.isPresent() && expires.get().isBefore(now.minus(skew))) {
      return new Outcome(index, proof, key, ReasonCode.PROOF_TIME_INVALID, "the proof expired at " + expires.get());
    }
    DataIntegrity.HashData hash;
    try {
      hash = DataIntegrity.hashData(canonicalizer, unsecured, proof, key);
    } catch (JsonLdException e) {
      return new Outcome(index, proof, key, ReasonCode.CANONICALIZATION_FAILED,
          "the credential cannot be canonicalized: " + e.getMessage());
    }
    if (!DataIntegrity.verify(key, hash.bytes(), proof.signature().orElse(new byte[0]))) {
      return new Outcome(index, proof, key, ReasonCode.SIGNATURE_INVALID,
          "the " + suite.get() + " signature does not verify over the canonical credential");
    }
    return new Outcome(index, proof, key, ReasonCode.OK, "the " + suite.get() + " signature is valid");
  }

  private static String abbreviate(String s) {
    return s.length() > 120 ? s.substring(0, 120) + "..." : s;
  }
}
