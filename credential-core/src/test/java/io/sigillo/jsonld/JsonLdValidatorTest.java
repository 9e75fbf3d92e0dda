package io.sigillo.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.SampleCredentials;
import io.sigillo.credential.Vocabulary;
import io.sigillo.json.StrictJson;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdValidatorTest {
  private static final JsonLdValidator STRICT = JsonLdValidator.newBuilder().build();
  private static final JsonLdValidator LENIENT =
      JsonLdValidator.newBuilder().allowUndefinedProperties().build();

  private static ObjectNode sample() {
    return CredentialJson.toJson(SampleCredentials.credential(Instant.parse("2026-06-01T09:00:00Z")));
  }

  private static ObjectNode minimal(String contexts) throws Exception {
    return StrictJson.standard().parseObject("{\"@context\":" + contexts + ",\"type\":[\"VerifiableCredential\"],"
        + "\"issuer\":\"did:example:issuer\",\"credentialSubject\":{\"id\":\"did:example:subject\"}}");
  }

  @Test
  void validate_sampleCredential_hasNoProblem() {
    assertThat(STRICT.validate(sample())).isEmpty();
    assertThat(LENIENT.validate(sample())).isEmpty();
  }

  @Test
  void validate_extraUndefinedProperty_reportsUndefinedTermWithItsPath() {
    ObjectNode doc = sample();
    ((ObjectNode) doc.get("credentialSubject")).put("nickname", "Giuli");

    List<FormatProblem> p = STRICT.validate(doc);

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.JSONLD_UNDEFINED_TERM, "$.credentialSubject.nickname"));
    assertThat(p.get(0).message()).contains("'nickname'");
  }

  @Test
  void validate_severalUndefinedProperties_reportsEachWithItsPath() {
    ObjectNode doc = sample();
    doc.put("issuanceDate", "2026-06-01T09:00:00Z");
    ((ObjectNode) doc.at("/credentialSubject/hasClaim/specifiedBy")).put("eqfLevel", 6);
    ((ObjectNode) doc.at("/evidence/1")).put("score", 30);

    List<FormatProblem> p = STRICT.validate(doc);

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactlyInAnyOrder(
        tuple(FormatCode.JSONLD_UNDEFINED_TERM, "$.issuanceDate"),
        tuple(FormatCode.JSONLD_UNDEFINED_TERM, "$.credentialSubject.hasClaim.specifiedBy.eqfLevel"),
        tuple(FormatCode.JSONLD_UNDEFINED_TERM, "$.evidence[1].score"));
  }

  @Test
  void validate_undefinedType_reportsUndefinedTermInBothModes() {
    ObjectNode doc = sample();
    ((ObjectNode) doc.get("credentialSubject")).put("type", "Persona");

    for (JsonLdValidator v : List.of(STRICT, LENIENT)) {
      assertThat(v.validate(doc)).extracting(FormatProblem::code, FormatProblem::path)
          .containsExactly(tuple(FormatCode.JSONLD_UNDEFINED_TERM, "$.credentialSubject.type"));
    }
  }

  @Test
  void validate_undefinedPropertyWhenAllowed_hasNoProblem() {
    ObjectNode doc = sample();
    ((ObjectNode) doc.get("credentialSubject")).put("nickname", "Giuli");

    assertThat(LENIENT.validate(doc)).isEmpty();
  }

  @Test
  void validate_inlineContextRedefiningProtectedType_reportsProtectedTermRedefined() throws Exception {
    ObjectNode doc = minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT
        + "\",{\"VerifiableCredential\":\"https://example.org/#Bad\"}]");

    for (JsonLdValidator v : List.of(STRICT, LENIENT)) {
      assertThat(v.validate(doc)).extracting(FormatProblem::code, FormatProblem::path)
          .containsExactly(tuple(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED, "$.@context[1].VerifiableCredential"));
    }
  }

  @Test
  void validate_pinnedContextRedefiningDescriptionLikeElm_reportsProtectedTermRedefined() throws Exception {
    // the European Learning Model's edc-ap context defines description this way (standards digest 1.1)
    String url = "https://example.org/contexts/elm-like";
    byte[] ctx = ("{\"@context\":{\"description\":{\"@id\":\"http://purl.org/dc/terms/description\","
        + "\"@container\":\"@language\"}}}").getBytes(StandardCharsets.UTF_8);
    JsonLdValidator v = JsonLdValidator.newBuilder().contexts(PinnedContexts.bundled().toBuilder()
        .add(url, ctx, PinnedContexts.sha256Hex(ctx)).build()).build();

    List<FormatProblem> p = v.validate(minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT + "\",\"" + url + "\"]"));

    assertThat(p).extracting(FormatProblem::code).containsExactly(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED);
  }

  @Test
  void validate_unpinnedContextUrl_reportsContextUnknown() throws Exception {
    ObjectNode doc = minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT
        + "\",\"https://www.w3.org/ns/credentials/examples/v2\"]");

    for (JsonLdValidator v : List.of(STRICT, LENIENT)) {
      List<FormatProblem> p = v.validate(doc);
      assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
          .containsExactly(tuple(FormatCode.CONTEXT_UNKNOWN, "$.@context[1]"));
      assertThat(p.get(0).message()).contains("https://www.w3.org/ns/credentials/examples/v2");
    }
  }

  @Test
  void validate_contextUrlOnLoopbackListener_isNeverFetched() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/context.jsonld";
      ObjectNode doc = minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT + "\",\"" + url + "\"]");
      ((ObjectNode) doc.get("credentialSubject")).put("nickname", "x");

      for (JsonLdValidator v : List.of(STRICT, LENIENT)) {
        assertThat(v.validate(doc)).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_UNKNOWN);
      }

      // any connection attempt, even one already closed, would wait in the listen backlog
      listener.setSoTimeout(200);
      assertThatThrownBy(listener::accept).isInstanceOf(SocketTimeoutException.class);
    }
  }

  @Test
  void validate_contextAsExistingFileUrl_isNeverRead() throws Exception {
    Path file = Paths.get(getClass().getResource("/vcdm2-test-suite/contexts/credentials-examples-v2.jsonld").toURI());
    ObjectNode doc = minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT + "\",\"" + file.toUri() + "\"]");

    assertThat(LENIENT.validate(doc)).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_UNKNOWN);
  }

  @Test
  void validate_embeddedContextBelowTopLevel_isRefusedInStrictMode() {
    ObjectNode doc = sample();
    ((ObjectNode) doc.get("credentialSubject")).putObject("@context").put("nickname", "https://example.org/#n");
    ((ObjectNode) doc.get("credentialSubject")).put("nickname", "Giuli");

    assertThat(STRICT.validate(doc)).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.CONTEXT_INVALID, "$.credentialSubject.@context"));
    assertThat(LENIENT.validate(doc)).isEmpty();
  }

  @Test
  void validate_vocabInTopLevelContext_isRefusedInStrictMode() {
    ObjectNode doc = sample();
    ((ArrayNode) doc.get("@context")).addObject().put("@vocab", "https://example.org/vocab#");
    ((ObjectNode) doc.get("credentialSubject")).put("nickname", "Giuli");

    assertThat(STRICT.validate(doc)).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.CONTEXT_INVALID, "$.@context[2].@vocab"));
    assertThat(LENIENT.validate(doc)).isEmpty();
  }

  @Test
  void validate_inlineTermDefinitionAtTopLevel_isAcceptedInStrictMode() throws Exception {
    ObjectNode doc = minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT
        + "\",{\"nickname\":\"https://example.org/#nickname\"}]");
    ((ObjectNode) doc.get("credentialSubject")).put("nickname", "x");

    assertThat(STRICT.validate(doc)).isEmpty();
  }

  @Test
  void validate_termMappedToNonIri_reportsExpansionFailure() throws Exception {
    ObjectNode doc = minimal("[\"" + Vocabulary.CREDENTIALS_V2_CONTEXT
        + "\",{\"Bad\":\"https ://not-a-url#Bad\"}]");
    ((ArrayNode) doc.get("type")).add("Bad");

    assertThat(STRICT.validate(doc)).extracting(FormatProblem::code)
        .containsExactly(FormatCode.JSONLD_EXPANSION_FAILED);
  }

  @Test
  void validate_notAnObject_reportsExpansionFailure() {
    assertThat(STRICT.validate(com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()))
        .extracting(FormatProblem::code).containsExactly(FormatCode.JSONLD_EXPANSION_FAILED);
  }

  @Test
  void builder_nonPositiveTimeout_isRefused() {
    assertThatThrownBy(() -> JsonLdValidator.newBuilder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> JsonLdValidator.newBuilder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void validate_sameValidatorUsedTwice_givesSameResult() {
    ObjectNode doc = sample();
    ((ObjectNode) doc.get("credentialSubject")).put("nickname", "Giuli");

    assertThat(STRICT.validate(doc)).isEqualTo(STRICT.validate(doc));
  }
}
