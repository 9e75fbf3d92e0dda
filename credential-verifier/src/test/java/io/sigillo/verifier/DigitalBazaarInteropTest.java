package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.Vocabulary;
import io.sigillo.dataintegrity.Cryptosuite;
import io.sigillo.dataintegrity.Multikey;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.jsonld.PinnedContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Interoperability with Digital Bazaar's JavaScript stack (@digitalbazaar/vc 7.3.0,
 * data-integrity 2.5.0, ecdsa-rdfc-2019-cryptosuite 1.3.0, eddsa-rdfc-2022-cryptosuite 1.3.0),
 * run by {@code node interop/js/interop.mjs} with an offline document loader. Needs Node.js and
 * {@code npm ci} in {@code interop/js} (the credential-verifier build runs it when node_modules is
 * missing or stale); fails, never skips, without them.
 */
class DigitalBazaarInteropTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final String NOW = "2026-12-01T09:00:00Z";

  static Path interop;
  static TestPki p256;
  static TestPki p384;

  @BeforeAll
  static void setUp() throws Exception {
    interop = interopDirectory();
    p256 = TestPki.newBuilder().clock(DiFixtures.CLOCK).build();
    p384 = TestPki.newBuilder().clock(DiFixtures.CLOCK).keyType(TestPki.KeyType.EC_P384).build();
  }

  /** interop/js at the repository root, with Node.js on the PATH and its node_modules installed. */
  static Path interopDirectory() throws Exception {
    String configured = System.getProperty("sigillo.interop.js");
    Path dir = configured != null ? Path.of(configured)
        : Path.of(System.getProperty("user.dir")).resolve("../interop/js").normalize();
    if (!Files.isRegularFile(dir.resolve("interop.mjs"))) {
      throw new AssertionError("the interoperability driver is missing: " + dir.resolve("interop.mjs"));
    }
    Process version;
    try {
      version = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("Node.js ('node') is required for the Digital Bazaar interoperability test "
          + "but is not on the PATH: install Node.js 20 and npm (the build then runs 'npm ci' in " + dir + ")", e);
    }
    String v = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    if (!version.waitFor(30, TimeUnit.SECONDS) || version.exitValue() != 0) {
      throw new AssertionError("'node --version' failed: " + v);
    }
    for (String pkg : List.of("vc", "data-integrity", "ecdsa-rdfc-2019-cryptosuite", "eddsa-rdfc-2022-cryptosuite")) {
      if (!Files.isDirectory(dir.resolve("node_modules/@digitalbazaar").resolve(pkg))) {
        throw new AssertionError("@digitalbazaar/" + pkg + " is not installed in " + dir
            + "/node_modules: the build runs 'npm ci' there when npm is on the PATH; run it by hand if it"
            + " failed (node " + v + ")");
      }
    }
    return dir;
  }

  static ObjectNode node(String command, ObjectNode request) throws Exception {
    Process p = new ProcessBuilder("node", "interop.mjs", command).directory(interop.toFile()).start();
    CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
    CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
    try (OutputStream in = p.getOutputStream()) {
      in.write(MAPPER.writeValueAsBytes(request));
    }
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("node interop.mjs " + command + " did not finish within 120 s");
    }
    String stderr = new String(err.get(), StandardCharsets.UTF_8);
    if (p.exitValue() != 0) {
      throw new AssertionError("node interop.mjs " + command + " exited with " + p.exitValue() + ": " + stderr);
    }
    return (ObjectNode) MAPPER.readTree(out.get());
  }

  static byte[] readAll(InputStream in) {
    try (in; ByteArrayOutputStream b = new ByteArrayOutputStream()) {
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Sigillo's EDC context, which Digital Bazaar's loader does not package, taken from the jar. */
  static ObjectNode contexts() throws IOException {
    ObjectNode c = JsonNodeFactory.instance.objectNode();
    c.set(Vocabulary.SIGILLO_EDC_CONTEXT,
        MAPPER.readTree(PinnedContexts.bundled().get(Vocabulary.SIGILLO_EDC_CONTEXT).orElseThrow()));
    return c;
  }

  static ObjectNode verifyRequest(ObjectNode credential) throws IOException {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.set("credential", credential);
    r.set("contexts", contexts());
    r.put("now", NOW);
    return r;
  }

  static ObjectNode signRequest(EdcCredential unsigned, Cryptosuite suite, KeyPair keys) throws IOException {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    r.set("credential", CredentialJson.toJson(unsigned));
    r.set("contexts", contexts());
    r.put("cryptosuite", suite.id());
    r.put("publicKeyMultibase", Multikey.encode(keys.getPublic()));
    r.put("secretKeyMultibase", Multikey.encodeSecretKey(keys.getPrivate()));
    r.put("created", NOW);
    r.put("now", NOW);
    return r;
  }

  static VerificationReport sigilloVerify(TestPki pki, ObjectNode credential) {
    return Verifier.create(VerificationPolicy.newBuilder().clock(DiFixtures.CLOCK)
        .trustAnchors(List.of(pki.trustAnchor())).sealCertificates(List.of(pki.sealCertificate())).build())
        .verify(DiFixtures.bytes(credential));
  }

  @Test
  void digitalBazaar_verifiesSigilloEcdsaP256Credential() throws Exception {
    ObjectNode result = node("verify", verifyRequest(DiFixtures.json(DiFixtures.diOnly(p256))));
    assertThat(result.get("verified").asBoolean()).as(result.toString()).isTrue();
  }

  @Test
  void digitalBazaar_verifiesSigilloEcdsaP384Credential() throws Exception {
    ObjectNode result = node("verify", verifyRequest(DiFixtures.json(DiFixtures.diOnly(p384))));
    assertThat(result.get("verified").asBoolean()).as(result.toString()).isTrue();
  }

  @Test
  void digitalBazaar_verifiesSigilloCredentialWithStatusEntries() throws Exception {
    ObjectNode result = node("verify", verifyRequest(DiFixtures.json(DiFixtures.diOnlyWithStatus(p256))));
    assertThat(result.get("verified").asBoolean()).as(result.toString()).isTrue();
  }

  @Test
  void digitalBazaar_rejectsSigilloCredentialTamperedAfterSigning() throws Exception {
    ObjectNode doc = DiFixtures.json(DiFixtures.diOnly(p256));
    doc.with("credentialSubject").with("familyName").put("en", "Bianchi");
    ObjectNode result = node("verify", verifyRequest(doc));
    assertThat(result.get("verified").asBoolean()).isFalse();
    assertThat(result.get("error").asText()).contains("Invalid signature");
  }

  @Test
  void digitalBazaar_verifiesEddsaCredentialSignedBySigilloCore() throws Exception {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    EdcCredential unsigned = DiFixtures.issuer(p256.seal()).prepare(DiFixtures.request());
    ObjectNode doc = DiFixtures.signWith(ed, Cryptosuite.EDDSA_RDFC_2022, unsigned, Instant.parse(NOW));
    ObjectNode result = node("verify", verifyRequest(doc));
    assertThat(result.get("verified").asBoolean()).as(result.toString()).isTrue();
  }

  @Test
  void sigillo_verifiesDigitalBazaarEcdsaCredentialMadeWithTheSealKey() throws Exception {
    Issuer issuer = DiFixtures.issuer(p256.seal());
    EdcCredential unsigned = issuer.prepare(DiFixtures.request());
    KeyPair seal = new KeyPair(p256.sealCertificate().getPublicKey(), p256.sealPrivateKey());
    ObjectNode signed = (ObjectNode) node("sign", signRequest(unsigned, Cryptosuite.ECDSA_RDFC_2019, seal)).get("credential");

    assertThat(signed.get("proof").get("cryptosuite").asText()).isEqualTo("ecdsa-rdfc-2019");
    assertThat(CredentialJson.read(signed).withoutProofs()).isEqualTo(unsigned);
    VerificationReport report = sigilloVerify(p256, signed);
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.check(CheckId.PROOF).passed()).isTrue();
  }

  @Test
  void sigillo_verifiesDigitalBazaarEcdsaP384Credential() throws Exception {
    EdcCredential unsigned = DiFixtures.issuer(p384.seal()).prepare(DiFixtures.request());
    KeyPair seal = new KeyPair(p384.sealCertificate().getPublicKey(), p384.sealPrivateKey());
    ObjectNode signed = (ObjectNode) node("sign", signRequest(unsigned, Cryptosuite.ECDSA_RDFC_2019, seal)).get("credential");
    VerificationReport report = sigilloVerify(p384, signed);
    assertThat(report.indication()).as(report.summary()).isEqualTo(Indication.TOTAL_PASSED);
  }

  @Test
  void sigillo_rejectsDigitalBazaarCredentialTamperedAfterSigning() throws Exception {
    EdcCredential unsigned = DiFixtures.issuer(p256.seal()).prepare(DiFixtures.request());
    KeyPair seal = new KeyPair(p256.sealCertificate().getPublicKey(), p256.sealPrivateKey());
    ObjectNode signed = (ObjectNode) node("sign", signRequest(unsigned, Cryptosuite.ECDSA_RDFC_2019, seal)).get("credential");
    signed.put("validUntil", "2029-12-01T09:00:01Z");
    VerificationReport report = sigilloVerify(p256, signed);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.check(CheckId.SEAL).reason()).isEqualTo(ReasonCode.SIGNATURE_INVALID);
  }

  @Test
  void sigillo_verifiesDigitalBazaarEddsaSignature() throws Exception {
    KeyPair ed = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    EdcCredential unsigned = DiFixtures.issuer(p256.seal()).prepare(DiFixtures.request());
    ObjectNode signed = (ObjectNode) node("sign", signRequest(unsigned, Cryptosuite.EDDSA_RDFC_2022, ed)).get("credential");
    VerificationReport report = sigilloVerify(p256, signed);
    assertThat(report.check(CheckId.SEAL).passed()).as(report.summary()).isTrue();
    assertThat(report.check(CheckId.SEAL).evidence()).containsEntry("cryptosuite", "eddsa-rdfc-2022");
    // no seal certificate carries this Ed25519 key, so the proof is valid but attributed to no one
    assertThat(report.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.SEAL_CERTIFICATE_UNKNOWN);
  }
}
