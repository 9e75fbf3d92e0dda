package io.sigillo.issuer.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.dataintegrity.Cryptosuite;
import io.sigillo.dataintegrity.DataIntegrity;
import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.dataintegrity.DidKey;
import io.sigillo.dataintegrity.Multikey;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealingException;
import io.sigillo.jsonld.JsonLdException;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.seal.SealAlgorithm;
import java.security.PublicKey;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Adds {@code ecdsa-rdfc-2019} Data Integrity proofs made with a seal's key. The verification
 * method is the {@code did:key} of the seal certificate's public key, so a verifier that knows the
 * seal certificate (for example from a trusted list) can bind the proof to the legal person.
 *
 * <p>The seal's signer signs the 64- or 96-byte hash data with ES256 (P-256) or ES384 (P-384):
 * SHA-256 or SHA-384 applied inside ECDSA, {@code r || s}, exactly what the cryptosuite requires.
 * Thread-safe if the signer is.
 */
public final class ProofSigner {
  private final Seal seal;
  private final RdfCanonicalizer canonicalizer;
  private final String verificationMethod;
  private final Multikey.KeyType keyType;
  private final String unsupported;

  /**
   * Creates a proof signer for a seal.
   *
   * @param seal the seal
   * @param canonicalizer the canonicalizer (pinned contexts, strict)
   */
  public ProofSigner(Seal seal, RdfCanonicalizer canonicalizer) {
    this.seal = seal;
    this.canonicalizer = canonicalizer;
    PublicKey key = seal.certificate().getPublicKey();
    SealAlgorithm alg = seal.signer().algorithm();
    Multikey.KeyType t = null;
    String why = null;
    try {
      t = Multikey.KeyType.of(key);
    } catch (IllegalArgumentException e) {
      why = "the seal key cannot make an ecdsa-rdfc-2019 proof: " + e.getMessage();
    }
    if (t == Multikey.KeyType.ED25519) {
      why = "Ed25519 seals are not supported by the seal signer";
      t = null;
    } else if (t != null && !(t == Multikey.KeyType.P256 && alg == SealAlgorithm.ES256
        || t == Multikey.KeyType.P384 && alg == SealAlgorithm.ES384)) {
      why = "ecdsa-rdfc-2019 needs ES256 with a P-256 key or ES384 with a P-384 key; the seal uses " + alg;
      t = null;
    }
    this.keyType = t;
    this.unsupported = why;
    this.verificationMethod = t == null ? null : DidKey.verificationMethod(key);
  }

  /**
   * The verification method the proofs name.
   *
   * @return the {@code did:key} URL, or null if the seal cannot make proofs
   */
  public String verificationMethod() {
    return verificationMethod;
  }

  /**
   * Adds a proof to a credential; existing proofs stay (a proof set), and each proof secures the
   * credential without any proof.
   *
   * @param credential the credential
   * @param created the proof's creation time
   * @return the credential with the new proof last
   * @throws IssuanceException if the seal cannot make proofs, the credential cannot be
   *     canonicalized or the signer fails
   */
  public EdcCredential addProof(EdcCredential credential, Instant created) throws IssuanceException {
    if (keyType == null) {
      throw new IssuanceException(IssuanceException.Reason.DATA_INTEGRITY_UNSUPPORTED, unsupported, null);
    }
    ObjectNode unsecured = CredentialJson.toJson(credential.withoutProofs());
    DataIntegrityProof options = DataIntegrityProof.newBuilder()
        .cryptosuite(Cryptosuite.ECDSA_RDFC_2019)
        .created(created)
        .verificationMethod(verificationMethod)
        .build();
    DataIntegrity.HashData hash;
    try {
      hash = DataIntegrity.hashData(canonicalizer, unsecured, options, keyType);
    } catch (JsonLdException e) {
      throw new IssuanceException(IssuanceException.Reason.CANONICALIZATION_FAILED,
          "the credential cannot be canonicalized: " + e.getMessage(), e);
    }
    byte[] signature;
    try {
      signature = seal.signer().sign(hash.bytes());
    } catch (SealingException e) {
      throw new IssuanceException(IssuanceException.Reason.SIGNER_FAILED, e.getMessage(), e);
    }
    List<DataIntegrityProof> proofs = new ArrayList<>(credential.proofs());
    proofs.add(options.withProofValue(signature));
    return credential.toBuilder().proofs(proofs).build();
  }
}
