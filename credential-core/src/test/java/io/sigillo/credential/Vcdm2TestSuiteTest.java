package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.json.StrictJson;
import io.sigillo.jsonld.JsonLdValidator;
import io.sigillo.jsonld.PinnedContexts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The W3C VC 2.0 test-suite inputs that concern a credential's own content
 * (w3c/vc-data-model-2.0-test-suite {@code tests/input}, see
 * {@code src/test/resources/vcdm2-test-suite/PROVENANCE.md}): {@code -ok} inputs pass FORMAT,
 * {@code -fail} and {@code -fail-or-inject} inputs fail it.
 *
 * <p>FORMAT for this generic suite is {@link Vcdm2Rules} plus a {@link JsonLdValidator} that allows
 * undefined properties (the {@code -ok} inputs use undefined terms inside proof objects) over the
 * bundled contexts and the two contexts the inputs use, pinned by SHA-256. Before the rules run,
 * each input gets what the W3C harness adds: an issuer, and dates for the placeholders.
 */
class Vcdm2TestSuiteTest {
  private static final String ROOT = "/vcdm2-test-suite";
  private static final String HARNESS_ISSUER = "did:example:issuer";
  /** The harness uses the current time; a fixed instant keeps the test deterministic. */
  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

  private static final JsonLdValidator JSONLD = JsonLdValidator.newBuilder()
      .allowUndefinedProperties()
      .contexts(PinnedContexts.bundled().toBuilder()
          .add("https://www.w3.org/ns/credentials/examples/v2",
              resource(ROOT + "/contexts/credentials-examples-v2.jsonld"),
              "57393fbc69d6efb9b9b5dc9cb6b9880b0944360abfe2eaf459c9e58cf2279d7c")
          .add("https://w3id.org/security/suites/ed25519-2020/v1",
              resource(ROOT + "/contexts/ed25519-2020-v1.jsonld"),
              "3db5c19efb0047a6edfd3b36e24346a8a3caad369d749e3c2d69e862696403e5")
          .build())
      .build();

  /** Why each negative input must fail: a problem with this code must be among those reported. */
  private static final Map<String, FormatCode> EXPECTED_FAILURE = Map.ofEntries(
      Map.entry("credential-context-combo3-fail.json", FormatCode.CONTEXT_INVALID),
      Map.entry("credential-context-combo4-fail.json", FormatCode.CONTEXT_INVALID),
      Map.entry("credential-evidence-missing-type-fail.json", FormatCode.EVIDENCE_INVALID),
      Map.entry("credential-id-multi-fail.json", FormatCode.ID_INVALID),
      Map.entry("credential-id-nonidentifier-fail.json", FormatCode.ID_INVALID),
      Map.entry("credential-id-not-url-fail.json", FormatCode.ID_INVALID),
      Map.entry("credential-id-subject-multi-fail.json", FormatCode.SUBJECT_INVALID),
      Map.entry("credential-issuer-no-url-fail.json", FormatCode.ISSUER_INVALID),
      Map.entry("credential-issuer-null-fail.json", FormatCode.ISSUER_INVALID),
      Map.entry("credential-issuer-object-id-no-url-fail.json", FormatCode.ISSUER_INVALID),
      Map.entry("credential-issuer-object-id-null-fail.json", FormatCode.ISSUER_INVALID),
      Map.entry("credential-missing-base-context-fail-or-inject.json", FormatCode.CONTEXT_BASE_NOT_FIRST),
      Map.entry("credential-missing-required-type-fail.json", FormatCode.TYPE_MISSING),
      Map.entry("credential-no-context-fail-or-inject.json", FormatCode.CONTEXT_INVALID),
      // the harness adds the issuer; what is left is a subject making no claim
      Map.entry("credential-no-issuer-fail.json", FormatCode.SUBJECT_INVALID),
      Map.entry("credential-no-subject-fail.json", FormatCode.SUBJECT_MISSING),
      Map.entry("credential-no-type-fail.json", FormatCode.TYPE_INVALID),
      Map.entry("credential-proof-missing-type-fail.json", FormatCode.PROOF_INVALID),
      Map.entry("credential-redef-type-fail.json", FormatCode.JSONLD_PROTECTED_TERM_REDEFINED),
      Map.entry("credential-redef-type2-fail.json", FormatCode.JSONLD_PROTECTED_TERM_REDEFINED),
      Map.entry("credential-refresh-no-type-fail.json", FormatCode.REFRESH_INVALID),
      Map.entry("credential-schema-no-id-fail.json", FormatCode.SCHEMA_INVALID),
      Map.entry("credential-schema-no-type-fail.json", FormatCode.SCHEMA_INVALID),
      Map.entry("credential-schema-non-url-id-fail.json", FormatCode.SCHEMA_INVALID),
      Map.entry("credential-status-missing-type-fail.json", FormatCode.STATUS_INVALID),
      Map.entry("credential-status-multiple-id-fail.json", FormatCode.STATUS_INVALID),
      Map.entry("credential-status-nonurl-id-fail.json", FormatCode.STATUS_INVALID),
      Map.entry("credential-status-type-nonurl-fail.json", FormatCode.STATUS_INVALID),
      Map.entry("credential-subject-multiple-empty-fail.json", FormatCode.SUBJECT_INVALID),
      Map.entry("credential-subject-no-claims-fail.json", FormatCode.SUBJECT_INVALID),
      Map.entry("credential-termsofuse-missing-type-fail.json", FormatCode.TERMS_OF_USE_INVALID),
      Map.entry("credential-termsofuse-no-type-fail.json", FormatCode.TERMS_OF_USE_INVALID),
      // the context maps the type to "https ://not-a-url#...", which JSON-LD refuses as an IRI
      Map.entry("credential-type-mapped-nonurl-fail.json", FormatCode.JSONLD_EXPANSION_FAILED),
      Map.entry("credential-type-unmapped-fail.json", FormatCode.JSONLD_UNDEFINED_TERM),
      Map.entry("credential-validUntil-validFrom-fail.json", FormatCode.VALIDITY_ORDER),
      Map.entry("credential-validfrom-invalid-fail.json", FormatCode.DATE_INVALID),
      Map.entry("credential-validuntil-invalid-fail.json", FormatCode.DATE_INVALID),
      Map.entry("names-and-descriptions/credential-description-extra-prop-en-fail.json",
          FormatCode.LANGUAGE_VALUE_INVALID),
      Map.entry("names-and-descriptions/credential-name-extra-prop-en-fail.json",
          FormatCode.LANGUAGE_VALUE_INVALID),
      Map.entry("names-and-descriptions/issuer-description-extra-prop-en-fail.json",
          FormatCode.LANGUAGE_VALUE_INVALID),
      Map.entry("names-and-descriptions/issuer-name-extra-prop-en-fail.json",
          FormatCode.LANGUAGE_VALUE_INVALID));

  private static byte[] resource(String name) {
    try (InputStream in = Vcdm2TestSuiteTest.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every input file, as a path relative to the suite folder, such as {@code credential-ok.json}. */
  private static List<String> inputs() {
    try {
      Path root = Paths.get(Vcdm2TestSuiteTest.class.getResource(ROOT).toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files.filter(p -> p.toString().endsWith(".json"))
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .filter(name -> !name.startsWith("contexts/"))
            .sorted()
            .collect(Collectors.toList());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Stream<String> okInputs() {
    return inputs().stream().filter(n -> n.endsWith("-ok.json"));
  }

  static Stream<String> failInputs() {
    return inputs().stream().filter(n -> n.endsWith("-fail.json") || n.endsWith("-fail-or-inject.json"));
  }

  /** What the W3C harness adds before handing an input to an implementation. */
  static ObjectNode asHarnessSendsIt(ObjectNode input) {
    ObjectNode doc = input.deepCopy();
    JsonNode issuer = doc.get("issuer");
    if (issuer == null) {
      doc.put("issuer", HARNESS_ISSUER);
    } else if (issuer.isObject() && !issuer.has("id")) {
      ((ObjectNode) issuer).put("id", HARNESS_ISSUER);
    }
    for (String name : List.of("validFrom", "validUntil")) {
      JsonNode v = doc.get(name);
      if (v != null && v.asText().equals("PAST DATE")) {
        doc.put(name, Timestamps.format(NOW.atOffset(ZoneOffset.UTC).minusYears(1).toInstant()));
      } else if (v != null && v.asText().equals("FUTURE DATE")) {
        doc.put(name, Timestamps.format(NOW.atOffset(ZoneOffset.UTC).plusYears(1).toInstant()));
      }
    }
    return doc;
  }

  /** The FORMAT rule set of this generic suite. */
  private static List<FormatProblem> format(String input) throws Exception {
    ObjectNode doc = asHarnessSendsIt(StrictJson.standard().parseObject(resource(ROOT + "/" + input)));
    List<FormatProblem> problems = new ArrayList<>(Vcdm2Rules.check(doc));
    problems.addAll(JSONLD.validate(doc));
    return problems;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("okInputs")
  void okInput_format_reportsNoProblem(String input) throws Exception {
    assertThat(format(input)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("failInputs")
  void failInput_format_reportsTheExpectedProblem(String input) throws Exception {
    List<FormatProblem> problems = format(input);

    assertThat(problems).isNotEmpty();
    assertThat(problems).extracting(FormatProblem::code).contains(EXPECTED_FAILURE.get(input));
  }

  @Test
  void suite_holdsEveryCredentialInputAndNothingUnclassified() {
    List<String> all = inputs();

    assertThat(all).hasSize(95);
    assertThat(okInputs()).hasSize(54);
    assertThat(failInputs()).hasSize(41);
    assertThat(failInputs()).containsExactlyInAnyOrderElementsOf(EXPECTED_FAILURE.keySet());
  }

  @Test
  void harnessEmulation_addsIssuerAndDatesOnly() throws Exception {
    ObjectNode noIssuer = StrictJson.standard().parseObject(resource(ROOT + "/credential-validUntil-validFrom-ok.json"));
    ObjectNode issuerObject = StrictJson.standard().parseObject(
        resource(ROOT + "/names-and-descriptions/issuer-name-ok.json"));
    ObjectNode nullId = StrictJson.standard().parseObject(
        resource(ROOT + "/credential-issuer-object-id-null-fail.json"));

    ObjectNode a = asHarnessSendsIt(noIssuer);
    ObjectNode b = asHarnessSendsIt(issuerObject);
    ObjectNode c = asHarnessSendsIt(nullId);

    assertThat(a.get("issuer").asText()).isEqualTo(HARNESS_ISSUER);
    assertThat(a.get("validFrom").asText()).isEqualTo("2025-06-01T12:00:00Z");
    assertThat(a.get("validUntil").asText()).isEqualTo("2027-06-01T12:00:00Z");
    assertThat(b.at("/issuer/id").asText()).isEqualTo(HARNESS_ISSUER);
    assertThat(b.at("/issuer/name").asText()).isEqualTo("ExampleIssuer");
    assertThat(c.at("/issuer/id").isNull()).isTrue();
    assertThat(noIssuer.has("issuer")).as("input left untouched").isFalse();
  }
}
