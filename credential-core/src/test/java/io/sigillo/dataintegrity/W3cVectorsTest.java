package io.sigillo.dataintegrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.jsonld.JsonLdException;
import io.sigillo.jsonld.RdfCanonicalizer;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bit-exact checks against the official W3C vectors (vc-di-ecdsa ecdsa-rdfc-2019 P-256 and P-384,
 * vc-di-eddsa eddsa-rdfc-2022): canonical N-Quads, hashes, signatures.
 */
class W3cVectorsTest {
  static final RdfCanonicalizer C14N = RdfCanonicalizer.newBuilder()
      .contexts(Vectors.withExamples()).allowUndefinedProperties().build();

  record Suite(String name, String dir, String suffix, String keyFile, String secretMember) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Arguments> suites() {
    return Stream.of(
        Arguments.of(new Suite("ecdsa-rdfc-2019 P-256", "di-ecdsa/ecdsa-rdfc-2019-p256/", "ECDSAP256",
            "di-ecdsa/p256KeyPair.json", "secretKeyMultibase")),
        Arguments.of(new Suite("ecdsa-rdfc-2019 P-384", "di-ecdsa/ecdsa-rdfc-2019-p384/", "ECDSAP384",
            "di-ecdsa/p384KeyPair.json", "secretKeyMultibase")),
        Arguments.of(new Suite("eddsa-rdfc-2022", "di-eddsa/eddsa-rdfc-2022/", "DataInt",
            "di-eddsa/keyPair.json", "privateKeyMultibase")));
  }

  static String unsignedPath(Suite s) {
    return s.dir.startsWith("di-eddsa") ? "di-eddsa/unsigned.json" : "di-ecdsa/unsigned.json";
  }

  static DataIntegrityProof signedProof(Suite s) throws Exception {
    return DataIntegrityProof.read(Vectors.json(s.dir + "signed" + s.suffix + ".json").get("proof"), "$.proof");
  }

  static DataIntegrity.HashData hash(Suite s) throws Exception {
    PublicKey key = Multikey.decode(Vectors.json(s.keyFile).get("publicKeyMultibase").asText());
    return DataIntegrity.hashData(C14N, Vectors.json(unsignedPath(s)), signedProof(s), key);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void canonicalize_unsignedVector_matchesOfficialCanonicalNQuads(Suite s) throws Exception {
    assertThat(hash(s).canonicalDocument()).isEqualTo(Vectors.text(s.dir + "canonDoc" + s.suffix + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void canonicalize_proofConfiguration_matchesOfficialCanonicalNQuads(Suite s) throws Exception {
    ObjectNode config = signedProof(s).configuration(Vectors.json(unsignedPath(s)).get("@context"));
    assertThat(config).isEqualTo(Vectors.json(s.dir + "proofConfig" + s.suffix + ".json"));
    assertThat(hash(s).canonicalProofConfiguration()).isEqualTo(Vectors.text(s.dir + "proofCanon" + s.suffix + ".txt"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void hashData_vector_matchesOfficialHashesProofConfigurationFirst(Suite s) throws Exception {
    DataIntegrity.HashData h = hash(s);
    HexFormat hex = HexFormat.of();
    assertThat(hex.formatHex(h.proofConfigurationHash())).isEqualTo(Vectors.text(s.dir + "proofHash" + s.suffix + ".txt").trim());
    assertThat(hex.formatHex(h.documentHash())).isEqualTo(Vectors.text(s.dir + "docHash" + s.suffix + ".txt").trim());
    assertThat(hex.formatHex(h.bytes())).isEqualTo(Vectors.text(s.dir + "combinedHash" + s.suffix + ".txt").trim());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void verify_officialSignature_isValid(Suite s) throws Exception {
    DataIntegrityProof proof = signedProof(s);
    byte[] sig = proof.signature().orElseThrow();
    assertThat(HexFormat.of().formatHex(sig)).isEqualTo(Vectors.text(s.dir + "sigHex" + s.suffix + ".txt").trim());
    assertThat(proof.proofValue()).contains(Vectors.text(s.dir + "sigBTC58" + s.suffix + ".txt").trim());
    PublicKey key = DidKey.resolve(proof.verificationMethod());
    assertThat(Multikey.encode(key)).isEqualTo(Vectors.json(s.keyFile).get("publicKeyMultibase").asText());
    assertThat(DataIntegrity.verify(key, hash(s).bytes(), sig)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void verify_tamperedDocument_isInvalid(Suite s) throws Exception {
    ObjectNode doc = Vectors.json(unsignedPath(s));
    ((ObjectNode) doc.get("credentialSubject")).put("alumniOf", "The School of Tampering");
    DataIntegrityProof proof = signedProof(s);
    PublicKey key = DidKey.resolve(proof.verificationMethod());
    DataIntegrity.HashData h = DataIntegrity.hashData(C14N, doc, proof, key);
    assertThat(DataIntegrity.verify(key, h.bytes(), proof.signature().orElseThrow())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void verify_tamperedProofCreated_isInvalid(Suite s) throws Exception {
    ObjectNode proofJson = Vectors.json(s.dir + "signed" + s.suffix + ".json").with("proof");
    proofJson.put("created", "2023-02-24T23:36:39Z");
    DataIntegrityProof proof = DataIntegrityProof.read(proofJson, "$.proof");
    PublicKey key = DidKey.resolve(proof.verificationMethod());
    DataIntegrity.HashData h = DataIntegrity.hashData(C14N, Vectors.json(unsignedPath(s)), proof, key);
    assertThat(DataIntegrity.verify(key, h.bytes(), proof.signature().orElseThrow())).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void verify_flippedSignatureBit_isInvalid(Suite s) throws Exception {
    DataIntegrityProof proof = signedProof(s);
    byte[] sig = proof.signature().orElseThrow();
    sig[sig.length / 3] ^= 1;
    PublicKey key = DidKey.resolve(proof.verificationMethod());
    assertThat(DataIntegrity.verify(key, hash(s).bytes(), sig)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void sign_vectorSecretKey_producesSignatureThatVerifies(Suite s) throws Exception {
    PrivateKey secret = Multikey.decodeSecretKey(Vectors.json(s.keyFile).get(s.secretMember).asText());
    PublicKey key = Multikey.decode(Vectors.json(s.keyFile).get("publicKeyMultibase").asText());
    byte[] sig = DataIntegrity.sign(secret, hash(s).bytes());
    assertThat(DataIntegrity.verify(key, hash(s).bytes(), sig)).isTrue();
    assertThat(Multikey.encodeSecretKey(secret)).isEqualTo(Vectors.json(s.keyFile).get(s.secretMember).asText());
  }

  @org.junit.jupiter.api.Test
  void sign_ed25519VectorKey_reproducesOfficialSignatureExactly() throws Exception {
    Suite s = (Suite) suites().skip(2).findFirst().orElseThrow().get()[0];
    PrivateKey secret = Multikey.decodeSecretKey(Vectors.json(s.keyFile).get(s.secretMember).asText());
    byte[] sig = DataIntegrity.sign(secret, hash(s).bytes());
    assertThat(HexFormat.of().formatHex(sig)).isEqualTo(Vectors.text(s.dir + "sigHex" + s.suffix + ".txt").trim());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("suites")
  void canonicalize_strictModeVectorRelyingOnVocab_isRefusedWithPath(Suite s) {
    RdfCanonicalizer strict = RdfCanonicalizer.newBuilder().contexts(Vectors.withExamples()).build();
    assertThatThrownBy(() -> strict.canonicalize(Vectors.json(unsignedPath(s)), RdfCanonicalizer.Hash.SHA_256))
        .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.path()).isEqualTo("$.credentialSubject.alumniOf");
              assertThat(p.message()).contains("@vocab");
            }));
  }
}
