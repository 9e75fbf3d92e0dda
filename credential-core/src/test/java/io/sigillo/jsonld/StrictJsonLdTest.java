package io.sigillo.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.SampleCredentials;
import io.sigillo.dataintegrity.Vectors;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** JSON-LD as an attack surface: what the strict validator and canonicalizer refuse, and where. */
class StrictJsonLdTest {
  static final JsonLdValidator STRICT = JsonLdValidator.newBuilder().build();

  static ObjectNode credential() {
    return CredentialJson.toJson(SampleCredentials.credential(Instant.parse("2026-12-01T09:00:00Z")));
  }

  @Test
  void validate_sampleCredential_hasNoProblems() {
    assertThat(STRICT.validate(credential())).isEmpty();
  }

  @Test
  void validate_unknownContextServedOnLoopback_isNamedAndNeverFetched() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      while (!server.isClosed()) {
        try (Socket s = server.accept()) {
          requests.incrementAndGet();
          s.getOutputStream().write(("HTTP/1.1 200 OK\r\nContent-Type: application/ld+json\r\nConnection: close\r\n\r\n"
              + "{\"@context\":{\"favouriteColour\":\"https://example.org/colour\"}}").getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
          return;
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    try {
      String url = "http://127.0.0.1:" + server.getLocalPort() + "/context.jsonld";
      ObjectNode doc = credential();
      doc.withArray("@context").add(url);
      List<FormatProblem> problems = STRICT.validate(doc);
      assertThat(problems).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_UNKNOWN);
      assertThat(problems.get(0).path()).isEqualTo("$.@context[2]");
      assertThat(problems.get(0).message()).contains(url);
      RdfCanonicalizer c14n = RdfCanonicalizer.newBuilder().allowUndefinedProperties().build();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> c14n.canonicalize(doc, RdfCanonicalizer.Hash.SHA_256))
          .isInstanceOf(JsonLdException.class).hasMessageContaining(url);
      assertThat(requests).hasValue(0);
    } finally {
      server.close();
    }
  }

  @Test
  void validate_inlineContextRedefiningProtectedTerm_namesContextEntryAndTerm() {
    ObjectNode doc = credential();
    doc.withArray("@context").addObject().put("name", "https://evil.example/name");
    List<FormatProblem> problems = STRICT.validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED);
      assertThat(p.path()).isEqualTo("$.@context[2].name");
      assertThat(p.message()).contains("'name'");
    });
  }

  @Test
  void validate_pinnedContextRedefiningProtectedTerm_namesContextUrlAndTerm() {
    String url = "https://partner.example/context/v1";
    byte[] bytes = "{\"@context\":{\"description\":{\"@id\":\"https://evil.example/description\"},\"ok\":\"https://partner.example/ok\"}}"
        .getBytes(StandardCharsets.UTF_8);
    PinnedContexts contexts = PinnedContexts.bundled().toBuilder().add(url, bytes, PinnedContexts.sha256Hex(bytes)).build();
    ObjectNode doc = credential();
    doc.withArray("@context").add(url);
    List<FormatProblem> problems = JsonLdValidator.newBuilder().contexts(contexts).build().validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED);
      assertThat(p.path()).isEqualTo("$.@context[2]");
      assertThat(p.message()).contains("'description'").contains(url);
    });
  }

  @Test
  void validate_undefinedProperties_reportsEachWithItsPath() {
    ObjectNode doc = credential();
    doc.put("nickname", "Giuli");
    doc.with("credentialSubject").put("favouriteColour", "green");
    List<FormatProblem> problems = STRICT.validate(doc);
    assertThat(problems).extracting(FormatProblem::code).containsOnly(FormatCode.JSONLD_UNDEFINED_TERM);
    assertThat(problems).extracting(FormatProblem::path)
        .containsExactlyInAnyOrder("$.nickname", "$.credentialSubject.favouriteColour");
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).contains("would drop it"));
  }

  @Test
  void validate_undefinedType_reportsTypePath() {
    ObjectNode doc = credential();
    ((ArrayNode) doc.get("type")).add("SuperCredential");
    List<FormatProblem> problems = STRICT.validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.JSONLD_UNDEFINED_TERM);
      assertThat(p.path()).isEqualTo("$.type[2]");
    });
  }

  @Test
  void validate_inlineVocab_isRefusedAtItsPath() {
    ObjectNode doc = credential();
    doc.withArray("@context").addObject().put("@vocab", "https://evil.example/vocab#");
    doc.put("nickname", "Giuli");
    List<FormatProblem> problems = STRICT.validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.CONTEXT_INVALID);
      assertThat(p.path()).isEqualTo("$.@context[2].@vocab");
    });
  }

  @Test
  void validate_pinnedContextWithVocab_reportsTermsOnlyTheVocabDefines() {
    ObjectNode doc = credential();
    doc.withArray("@context").add(Vectors.UNDEFINED_TERMS_V2);
    doc.with("credentialSubject").put("favouriteColour", "green");
    List<FormatProblem> problems = JsonLdValidator.newBuilder().contexts(Vectors.withExamples()).build().validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.JSONLD_UNDEFINED_TERM);
      assertThat(p.path()).isEqualTo("$.credentialSubject.favouriteColour");
      assertThat(p.message()).contains("@vocab");
    });
  }

  @Test
  void validate_pinnedContextWithVocabButEveryTermDefined_passes() {
    ObjectNode doc = credential();
    doc.withArray("@context").add(Vectors.UNDEFINED_TERMS_V2);
    assertThat(JsonLdValidator.newBuilder().contexts(Vectors.withExamples()).build().validate(doc)).isEmpty();
  }

  @Test
  void validate_relativeIdentifier_isReportedBecauseRdfWouldDropIt() {
    ObjectNode doc = credential();
    doc.with("credentialSubject").put("id", "people/giulia");
    List<FormatProblem> problems = STRICT.validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.JSONLD_INVALID_IRI);
      assertThat(p.path()).isEqualTo("$.credentialSubject.id");
    });
  }

  @Test
  void validate_embeddedContextBelowTopLevel_isRefused() {
    ObjectNode doc = credential();
    doc.with("credentialSubject").putObject("@context").put("givenName", "https://evil.example/name");
    List<FormatProblem> problems = STRICT.validate(doc);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.CONTEXT_INVALID);
      assertThat(p.path()).isEqualTo("$.credentialSubject.@context");
    });
  }

  @Test
  void validate_lenientMode_acceptsUndefinedPropertiesButNotUndefinedTypes() {
    JsonLdValidator lenient = JsonLdValidator.newBuilder().allowUndefinedProperties().build();
    ObjectNode doc = credential();
    doc.put("nickname", "Giuli");
    assertThat(lenient.validate(doc)).isEmpty();
    ((ArrayNode) doc.get("type")).add("SuperCredential");
    assertThat(lenient.validate(doc)).extracting(FormatProblem::code).containsExactly(FormatCode.JSONLD_UNDEFINED_TERM);
  }

  @Test
  void validate_exhaustedTimeLimit_failsExpansionInsteadOfRunningOn() {
    JsonLdValidator hasty = JsonLdValidator.newBuilder().timeout(Duration.ofNanos(1)).build();
    assertThat(hasty.validate(credential())).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo(FormatCode.JSONLD_EXPANSION_FAILED);
      assertThat(p.message()).contains("time limit");
    });
  }

  @Test
  void canonicalize_undefinedProperty_isRefusedInsteadOfDropped() {
    ObjectNode doc = credential();
    doc.with("credentialSubject").put("favouriteColour", "green");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> RdfCanonicalizer.newBuilder().build().canonicalize(doc, RdfCanonicalizer.Hash.SHA_256))
        .isInstanceOfSatisfying(JsonLdException.class, e -> assertThat(e.problems())
            .extracting(FormatProblem::path).containsExactly("$.credentialSubject.favouriteColour"));
  }

  @Test
  void canonicalize_sameCredentialWithMembersReordered_givesSameNQuads() throws Exception {
    ObjectNode doc = credential();
    ObjectNode reversed = doc.objectNode();
    List<String> names = new java.util.ArrayList<>();
    doc.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> reversed.set(n, doc.get(n)));
    RdfCanonicalizer c14n = RdfCanonicalizer.newBuilder().build();
    String a = c14n.canonicalize(doc, RdfCanonicalizer.Hash.SHA_256);
    assertThat(c14n.canonicalize(reversed, RdfCanonicalizer.Hash.SHA_256)).isEqualTo(a);
    assertThat(a).contains("_:c14n0 ").endsWith(" .\n");
  }

  @Test
  void validate_proofOptionsNamingDataIntegrityContext_needTheDataIntegritySet() throws Exception {
    ObjectNode proof = io.sigillo.json.StrictJson.standard().parseObject("{\"@context\":\"" + PinnedContexts.DATA_INTEGRITY_V2
        + "\",\"type\":\"DataIntegrityProof\",\"cryptosuite\":\"ecdsa-rdfc-2019\",\"created\":\"2026-12-01T09:00:00Z\","
        + "\"verificationMethod\":\"did:key:zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP#zDnaepBuvsQ8cpsWrVKw8fbpGpvPeNSjVPTWoq6cRqaYzBKVP\","
        + "\"proofPurpose\":\"assertionMethod\"}");
    assertThat(STRICT.validate(proof)).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_UNKNOWN);
    assertThat(JsonLdValidator.newBuilder().contexts(PinnedContexts.bundledWithDataIntegrity()).build().validate(proof))
        .isEmpty();
  }

  @Test
  void validate_credentialAddingDataIntegrityContextAfterV2_isAProtectedRedefinition() {
    // the VC 2.0 base context already defines DataIntegrityProof, differently enough to be refused
    ObjectNode doc = credential();
    doc.withArray("@context").add(PinnedContexts.DATA_INTEGRITY_V2);
    assertThat(JsonLdValidator.newBuilder().contexts(PinnedContexts.bundledWithDataIntegrity()).build().validate(doc))
        .singleElement().satisfies(p -> {
          assertThat(p.code()).isEqualTo(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED);
          assertThat(p.path()).isEqualTo("$.@context[2]");
          assertThat(p.message()).contains("'DataIntegrityProof'");
        });
  }
}
