/**
 * W3C Data Integrity proofs with the {@code ecdsa-rdfc-2019} (P-256, P-384) and
 * {@code eddsa-rdfc-2022} cryptosuites: the proof model, Multikey and {@code did:key} encodings, and
 * the hashing and signature steps over RDFC-1.0 canonical N-Quads.
 *
 * <pre>{@code
 * RdfCanonicalizer c14n = RdfCanonicalizer.newBuilder().build();
 * DataIntegrityProof options = DataIntegrityProof.newBuilder()
 *     .cryptosuite(Cryptosuite.ECDSA_RDFC_2019)
 *     .created(Instant.now())
 *     .verificationMethod(DidKey.verificationMethod(publicKey))
 *     .build();
 * DataIntegrity.HashData h = DataIntegrity.hashData(c14n, unsecured, options, publicKey);
 * DataIntegrityProof proof = options.withProofValue(DataIntegrity.sign(privateKey, h.bytes()));
 * }</pre>
 *
 * <p>Issuing and verifying credentials, including the binding of a proof's key to a trusted seal
 * certificate, is done by {@code io.sigillo.issuer.Issuer} and {@code io.sigillo.verifier.Verifier}.
 */
package io.sigillo.dataintegrity;
