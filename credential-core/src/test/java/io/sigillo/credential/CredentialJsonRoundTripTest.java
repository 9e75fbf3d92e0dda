package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sigillo.profile.Profile;
import io.sigillo.profile.ProfileCatalogue;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CredentialJsonRoundTripTest {
  private static final Instant FROM = Instant.parse("2026-06-01T09:00:00Z");

  private static EdcCredential roundTrip(EdcCredential c) throws CredentialFormatException {
    return CredentialJson.read(CredentialJson.toBytes(c));
  }

  /** A credential with only the required parts: no evidence, no optional person or org fields. */
  private static EdcCredential minimal() {
    Organisation issuer = Organisation.newBuilder()
        .id("did:example:issuer")
        .legalName(LanguageMap.of("en", "Example Body"))
        .eidasIdentifier("NTREE-17207834")
        .build();
    Organisation awardingBody = Organisation.newBuilder()
        .id("https://awarding.example/")
        .legalName(LanguageMap.of("en", "Awarding Body"))
        .build();
    Qualification q = Qualification.newBuilder()
        .id(URI.create("urn:example:qualification"))
        .title(LanguageMap.of("en", "A qualification"))
        .build();
    return EdcCredential.newBuilder()
        .id(UUID.fromString("11111111-2222-4333-8444-555555555555"))
        .issuer(issuer)
        .validity(ValidityPeriod.yearsFrom(FROM, 1))
        .subject(Person.newBuilder().id("did:example:holder").givenName("Ada").familyName("Lovelace").build())
        .achievement(new LearningAchievement(URI.create("urn:example:achievement"),
            LanguageMap.of("en", "Achievement"), q, new AwardingProcess(awardingBody, FROM)))
        .displayParameter(DisplayParameter.of(LanguageMap.of("en", "Title")))
        .build();
  }

  @Test
  void read_ofSampleBytes_equalsSample() throws Exception {
    EdcCredential sample = SampleCredentials.credential(FROM);

    assertThat(roundTrip(sample)).isEqualTo(sample);
  }

  @Test
  void read_ofSampleWithLeapDayStart_equalsSample() throws Exception {
    EdcCredential sample = SampleCredentials.credential(Instant.parse("2028-02-29T10:00:00Z"));

    EdcCredential back = roundTrip(sample);

    assertThat(back).isEqualTo(sample);
    assertThat(back.validUntil()).isEqualTo(Instant.parse("2031-02-28T10:00:00Z"));
  }

  @Test
  void read_ofMinimalCredential_equalsIt() throws Exception {
    EdcCredential minimal = minimal();

    assertThat(roundTrip(minimal)).isEqualTo(minimal);
  }

  @Test
  void read_ofMinimalCredential_hasNoOptionalMembers() throws Exception {
    JsonNode doc = CredentialJson.toJson(minimal());

    assertThat(doc.has("evidence")).isFalse();
    assertThat(doc.get("issuer").has("homepage")).isFalse();
    assertThat(doc.get("credentialSubject").has("dateOfBirth")).isFalse();
    assertThat(doc.get("credentialSubject").has("identifier")).isFalse();
    assertThat(doc.get("credentialSubject").has("contactPoint")).isFalse();
    JsonNode q = doc.at("/credentialSubject/hasClaim/specifiedBy");
    assertThat(q.has("description")).isFalse();
    assertThat(q.has("learningOutcome")).isFalse();
    assertThat(q.has("additionalNote")).isFalse();
    assertThat(doc.at("/credentialSubject/hasClaim/awardedBy/awardingBody").has("eIDASIdentifier")).isFalse();
    assertThat(doc.get("displayParameter").has("description")).isFalse();
  }

  @Test
  void read_ofVariantsWithoutEachOptionalPart_equalsThem() throws Exception {
    EdcCredential sample = SampleCredentials.credential(FROM);
    Person holder = sample.subject();
    List<EdcCredential> variants = new ArrayList<>();
    variants.add(sample.toBuilder().evidence(List.of()).build());
    variants.add(sample.toBuilder().evidence(List.of(sample.evidence().get(0))).build());
    variants.add(sample.toBuilder().subject(holder.toBuilder().birthDate(null).build()).build());
    variants.add(sample.toBuilder().subject(holder.toBuilder().identifier(null).build()).build());
    variants.add(sample.toBuilder().subject(holder.toBuilder().email(null).build()).build());
    variants.add(sample.toBuilder().issuer(sample.issuer().toBuilder().homepage(null).build()).build());
    variants.add(sample.toBuilder().displayParameter(
        DisplayParameter.of(LanguageMap.of("it", "Titolo", "en", "Title"))).build());
    variants.add(sample.toBuilder().credentialProfiles(List.of(
        Vocabulary.GENERIC_CREDENTIAL_PROFILE,
        Concept.of(URI.create("http://data.europa.eu/snb/credential/c_9a31f32a")))).build());
    variants.add(sample.toBuilder().credentialSchemas(List.of(CredentialSchemaRef.EDC_GENERIC_FULL,
        new CredentialSchemaRef(URI.create("https://schemas.example/edc.json"), "JsonSchema"))).build());
    variants.add(sample.toBuilder().types(List.of("EuropeanDigitalCredential", "VerifiableCredential")).build());
    Profile profile = ProfileCatalogue.bundled().find("ai-security-specialist").orElseThrow();
    Qualification bare = Qualification.newBuilder().id(profile.id()).title(profile.title()).build();
    variants.add(sample.toBuilder().achievement(new LearningAchievement(
        sample.achievement().id(), sample.achievement().title(), bare, sample.achievement().awardedBy())).build());

    for (EdcCredential v : variants) {
      assertThat(roundTrip(v)).as(v.toString()).isEqualTo(v);
    }
  }

  @Test
  void read_ofDisplayInOtherLanguages_equalsIt() throws Exception {
    EdcCredential sample = SampleCredentials.credential(FROM);
    DisplayParameter display = new DisplayParameter(
        LanguageMap.of("de", "Titel", "fr", "Titre"), null, "fr", List.of("fr", "de", "el"));

    EdcCredential v = sample.toBuilder().displayParameter(display).build();

    assertThat(roundTrip(v)).isEqualTo(v);
  }

  @Test
  void read_ofDisplayInLanguagesWithWithdrawnIsoCodes_equalsIt() throws Exception {
    // Yiddish, Hebrew and Indonesian also have withdrawn ISO 639-1 codes (ji, iw, in)
    EdcCredential sample = SampleCredentials.credential(FROM);
    DisplayParameter display = new DisplayParameter(
        LanguageMap.copyOf(java.util.Map.of("yi", "x")), null, "yi", List.of("yi", "he", "id", "nb"));

    EdcCredential v = sample.toBuilder().displayParameter(display).build();

    assertThat(roundTrip(v)).isEqualTo(v);
  }

  @Test
  void toBytes_calledTwice_isIdentical() {
    EdcCredential sample = SampleCredentials.credential(FROM);

    assertThat(CredentialJson.toBytes(sample)).isEqualTo(CredentialJson.toBytes(sample));
  }

  @Test
  void toBytes_ofEqualCredentialsBuiltSeparately_isIdentical() {
    byte[] a = CredentialJson.toBytes(SampleCredentials.credential(FROM));
    byte[] b = CredentialJson.toBytes(SampleCredentials.credential(FROM));

    assertThat(a).isEqualTo(b);
  }

  @Test
  void toBytes_ofReadCredential_reproducesTheOriginalBytes() throws Exception {
    byte[] original = CredentialJson.toBytes(SampleCredentials.credential(FROM));

    assertThat(CredentialJson.toBytes(CredentialJson.read(original))).isEqualTo(original);
  }

  @Test
  void toBytes_isCompactUtf8WithFixedMemberOrder() throws Exception {
    byte[] bytes = CredentialJson.toBytes(SampleCredentials.credential(FROM));
    String text = new String(bytes, StandardCharsets.UTF_8);

    assertThat(text).startsWith("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
        + "\"https://w3id.org/sigillo/edc/v1\"],\"id\":\"urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11\","
        + "\"type\":[\"VerifiableCredential\",\"EuropeanDigitalCredential\"],\"issuer\":{");
    ObjectMapper m = new ObjectMapper();
    assertThat(m.writeValueAsBytes(m.readTree(bytes))).as("compact").isEqualTo(bytes);
    List<String> members = new ArrayList<>();
    for (Iterator<String> it = m.readTree(bytes).fieldNames(); it.hasNext(); ) {
      members.add(it.next());
    }
    assertThat(members).containsExactly("@context", "id", "type", "issuer", "validFrom", "validUntil",
        "credentialSubject", "evidence", "credentialProfiles", "displayParameter", "credentialSchema");
    assertThat(text).contains("\"validFrom\":\"2026-06-01T09:00:00Z\",\"validUntil\":\"2029-06-01T09:00:00Z\"");
  }

  @Test
  void toPrettyString_parsesToSameTreeAsBytes() throws Exception {
    EdcCredential sample = SampleCredentials.credential(FROM);
    ObjectMapper m = new ObjectMapper();

    assertThat(m.readTree(CredentialJson.toPrettyString(sample)))
        .isEqualTo(m.readTree(CredentialJson.toBytes(sample)));
  }

  @Test
  void toJson_returnsFreshCopyEachCall() {
    EdcCredential sample = SampleCredentials.credential(FROM);

    CredentialJson.toJson(sample).put("id", "changed");

    assertThat(CredentialJson.toJson(sample).get("id").asText()).isEqualTo(sample.id().toString());
  }
}
