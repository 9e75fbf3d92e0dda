package io.sigillo.verifier;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.EdcCredential;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.dataintegrity.Cryptosuite;
import io.sigillo.dataintegrity.DataIntegrity;
import io.sigillo.dataintegrity.DataIntegrityProof;
import io.sigillo.dataintegrity.DidKey;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.jsonld.RdfCanonicalizer;
import io.sigillo.json.StrictJson;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Credentials secured with Data Integrity proofs, for verifier tests. */
final class DiFixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
  static final Organisation ORG = Organisation.newBuilder().id("https://aipia.example/id")
      .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier("VATIT-12345678901").build();

  private DiFixtures() {}

  static Issuer issuer(Seal seal) {
    AtomicLong n = new AtomicLong();
    return Issuer.newBuilder().seal(seal).clock(CLOCK).organisation(ORG)
        .ids(() -> new UUID(0x5151L, n.incrementAndGet())).build();
  }

  static IssuanceRequest request() {
    return IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20))
        .build();
  }

  /** A credential secured by an ecdsa-rdfc-2019 proof alone. */
  static byte[] diOnly(TestPki pki) throws Exception {
    Issuer issuer = issuer(pki.seal());
    return CredentialJson.toBytes(issuer.addDataIntegrityProof(issuer.prepare(request())));
  }

  static ObjectNode json(byte[] bytes) throws Exception {
    return StrictJson.standard().parseObject(bytes);
  }

  static byte[] bytes(ObjectNode doc) {
    return CredentialJson.compact(doc).getBytes(StandardCharsets.UTF_8);
  }

  /** A credential with revocation and suspension status entries, secured by the seal's proof alone. */
  static byte[] diOnlyWithStatus(TestPki pki) throws Exception {
    Issuer issuer = issuer(pki.seal());
    EdcCredential credential = issuer.prepare(request()).toBuilder().credentialStatus(java.util.List.of(
        io.sigillo.status.BitstringStatusListEntry.newBuilder()
            .purpose(io.sigillo.status.StatusPurpose.REVOCATION).index(94567)
            .listCredential(java.net.URI.create("https://aipia.example/status/r1")).build(),
        io.sigillo.status.BitstringStatusListEntry.newBuilder()
            .purpose(io.sigillo.status.StatusPurpose.SUSPENSION).index(1207)
            .listCredential(java.net.URI.create("https://aipia.example/status/s1")).build())).build();
    return CredentialJson.toBytes(issuer.addDataIntegrityProof(credential));
  }

  /** Signs a credential with an arbitrary key (not a seal's), as another party could. */
  static ObjectNode signWith(KeyPair keys, Cryptosuite suite, EdcCredential credential, Instant created) throws Exception {
    ObjectNode unsecured = CredentialJson.toJson(credential.withoutProofs());
    DataIntegrityProof options = DataIntegrityProof.newBuilder().cryptosuite(suite).created(created)
        .verificationMethod(DidKey.verificationMethod(keys.getPublic())).build();
    DataIntegrity.HashData h = DataIntegrity.hashData(RdfCanonicalizer.newBuilder().build(), unsecured, options, keys.getPublic());
    DataIntegrityProof proof = options.withProofValue(DataIntegrity.sign(keys.getPrivate(), h.bytes()));
    unsecured.set("proof", proof.toJson());
    return unsecured;
  }
}
