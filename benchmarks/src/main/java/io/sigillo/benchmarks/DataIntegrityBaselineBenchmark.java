package io.sigillo.benchmarks;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.rdf.api.RdfConsumerException;
import com.apicatalog.rdf.canon.RdfCanon;
import com.apicatalog.rdf.nquads.NQuadsWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.jsonld.PinnedContexts;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The reference point for {@link DataIntegrityBenchmark}: the same {@code ecdsa-rdfc-2019} P-256
 * work on the same credential, assembled plainly from titanium-json-ld ({@code JsonLd.toRdf}, with
 * a loader serving the same pinned contexts, parsed once), titanium-rdfc and BouncyCastle (keys in
 * its own class), without Sigillo's processed-context cache, tree conversion or checks. Run both in the same session: on a shared
 * machine the ratio is more telling than either figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DataIntegrityBaselineBenchmark {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  private static final BouncyCastleProvider BC = new BouncyCastleProvider();

  private String document;
  private String proofConfiguration;
  private PrivateKey privateKey;
  private PublicKey publicKey;
  private byte[] signature;
  private JsonLdOptions options;

  /**
   * Builds the credential, its proof configuration and a signature to verify.
   *
   * @throws Exception if the fixture cannot be built
   */
  @Setup
  public void setUp() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    Issuer issuer = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK)
        .organisation(Organisation.newBuilder().id("https://aipia.example/id")
            .legalName(LanguageMap.of("en", "AIPIA Test Association"))
            .eidasIdentifier("VATIT-12345678901").build())
        .build();
    EdcCredential credential = issuer.prepare(IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .interview(LocalDate.of(2026, 11, 18), true)
        .build());
    document = CredentialJson.compact(CredentialJson.toJson(credential));
    ObjectNode proof = CredentialJson.toJson(issuer.addDataIntegrityProof(credential)).with("proof");
    proof.remove("proofValue");
    proof.set("@context", CredentialJson.toJson(credential).get("@context"));
    proofConfiguration = CredentialJson.compact(proof);
    KeyFactory kf = KeyFactory.getInstance("EC", BC);
    privateKey = (PrivateKey) kf.translateKey(pki.sealPrivateKey());
    publicKey = (PublicKey) kf.translateKey(pki.sealCertificate().getPublicKey());
    // contexts parsed once and served from memory, as any sensible assembly does
    java.util.Map<String, JsonDocument> parsed = new java.util.concurrent.ConcurrentHashMap<>();
    for (String url : PinnedContexts.bundled().urls()) {
      JsonDocument d = JsonDocument.of(MediaType.JSON_LD,
          new ByteArrayInputStream(PinnedContexts.bundled().get(url).orElseThrow()));
      d.setDocumentUrl(java.net.URI.create(url));
      parsed.put(url, d);
    }
    options = new JsonLdOptions((url, o) -> parsed.get(url.toString()));
    signature = issue();
    if (!verify()) {
      throw new IllegalStateException("the baseline does not verify its own signature");
    }
  }

  private String canonical(String json) throws JsonLdError, RdfConsumerException {
    RdfCanon canon = RdfCanon.create("SHA-256");
    JsonLd.toRdf(JsonDocument.of(new StringReader(json))).options(options).provide(canon);
    StringWriter out = new StringWriter();
    canon.provide(new NQuadsWriter(out));
    return out.toString();
  }

  private byte[] hashData() throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    byte[] proofHash = sha.digest(canonical(proofConfiguration).getBytes(StandardCharsets.UTF_8));
    byte[] docHash = sha.digest(canonical(document).getBytes(StandardCharsets.UTF_8));
    byte[] all = new byte[64];
    System.arraycopy(proofHash, 0, all, 0, 32);
    System.arraycopy(docHash, 0, all, 32, 32);
    return all;
  }

  /**
   * Canonicalizes, hashes and signs.
   *
   * @return the signature
   * @throws Exception never with this fixture
   */
  @Benchmark
  public byte[] issue() throws Exception {
    Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
    s.initSign(privateKey);
    s.update(hashData());
    return s.sign();
  }

  /**
   * Canonicalizes, hashes and verifies.
   *
   * @return whether the signature is valid
   * @throws Exception never with this fixture
   */
  @Benchmark
  public boolean verify() throws Exception {
    Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
    s.initVerify(publicKey);
    s.update(hashData());
    return s.verify(signature);
  }

  /**
   * Only the signature, for scale.
   *
   * @return the signature
   * @throws GeneralSecurityException never
   */
  @Benchmark
  public byte[] signOnly() throws GeneralSecurityException {
    Signature s = Signature.getInstance("SHA256withPLAIN-ECDSA", BC);
    s.initSign(privateKey);
    s.update(new byte[64]);
    return s.sign();
  }
}
