package io.sigillo.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.dataintegrity.DataIntegrity;
import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.dataintegrity.DidKey;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.json.StrictJson;
import io.sigillo.jsonld.JsonLdException;
import io.sigillo.jsonld.PinnedContexts;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.verifier.Indication;
import io.sigillo.verifier.VerificationPolicy;
import io.sigillo.verifier.VerificationReport;
import io.sigillo.verifier.Verifier;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * W3C Data Integrity ({@code ecdsa-rdfc-2019}, P-256) per credential, single thread, on the same
 * EDC credential the JOSE benchmarks use (AI Security Specialist, dossier and interview evidence;
 * 190 quads, 21 blank nodes after RDFC-1.0).
 *
 * <ul>
 *   <li>{@link #issueProof}: {@code Issuer.addDataIntegrityProof} - document and proof
 *       configuration canonicalized (RDFC-1.0), hashed, signed with the seal key.
 *   <li>{@link #issueProofSealKeyInProviderClass}: the same with the seal key already in
 *       BouncyCastle's key class (a seal from PKCS#12 or PEM holds a JDK key, which the provider
 *       converts on every signature).
 *   <li>{@link #issueDocument}: the same, then the secured document written as bytes.
 *   <li>{@link #verifyReport}: {@code Verifier.verify(bytes)} of the Data-Integrity-secured
 *       document with the default strict policy and the seal certificate known: every check of
 *       the report (format and profile rules, proof, trust chain, issuer binding, validity).
 *   <li>{@link #verifyProof}: the proof alone, as a Data Integrity library verifies it: parse,
 *       canonicalize, hash, check the signature against the {@code did:key}.
 *   <li>{@link #canonicalizeCachedContexts} / {@link #canonicalizeFreshContexts}: one RDFC-1.0
 *       canonicalization of the credential with the processed-context cache warm, and with a new
 *       context set (so contexts are processed again) each time.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DataIntegrityBenchmark {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

  private Issuer issuer;
  private Issuer issuerWithProviderKey;
  private EdcCredential credential;
  private ObjectNode unsecured;
  private byte[] secured;
  private Verifier verifier;
  private RdfCanonicalizer canonicalizer;

  /**
   * Builds the issuer, the credential and its secured form, and checks once that it verifies.
   *
   * @throws IssuanceException if the fixture cannot issue
   */
  @Setup
  public void setUp() throws IssuanceException {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA Test Association"))
            .eidasIdentifier("VATIT-12345678901").build())
        .build();
    try {
      java.security.PrivateKey bcKey = (java.security.PrivateKey) java.security.KeyFactory
          .getInstance("EC", new org.bouncycastle.jce.provider.BouncyCastleProvider()).translateKey(pki.sealPrivateKey());
      issuerWithProviderKey = Issuer.newBuilder()
          .seal(io.sigillo.issuer.SealKeys.fromKey(bcKey, pki.chain(), io.sigillo.seal.SealAlgorithm.ES256))
          .clock(CLOCK).organisation(issuer.organisation()).build();
    } catch (java.security.GeneralSecurityException | io.sigillo.issuer.SealingException e) {
      throw new IllegalStateException(e);
    }
    credential = issuer.prepare(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .interview(LocalDate.of(2026, 11, 18), true)
        .build());
    unsecured = CredentialJson.toJson(credential);
    secured = CredentialJson.toBytes(issuer.addDataIntegrityProof(credential));
    verifier = Verifier.create(VerificationPolicy.newBuilder().clock(CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).sealCertificates(List.of(pki.sealCertificate())).build());
    canonicalizer = RdfCanonicalizer.newBuilder().build();
    VerificationReport report = verifier.verify(secured);
    if (report.indication() != Indication.TOTAL_PASSED || !verifyProof()) {
      throw new IllegalStateException("the Data Integrity credential does not verify: " + report.summary());
    }
  }

  /**
   * Adds a proof.
   *
   * @return the secured credential
   * @throws IssuanceException never with this fixture
   */
  @Benchmark
  public EdcCredential issueProof() throws IssuanceException {
    return issuer.addDataIntegrityProof(credential);
  }

  /**
   * Adds a proof with a seal whose private key is already in BouncyCastle's own key class, so the
   * provider does not convert a JDK key (curve parameters and all) on every signature.
   *
   * @return the secured credential
   * @throws IssuanceException never with this fixture
   */
  @Benchmark
  public EdcCredential issueProofSealKeyInProviderClass() throws IssuanceException {
    return issuerWithProviderKey.addDataIntegrityProof(credential);
  }

  /**
   * Adds a proof and writes the secured document.
   *
   * @return the document bytes
   * @throws IssuanceException never with this fixture
   */
  @Benchmark
  public byte[] issueDocument() throws IssuanceException {
    return CredentialJson.toBytes(issuer.addDataIntegrityProof(credential));
  }

  /**
   * Verifies the secured document with every check of the report.
   *
   * @return the report
   */
  @Benchmark
  public VerificationReport verifyReport() {
    return verifier.verify(secured);
  }

  /**
   * Verifies the proof alone.
   *
   * @return whether it is valid
   */
  @Benchmark
  public boolean verifyProof() {
    try {
      JsonNode doc = StrictJson.standard().parse(secured);
      DataIntegrityProof proof = DataIntegrityProof.read(doc.get("proof"), "$.proof");
      PublicKey key = DidKey.resolve(proof.verificationMethod());
      DataIntegrity.HashData hash = DataIntegrity.hashData(canonicalizer, DataIntegrity.unsecured(doc), proof, key);
      return DataIntegrity.verify(key, hash.bytes(), proof.signature().orElseThrow());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Canonicalizes with the processed-context cache warm.
   *
   * @return canonical N-Quads
   * @throws JsonLdException never with this fixture
   */
  @Benchmark
  public String canonicalizeCachedContexts() throws JsonLdException {
    return canonicalizer.canonicalize(unsecured, RdfCanonicalizer.Hash.SHA_256);
  }

  /**
   * Canonicalizes with a new context set, so every context is processed again.
   *
   * @return canonical N-Quads
   * @throws JsonLdException never with this fixture
   */
  @Benchmark
  public String canonicalizeFreshContexts() throws JsonLdException {
    return RdfCanonicalizer.newBuilder().contexts(PinnedContexts.bundled().toBuilder().build()).build()
        .canonicalize(unsecured, RdfCanonicalizer.Hash.SHA_256);
  }
}
