package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How {@link CredentialJson#read} reports what is wrong with a document: code and path. */
class CredentialJsonReadProblemsTest {
  private static final Instant FROM = Instant.parse("2026-06-01T09:00:00Z");

  private static ObjectNode sampleDoc() {
    return CredentialJson.toJson(SampleCredentials.credential(FROM));
  }

  private static List<FormatProblem> problems(JsonNode doc) {
    CredentialFormatException e =
        catchThrowableOfType(CredentialFormatException.class, () -> CredentialJson.read(doc));
    assertThat(e).as("the document must be refused").isNotNull();
    assertThat(e.problems()).isNotEmpty();
    return e.problems();
  }

  private static List<FormatProblem> problemsAfter(Consumer<ObjectNode> change) {
    ObjectNode doc = sampleDoc();
    change.accept(doc);
    return problems(doc);
  }

  private static ObjectNode at(ObjectNode doc, String pointer) {
    return (ObjectNode) doc.at(pointer);
  }

  @Test
  void read_untouchedSample_isAccepted() throws Exception {
    assertThat(CredentialJson.read(sampleDoc())).isEqualTo(SampleCredentials.credential(FROM));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource({
      "'',                                                   $.extra",
      "/issuer,                                              $.issuer.extra",
      "/issuer/eIDASIdentifier,                              $.issuer.eIDASIdentifier.extra",
      "/issuer/eIDASIdentifier/spatial,                      $.issuer.eIDASIdentifier.spatial.extra",
      "/issuer/eIDASIdentifier/spatial/inScheme,             $.issuer.eIDASIdentifier.spatial.inScheme.extra",
      "/credentialSubject,                                   $.credentialSubject.extra",
      "/credentialSubject/contactPoint/emailAddress,         $.credentialSubject.contactPoint.emailAddress.extra",
      "/credentialSubject/hasClaim,                          $.credentialSubject.hasClaim.extra",
      "/credentialSubject/hasClaim/awardedBy/awardingBody,   $.credentialSubject.hasClaim.awardedBy.awardingBody.extra",
      "/credentialSubject/hasClaim/specifiedBy,              $.credentialSubject.hasClaim.specifiedBy.extra",
      "/credentialSubject/hasClaim/specifiedBy/learningOutcome/2, $.credentialSubject.hasClaim.specifiedBy.learningOutcome[2].extra",
      "/credentialSubject/hasClaim/specifiedBy/additionalNote/0,  $.credentialSubject.hasClaim.specifiedBy.additionalNote[0].extra",
      "/evidence/1,                                          $.evidence[1].extra",
      "/evidence/1/dcType,                                   $.evidence[1].dcType.extra",
      "/credentialProfiles/0,                                $.credentialProfiles[0].extra",
      "/displayParameter,                                    $.displayParameter.extra",
      "/displayParameter/language/1,                         $.displayParameter.language[1].extra",
      "/credentialSchema/0,                                  $.credentialSchema[0].extra"})
  void read_unknownProperty_reportsPropertyUnknownAtItsPath(String pointer, String path) {
    List<FormatProblem> p = problemsAfter(d -> at(d, pointer).put("extra", "x"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.PROPERTY_UNKNOWN, path));
    assertThat(p.get(0).message()).contains("'extra'");
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource({
      "'',                                          validFrom,     $.validFrom",
      "'',                                          displayParameter, $.displayParameter",
      "'',                                          credentialProfiles, $.credentialProfiles",
      "'',                                          credentialSchema, $.credentialSchema",
      "/issuer,                                     legalName,     $.issuer.legalName",
      "/issuer,                                     eIDASIdentifier, $.issuer.eIDASIdentifier",
      "/issuer/eIDASIdentifier,                     notation,      $.issuer.eIDASIdentifier.notation",
      "/credentialSubject,                          familyName,    $.credentialSubject.familyName",
      "/credentialSubject,                          hasClaim,      $.credentialSubject.hasClaim",
      "/credentialSubject/hasClaim,                 title,         $.credentialSubject.hasClaim.title",
      "/credentialSubject/hasClaim/awardedBy,       awardingDate,  $.credentialSubject.hasClaim.awardedBy.awardingDate",
      "/credentialSubject/hasClaim/specifiedBy/learningOutcome/5, title, $.credentialSubject.hasClaim.specifiedBy.learningOutcome[5].title",
      "/evidence/0,                                 evidenceStatement, $.evidence[0].evidenceStatement",
      "/displayParameter,                           primaryLanguage, $.displayParameter.primaryLanguage"})
  void read_missingRequiredProperty_reportsPropertyMissingAtItsPath(String pointer, String name, String path) {
    List<FormatProblem> p = problemsAfter(d -> at(d, pointer).remove(name));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .contains(tuple(FormatCode.PROPERTY_MISSING, path));
    assertThat(p).extracting(FormatProblem::code).containsOnly(FormatCode.PROPERTY_MISSING);
  }

  @Test
  void read_nestedTypeMissing_reportsPropertyMissing() {
    List<FormatProblem> p = problemsAfter(d -> at(d, "/credentialSubject/hasClaim").remove("type"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.PROPERTY_MISSING, "$.credentialSubject.hasClaim.type"));
  }

  @Test
  void read_missingIssuer_reportsIssuerMissingAndPropertyMissing() {
    List<FormatProblem> p = problemsAfter(d -> d.remove("issuer"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.ISSUER_MISSING, "$.issuer"), tuple(FormatCode.PROPERTY_MISSING, "$.issuer"));
  }

  @Test
  void read_wrongJsonTypes_reportPropertyInvalidAtTheirPaths() {
    List<FormatProblem> p = problemsAfter(d -> {
      at(d, "/issuer").put("legalName", "Italian Association of AI Professionals");
      at(d, "/credentialSubject").putArray("givenName").add("Giulia");
      at(d, "/credentialSubject/hasClaim").put("specifiedBy", 42);
      at(d, "/issuer/eIDASIdentifier").put("notation", true);
      d.put("displayParameter", "title");
    });

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactlyInAnyOrder(
        tuple(FormatCode.PROPERTY_INVALID, "$.issuer.legalName"),
        tuple(FormatCode.PROPERTY_INVALID, "$.issuer.eIDASIdentifier.notation"),
        tuple(FormatCode.PROPERTY_INVALID, "$.credentialSubject.givenName"),
        tuple(FormatCode.PROPERTY_INVALID, "$.credentialSubject.hasClaim.specifiedBy"),
        tuple(FormatCode.PROPERTY_INVALID, "$.displayParameter"));
  }

  @Test
  void read_dateAsNumber_reportsDateInvalidAndPropertyInvalid() {
    List<FormatProblem> p = problemsAfter(d -> d.put("validFrom", 1780304400));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.DATE_INVALID, "$.validFrom"), tuple(FormatCode.PROPERTY_INVALID, "$.validFrom"));
  }

  @Test
  void read_dateInWrongFormat_reportsDateInvalid() {
    List<FormatProblem> p = problemsAfter(d ->
        at(d, "/credentialSubject/hasClaim/awardedBy").put("awardingDate", "01/06/2026"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.DATE_INVALID, "$.credentialSubject.hasClaim.awardedBy.awardingDate"));
  }

  @Test
  void read_invalidLanguageMapEntries_reportThePreciseEntry() {
    List<FormatProblem> p = problemsAfter(d -> {
      at(d, "/issuer/legalName").put("english", "x");
      at(d, "/credentialSubject/hasClaim/title").put("it", "");
    });

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.PROPERTY_INVALID, "$.issuer.legalName.english"),
        tuple(FormatCode.PROPERTY_INVALID, "$.credentialSubject.hasClaim.title.it"));
  }

  @Test
  void read_onlyBaseContext_reportsContextNotProfile() {
    List<FormatProblem> p = problemsAfter(d -> d.putArray("@context").add(Vocabulary.CREDENTIALS_V2_CONTEXT));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.CONTEXT_NOT_PROFILE, "$.@context"));
  }

  @Test
  void read_elmContextInsteadOfSigillo_reportsContextNotProfile() {
    List<FormatProblem> p = problemsAfter(d ->
        d.putArray("@context").add(Vocabulary.CREDENTIALS_V2_CONTEXT).add(Vocabulary.ELM_EDC_AP_CONTEXT));

    assertThat(p).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_NOT_PROFILE);
  }

  @Test
  void read_contextsInWrongOrder_reportsBaseNotFirstAndNotProfile() {
    List<FormatProblem> p = problemsAfter(d ->
        d.putArray("@context").add(Vocabulary.SIGILLO_EDC_CONTEXT).add(Vocabulary.CREDENTIALS_V2_CONTEXT));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.CONTEXT_BASE_NOT_FIRST, "$.@context[0]"),
        tuple(FormatCode.CONTEXT_NOT_PROFILE, "$.@context"));
  }

  @Test
  void read_extraContext_reportsContextNotProfile() {
    List<FormatProblem> p = problemsAfter(d ->
        ((ArrayNode) d.get("@context")).add("https://www.w3.org/ns/credentials/examples/v2"));

    assertThat(p).extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_NOT_PROFILE);
  }

  @Test
  void read_extraType_reportsTypeInvalid() {
    List<FormatProblem> p = problemsAfter(d -> ((ArrayNode) d.get("type")).add("VerifiableAttestation"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.TYPE_INVALID, "$.type"));
    assertThat(p.get(0).message()).contains("VerifiableAttestation");
  }

  @Test
  void read_typeAsString_reportsTypeInvalid() {
    List<FormatProblem> p = problemsAfter(d -> d.put("type", "VerifiableCredential"));

    assertThat(p).extracting(FormatProblem::code).contains(FormatCode.TYPE_INVALID);
  }

  @Test
  void read_profileTypeMissing_reportsTypeMissing() {
    List<FormatProblem> p = problemsAfter(d -> d.putArray("type").add("VerifiableCredential"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.TYPE_MISSING, "$.type"));
  }

  @Test
  void read_validityOneSecondLongerThanThreeYears_reportsValidityTooLong() {
    List<FormatProblem> p = problemsAfter(d -> d.put("validUntil", "2029-06-01T09:00:01Z"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.VALIDITY_TOO_LONG, "$.validUntil"));
    assertThat(p.get(0).message()).contains("2029-06-01T09:00:00Z");
  }

  @Test
  void read_leapDayStartEndingOn1March_reportsValidityTooLong() {
    ObjectNode doc = CredentialJson.toJson(SampleCredentials.credential(Instant.parse("2028-02-29T10:00:00Z")));
    doc.put("validUntil", "2031-03-01T10:00:00Z");

    assertThat(problems(doc)).extracting(FormatProblem::code).containsExactly(FormatCode.VALIDITY_TOO_LONG);
  }

  @Test
  void read_validityWithOffsetWithinThreeYears_isAccepted() throws Exception {
    ObjectNode doc = sampleDoc();
    doc.put("validFrom", "2026-06-01T11:00:00+02:00");
    doc.put("validUntil", "2029-06-01T04:00:00-05:00");

    EdcCredential c = CredentialJson.read(doc);

    assertThat(c.validFrom()).isEqualTo(FROM);
    assertThat(c.validUntil()).isEqualTo(Instant.parse("2029-06-01T09:00:00Z"));
  }

  @Test
  void read_validUntilBeforeValidFrom_reportsValidityOrder() {
    List<FormatProblem> p = problemsAfter(d -> d.put("validUntil", "2026-05-31T09:00:00Z"));

    assertThat(p).extracting(FormatProblem::code).containsOnly(FormatCode.VALIDITY_ORDER);
  }

  @Test
  void read_idNotUrnUuid_reportsIdInvalid() {
    List<FormatProblem> p = problemsAfter(d -> d.put("id", "urn:credential:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.ID_INVALID, "$.id"));
  }

  @Test
  void read_emailNotMailto_reportsPropertyInvalid() {
    List<FormatProblem> p = problemsAfter(d ->
        at(d, "/credentialSubject/contactPoint/emailAddress").put("id", "giulia.rossi@example.org"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.PROPERTY_INVALID, "$.credentialSubject.contactPoint.emailAddress.id"));
  }

  @Test
  void read_birthDateWithTime_reportsPropertyInvalid() {
    List<FormatProblem> p = problemsAfter(d -> at(d, "/credentialSubject").put("dateOfBirth", "1990-04-12T10:00:00Z"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.PROPERTY_INVALID, "$.credentialSubject.dateOfBirth"));
  }

  @Test
  void read_unknownDisplayLanguage_reportsPropertyInvalid() {
    List<FormatProblem> p = problemsAfter(d -> at(d, "/displayParameter/language/1")
        .put("id", "http://publications.europa.eu/resource/authority/language/QQQ"));

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).contains(
        tuple(FormatCode.PROPERTY_INVALID, "$.displayParameter.language[1].id"));
  }

  @Test
  void read_severalProblems_reportsEveryOneInDocumentOrder() {
    List<FormatProblem> p = problemsAfter(d -> {
      d.putArray("@context").add(Vocabulary.CREDENTIALS_V2_CONTEXT);
      ((ArrayNode) d.get("type")).add("VerifiableAttestation");
      d.put("validUntil", "2030-01-01T00:00:00Z");
      at(d, "/issuer").remove("legalName");
      at(d, "/credentialSubject").put("nickname", "Giuli");
      at(d, "/credentialSubject/hasClaim/specifiedBy").put("title", "AI Security Specialist");
      at(d, "/evidence/0").remove("dcType");
      d.put("proof", "none");
    });

    assertThat(p).extracting(FormatProblem::code, FormatProblem::path).containsExactly(
        tuple(FormatCode.PROOF_INVALID, "$.proof"),
        tuple(FormatCode.CONTEXT_NOT_PROFILE, "$.@context"),
        tuple(FormatCode.TYPE_INVALID, "$.type"),
        tuple(FormatCode.PROPERTY_MISSING, "$.issuer.legalName"),
        tuple(FormatCode.VALIDITY_TOO_LONG, "$.validUntil"),
        tuple(FormatCode.PROPERTY_INVALID, "$.credentialSubject.hasClaim.specifiedBy.title"),
        tuple(FormatCode.PROPERTY_UNKNOWN, "$.credentialSubject.nickname"),
        tuple(FormatCode.PROPERTY_MISSING, "$.evidence[0].dcType"));
  }

  @Test
  void read_exceptionMessage_summarisesFirstProblemAndCount() {
    CredentialFormatException e = catchThrowableOfType(CredentialFormatException.class,
        () -> CredentialJson.read(problemsDoc()));

    assertThat(e.getMessage()).startsWith(e.problems().get(0).toString()).endsWith("(and 1 more)");
  }

  private static ObjectNode problemsDoc() {
    ObjectNode d = sampleDoc();
    d.put("a", 1);
    d.put("b", 2);
    return d;
  }

  @Test
  void read_malformedBytes_reportsMalformedJsonWithJsonErrorCode() {
    byte[] dup = "{\"id\":\"a\",\"id\":\"b\"}".getBytes(StandardCharsets.UTF_8);

    CredentialFormatException e =
        catchThrowableOfType(CredentialFormatException.class, () -> CredentialJson.read(dup));

    assertThat(e.problems()).extracting(FormatProblem::code, FormatProblem::path)
        .containsExactly(tuple(FormatCode.MALFORMED_JSON, "$"));
    assertThat(e.problems().get(0).message()).startsWith("DUPLICATE_KEY");
  }

  @Test
  void read_topLevelArray_reportsPropertyInvalid() {
    assertThat(problems(JsonNodeFactory.instance.arrayNode()))
        .extracting(FormatProblem::code, FormatProblem::path)
        .contains(tuple(FormatCode.PROPERTY_INVALID, "$"));
  }

  @Test
  void read_longUnknownName_isAbbreviatedInMessage() {
    String longName = "n".repeat(500);

    List<FormatProblem> p = problemsAfter(d -> d.put(longName, 1));

    assertThat(p.get(0).message()).hasSizeLessThan(200);
  }
}
