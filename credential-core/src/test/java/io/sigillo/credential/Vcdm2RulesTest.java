package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.StrictJson;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spot checks of the generic VC 2.0 rules; the W3C suite runs in {@link Vcdm2TestSuiteTest}. */
class Vcdm2RulesTest {

  private static ObjectNode credential(String extraMembers) throws Exception {
    return StrictJson.standard().parseObject("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],"
        + "\"type\":[\"VerifiableCredential\"],\"issuer\":\"did:example:issuer\","
        + "\"credentialSubject\":{\"id\":\"did:example:subject\"}" + extraMembers + "}");
  }

  private static List<FormatProblem> check(String extraMembers) throws Exception {
    return Vcdm2Rules.check(credential(extraMembers));
  }

  @Test
  void check_minimalCredential_hasNoProblem() throws Exception {
    assertThat(check("")).isEmpty();
  }

  @Test
  void check_sigilloSample_hasNoProblem() {
    assertThat(Vcdm2Rules.check(CredentialJson.toJson(SampleCredentials.credential(Instant.parse("2026-06-01T00:00:00Z")))))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      ",\"name\":\"Example\"",
      ",\"name\":{\"@value\":\"Example\"}",
      ",\"name\":{\"@value\":\"Example\",\"@language\":\"en\"}",
      ",\"name\":{\"@value\":\"\u0645\u062b\u0627\u0644\",\"@language\":\"ar-EG\",\"@direction\":\"rtl\"}",
      ",\"description\":[{\"@value\":\"Dog\",\"@language\":\"en\"},\"Chien\"]",
      ",\"issuer\":{\"id\":\"did:example:issuer\",\"name\":{\"@value\":\"X\",\"@direction\":\"ltr\"}}"})
  void check_nameOrDescriptionAsStringOrLanguageValue_hasNoProblem(String member) throws Exception {
    ObjectNode doc = credential("");
    ObjectNode extra = StrictJson.standard().parseObject("{" + member.substring(1) + "}");
    doc.setAll(extra);

    assertThat(Vcdm2Rules.check(doc)).isEmpty();
  }

  @Test
  void check_languageValueWithExtraMember_reportsLanguageValueInvalidAtTheMember() throws Exception {
    ObjectNode doc = credential(",\"description\":{\"@value\":\"X\",\"@language\":\"en\",\"url\":\"did:example:x\"}");

    assertThat(Vcdm2Rules.check(doc)).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.LANGUAGE_VALUE_INVALID, "$.description.url"));
  }

  @Test
  void check_issuerNameWithExtraMember_reportsLanguageValueInvalid() throws Exception {
    ObjectNode doc = credential("");
    doc.set("issuer", StrictJson.standard().parseObject(
        "{\"id\":\"did:example:issuer\",\"name\":[\"A\",{\"@value\":\"B\",\"@type\":\"x\"}]}"));

    assertThat(Vcdm2Rules.check(doc)).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.LANGUAGE_VALUE_INVALID, "$.issuer.name[1].@type"));
  }

  @Test
  void check_malformedLanguageValues_reportEachProblem() throws Exception {
    ObjectNode doc = credential(",\"name\":{\"@language\":\"english\",\"@direction\":\"up\"},"
        + "\"description\":42");

    assertThat(Vcdm2Rules.check(doc)).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.LANGUAGE_VALUE_INVALID, "$.name.@value"),
        tuple(FormatCode.LANGUAGE_VALUE_INVALID, "$.name.@language"),
        tuple(FormatCode.LANGUAGE_VALUE_INVALID, "$.name.@direction"),
        tuple(FormatCode.LANGUAGE_VALUE_INVALID, "$.description"));
  }

  @Test
  void check_emptyNameArray_reportsLanguageValueInvalid() throws Exception {
    assertThat(check(",\"name\":[]")).extracting(FormatProblem::code)
        .containsExactly(FormatCode.LANGUAGE_VALUE_INVALID);
  }

  @Test
  void check_contextAsSingleBaseString_isAccepted() throws Exception {
    ObjectNode doc = credential("");
    doc.put("@context", "https://www.w3.org/ns/credentials/v2");

    assertThat(Vcdm2Rules.check(doc)).isEmpty();
  }

  @Test
  void check_emptyContextArray_reportsContextInvalid() throws Exception {
    ObjectNode doc = credential("");
    doc.putArray("@context");

    assertThat(Vcdm2Rules.check(doc)).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_INVALID);
  }

  @Test
  void check_v1Context_reportsBaseNotFirst() throws Exception {
    ObjectNode doc = credential("");
    doc.putArray("@context").add(Vocabulary.CREDENTIALS_V1_CONTEXT);

    assertThat(Vcdm2Rules.check(doc)).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.CONTEXT_BASE_NOT_FIRST, "$.@context[0]"));
  }

  @Test
  void check_typeAsSingleString_isAccepted() throws Exception {
    ObjectNode doc = credential("");
    doc.put("type", "VerifiableCredential");

    assertThat(Vcdm2Rules.check(doc)).isEmpty();
  }

  @Test
  void check_credentialSchemaArrayEntryWithoutId_reportsItsIndex() throws Exception {
    List<FormatProblem> p = check(",\"credentialSchema\":[{\"id\":\"https://example.org/s\",\"type\":\"JsonSchema\"},"
        + "{\"type\":\"JsonSchema\"}]");

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.SCHEMA_INVALID, "$.credentialSchema[1].id"));
  }

  @Test
  void check_validUntilEqualToValidFrom_isAccepted() throws Exception {
    assertThat(check(",\"validFrom\":\"2026-01-01T00:00:00Z\",\"validUntil\":\"2025-12-31T19:00:00-05:00\""))
        .isEmpty();
  }

  @Test
  void check_notAnObject_reportsPropertyInvalid() {
    assertThat(Vcdm2Rules.check(JsonNodeFactory.instance.textNode("x")))
        .extracting(FormatProblem::code).containsExactly(FormatCode.PROPERTY_INVALID);
  }

  @Test
  void isUrl_acceptsAbsoluteUrisOnly() {
    JsonNodeFactory f = JsonNodeFactory.instance;

    assertThat(Vcdm2Rules.isUrl(f.textNode("did:example:1"))).isTrue();
    assertThat(Vcdm2Rules.isUrl(f.textNode("urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11"))).isTrue();
    assertThat(Vcdm2Rules.isUrl(f.textNode("https ://not-a-url"))).isFalse();
    assertThat(Vcdm2Rules.isUrl(f.textNode("relative/path"))).isFalse();
    assertThat(Vcdm2Rules.isUrl(f.numberNode(1))).isFalse();
    assertThat(Vcdm2Rules.isUrl(null)).isFalse();
  }
}
