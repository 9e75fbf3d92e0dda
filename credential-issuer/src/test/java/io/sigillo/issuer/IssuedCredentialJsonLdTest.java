package io.sigillo.issuer;

import static org.assertj.core.api.Assertions.assertThat;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.http.media.MediaType;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialJson;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.credential.Identifier;
import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.jsonld.JsonLdValidator;
import io.sigillo.jsonld.PinnedContexts;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JSON-LD guarantee: every credential the library issues expands in titanium with no dropped
 * property and no protected-term error. Checked over every combination of the optional fields the
 * model allows, with the strict {@link JsonLdValidator} over the bundled contexts; two controls
 * show the validator does report an undefined property and a protected-term redefinition.
 */
class IssuedCredentialJsonLdTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String DC_DESCRIPTION = "http://purl.org/dc/terms/description";
  private static final String ELM = "http://data.europa.eu/snb/model/elm/";

  static Seal seal;
  static JsonLdValidator validator;

  @BeforeAll
  static void setUp() {
    seal = TestPki.newBuilder().clock(Fixtures.CLOCK).build().seal();
    validator = JsonLdValidator.newBuilder().build();
  }

  static Stream<Arguments> optionalFieldCombinations() {
    Stream.Builder<Arguments> s = Stream.builder();
    for (int bits = 0; bits < 32; bits++) {
      s.add(Arguments.of((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0));
    }
    return s.build();
  }

  @ParameterizedTest(name = "birthDate={0} identifier={1} email={2} interview={3} homepage={4}")
  @MethodSource("optionalFieldCombinations")
  void validate_issuedCredential_noJsonLdProblem(boolean birthDate, boolean identifier, boolean email,
      boolean interview, boolean homepage) throws Exception {
    Person.Builder holder = Fixtures.holderBuilder();
    if (birthDate) {
      holder.birthDate(LocalDate.of(1990, 4, 12));
    }
    if (identifier) {
      holder.identifier(Identifier.of("AIPIA-000042", "AIPIA member register"));
    }
    if (email) {
      holder.email("giulia.rossi@example.org");
    }
    IssuanceRequest.Builder request = Fixtures.request().holder(holder.build());
    if (interview) {
      request.interview(LocalDate.of(2026, 11, 12), true);
    }
    Organisation.Builder org = Fixtures.organisationBuilder();
    if (homepage) {
      org.homepage(URI.create("https://aipia.example/"));
    }
    SealedCredential sealed = issuer(org.build()).issue(request.build());
    JsonNode doc = MAPPER.readTree(sealed.document());

    List<FormatProblem> problems = validator.validate(doc);

    assertThat(problems).isEmpty();
    JsonNode subject = doc.get("credentialSubject");
    assertThat(subject.has("dateOfBirth")).isEqualTo(birthDate);
    assertThat(subject.has("identifier")).isEqualTo(identifier);
    assertThat(subject.has("contactPoint")).isEqualTo(email);
    assertThat(doc.get("evidence")).hasSize(interview ? 2 : 1);
    assertThat(doc.get("issuer").has("homepage")).isEqualTo(homepage);
    assertThat(CredentialJson.read(sealed.document())).isEqualTo(sealed.credential());
  }

  @Test
  void validate_issuedCredentialWithMultilingualNames_noJsonLdProblem() throws Exception {
    Person holder = Fixtures.holderBuilder()
        .givenName(LanguageMap.of("it", "Giulia", "el", "Τζούλια"))
        .familyName(LanguageMap.of("it", "Rossi", "el", "Ρόσση"))
        .build();
    SealedCredential sealed = issuer(Fixtures.organisation()).issue(Fixtures.request().holder(holder).build());

    assertThat(validator.validate(MAPPER.readTree(sealed.document()))).isEmpty();
  }

  @Test
  void validate_issuedCredentialWithAddedUndefinedProperty_reportsIt() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(issuer(Fixtures.organisation())
        .issue(Fixtures.request().build()).document());
    ((ObjectNode) doc.get("credentialSubject")).put("favouriteColour", "blue");

    List<FormatProblem> problems = validator.validate(doc);

    assertThat(problems).extracting(FormatProblem::code).contains(FormatCode.JSONLD_UNDEFINED_TERM);
    assertThat(problems).extracting(FormatProblem::message).anyMatch(m -> m.contains("favouriteColour"));
  }

  @Test
  void validate_issuedCredentialWithProtectedTermRedefined_reportsIt() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(issuer(Fixtures.organisation())
        .issue(Fixtures.request().build()).document());
    // a top-level redefinition of the VC 2.0 context's protected "description" (the redefinition
    // Sigillo's own context avoids by scoping it to displayParameter and specifiedBy)
    ((ArrayNode) doc.get("@context")).addObject().put("description", DC_DESCRIPTION);

    List<FormatProblem> problems = validator.validate(doc);

    assertThat(problems).extracting(FormatProblem::code)
        .containsExactly(FormatCode.JSONLD_PROTECTED_TERM_REDEFINED);
  }

  /**
   * {@code description} is a protected term of the VC 2.0 context (schema.org); Sigillo's context
   * redefines it, through a property-scoped context on {@code displayParameter}, as a language map
   * of {@code dc:description}, which JSON-LD 1.1 allows for property-scoped contexts.
   */
  @Test
  void titaniumExpand_issuedCredential_displayDescriptionIsDcDescriptionWithLanguages() throws Exception {
    Profile profile = ProfileCatalogue.bundled().find(Fixtures.PROFILE).orElseThrow();
    SealedCredential sealed = issuer(Fixtures.organisation()).issue(Fixtures.request().build());
    JsonLdOptions options = new JsonLdOptions(pinnedLoader());

    JsonArray expanded = JsonLd.expand(JsonDocument.of(new ByteArrayInputStream(sealed.document())))
        .options(options).get();

    assertThat(expanded).hasSize(1);
    JsonObject display = expanded.getJsonObject(0)
        .getJsonArray(ELM + "displayParameter").getJsonObject(0);
    assertThat(display.containsKey("https://schema.org/description")).isFalse();
    Map<String, String> byLanguage = languageValues(display.getJsonArray(DC_DESCRIPTION));
    assertThat(byLanguage).containsOnly(
        Map.entry("en", "Certified against " + profile.standard()),
        Map.entry("it", "Certificazione secondo la " + profile.standard()));
    JsonObject qualification = expanded.getJsonObject(0)
        .getJsonArray("https://www.w3.org/2018/credentials#credentialSubject").getJsonObject(0)
        .getJsonArray(ELM + "hasClaim").getJsonObject(0)
        .getJsonArray(ELM + "specifiedBy").getJsonObject(0);
    assertThat(languageValues(qualification.getJsonArray(DC_DESCRIPTION)))
        .isEqualTo(profile.mission().asMap());
  }

  private static Map<String, String> languageValues(JsonArray values) {
    assertThat(values).as("dc:description values").isNotNull();
    Map<String, String> out = new HashMap<>();
    for (JsonValue v : values) {
      JsonObject o = v.asJsonObject();
      assertThat(o.keySet()).containsExactlyInAnyOrder("@value", "@language");
      out.put(o.getString("@language"), o.getString("@value"));
    }
    return out;
  }

  private static DocumentLoader pinnedLoader() {
    PinnedContexts contexts = PinnedContexts.bundled();
    return (url, options) -> {
      byte[] bytes = contexts.get(url.toString())
          .orElseThrow(() -> new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, url.toString()));
      JsonDocument d = JsonDocument.of(MediaType.JSON_LD, new ByteArrayInputStream(bytes));
      d.setDocumentUrl(url);
      return d;
    };
  }

  private static Issuer issuer(Organisation organisation) {
    return Issuer.newBuilder().seal(seal).organisation(organisation)
        .clock(Fixtures.CLOCK).ids(Fixtures.sequentialIds()).build();
  }
}
