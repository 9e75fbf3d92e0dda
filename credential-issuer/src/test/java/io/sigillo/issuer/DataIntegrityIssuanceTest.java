package io.sigillo.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.dataintegrity.DataIntegrity;
import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.dataintegrity.DidKey;
import io.sigillo.dataintegrity.Multikey;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.json.StrictJson;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.seal.SecuringForm;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DataIntegrityIssuanceTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final Organisation ORG = Organisation.newBuilder().id("https://aipia.example/id")
      .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build();

  static Issuer issuer(TestPki pki, boolean dataIntegrity) {
    AtomicLong n = new AtomicLong();
    Issuer.Builder b = Issuer.newBuilder().seal(pki.seal()).clock(CLOCK).organisation(ORG)
        .ids(() -> new UUID(0x1234L, n.incrementAndGet()));
    return (dataIntegrity ? b.dataIntegrityProofs() : b).build();
  }

  static IssuanceRequest request() {
    return IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build();
  }

  @Test
  void addDataIntegrityProof_p256Seal_addsEcdsaRdfc2019ProofOverTheCredentialWithoutProof() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    Issuer issuer = issuer(pki, false);
    EdcCredential credential = issuer.prepare(request());
    EdcCredential secured = issuer.addDataIntegrityProof(credential);

    assertThat(secured.withoutProofs()).isEqualTo(credential);
    DataIntegrityProof proof = secured.proofs().get(0);
    assertThat(proof.cryptosuiteId()).isEqualTo("ecdsa-rdfc-2019");
    assertThat(proof.proofPurpose()).isEqualTo("assertionMethod");
    assertThat(proof.created()).contains(CLOCK.instant());
    PublicKey key = DidKey.resolve(proof.verificationMethod());
    assertThat(Multikey.sameKey(key, pki.sealCertificate().getPublicKey())).isTrue();
    assertThat(issuer.verificationMethod()).contains(proof.verificationMethod());

    DataIntegrity.HashData hash = DataIntegrity.hashData(RdfCanonicalizer.newBuilder().build(),
        CredentialJson.toJson(credential), proof, key);
    assertThat(hash.bytes()).hasSize(64);
    assertThat(DataIntegrity.verify(key, hash.bytes(), proof.signature().orElseThrow())).isTrue();
  }

  @Test
  void addDataIntegrityProof_p384Seal_signsNinetySixByteHashDataWithEs384() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).keyType(TestPki.KeyType.EC_P384).build();
    Issuer issuer = issuer(pki, false);
    EdcCredential credential = issuer.prepare(request());
    DataIntegrityProof proof = issuer.addDataIntegrityProof(credential).proofs().get(0);
    PublicKey key = DidKey.resolve(proof.verificationMethod());
    assertThat(proof.verificationMethod()).startsWith("did:key:z82");
    DataIntegrity.HashData hash = DataIntegrity.hashData(RdfCanonicalizer.newBuilder().build(),
        CredentialJson.toJson(credential), proof, key);
    assertThat(hash.bytes()).hasSize(96);
    assertThat(proof.signature().orElseThrow()).hasSize(96);
    assertThat(DataIntegrity.verify(key, hash.bytes(), proof.signature().orElseThrow())).isTrue();
  }

  @Test
  void issue_withDataIntegrityProofs_sealsTheCredentialWithItsProof() throws Exception {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).build();
    SealedCredential sealed = issuer(pki, true).issue(request());

    assertThat(sealed.credential().proofs()).hasSize(1);
    JsonNode document = StrictJson.standard().parse(sealed.document());
    assertThat(document.get("proof").get("type").asText()).isEqualTo("DataIntegrityProof");
    assertThat(sealed.form(SecuringForm.DATA_INTEGRITY))
        .isEqualTo(new String(sealed.document(), StandardCharsets.UTF_8));
    assertThat(StrictJson.standard().parseObject(sealed.jades()).get("payload").asText())
        .isEqualTo(new String(sealed.document(), StandardCharsets.UTF_8));
    assertThat(CredentialJson.read(sealed.document())).isEqualTo(sealed.credential());
  }

  @Test
  void form_dataIntegrityWithoutProof_isRefused() throws Exception {
    SealedCredential sealed = issuer(TestPki.newBuilder().clock(CLOCK).build(), false).issue(request());
    assertThat(sealed.dataIntegrity()).isEmpty();
    assertThatThrownBy(() -> sealed.form(SecuringForm.DATA_INTEGRITY)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void addDataIntegrityProof_twice_keepsBothProofsAsAProofSet() throws Exception {
    Issuer issuer = issuer(TestPki.newBuilder().clock(CLOCK).build(), false);
    EdcCredential once = issuer.addDataIntegrityProof(issuer.prepare(request()));
    EdcCredential twice = issuer.addDataIntegrityProof(once);
    assertThat(twice.proofs()).hasSize(2);
    JsonNode document = CredentialJson.toJson(twice);
    assertThat(document.get("proof").isArray()).isTrue();
    assertThat(CredentialJson.read(document)).isEqualTo(twice);
  }

  @Test
  void addDataIntegrityProof_rsaSeal_isRefusedAsUnsupported() throws Exception {
    Issuer issuer = issuer(TestPki.newBuilder().clock(CLOCK).keyType(TestPki.KeyType.RSA_2048).build(), false);
    assertThat(issuer.verificationMethod()).isEmpty();
    EdcCredential credential = issuer.prepare(request());
    assertThatThrownBy(() -> issuer.addDataIntegrityProof(credential))
        .isInstanceOfSatisfying(IssuanceException.class,
            e -> assertThat(e.reason()).isEqualTo(IssuanceException.Reason.DATA_INTEGRITY_UNSUPPORTED));
  }

  @Test
  void build_dataIntegrityProofsWithRsaSeal_isRefused() {
    TestPki pki = TestPki.newBuilder().clock(CLOCK).keyType(TestPki.KeyType.RSA_2048).build();
    assertThatThrownBy(() -> issuer(pki, true)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ES256");
  }
}
