package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.jsonld.JsonLdValidator;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The professional quality attestation type and the renewal link, written, read and expanded. */
class AttestationAndRenewalJsonTest {
  static final Instant FROM = Instant.parse("2026-12-01T09:00:00Z");
  static final Instant MEMBERSHIP_END = Instant.parse("2027-12-31T00:00:00Z");
  static final JsonLdValidator JSON_LD = JsonLdValidator.newBuilder().build();

  @Test
  void attestation_roundTrip_readsBackEqualAndExpandsOverPinnedContexts() throws Exception {
    EdcCredential a = SampleCredentials.attestation(FROM, MEMBERSHIP_END);
    byte[] bytes = CredentialJson.toBytes(a);

    EdcCredential back = CredentialJson.read(bytes);

    assertThat(back).isEqualTo(a);
    assertThat(back.isAttestation()).isTrue();
    assertThat(back.types()).containsExactly("VerifiableCredential", "EuropeanDigitalCredential",
        "ProfessionalQualityAttestation");
    QualityAttestation claim = back.attestation().orElseThrow();
    assertThat(claim.legalBasis().id()).isEqualTo(URI.create("urn:nir:stato:legge:2013-01-14;4~art7"));
    assertThat(claim.professionalLiabilityInsurance()).isTrue();
    assertThat(back.qualification().id().toString()).endsWith("ai-security-specialist");
    assertThat(JSON_LD.validate(CredentialJson.toJson(a))).isEmpty();
  }

  @Test
  void attestation_document_carriesTheArticle7FactsUnderHasClaim() {
    ObjectNode doc = CredentialJson.toJson(SampleCredentials.attestation(FROM, MEMBERSHIP_END));
    ObjectNode claim = (ObjectNode) doc.get("credentialSubject").get("hasClaim");

    assertThat(claim.get("type").asText()).isEqualTo("QualityAttestation");
    assertThat(claim.get("membershipNumber").asText()).isEqualTo("AIPIA-000042");
    assertThat(claim.get("memberSince").asText()).isEqualTo("2024-03-01T00:00:00Z");
    assertThat(claim.get("consumerDesk").get("contentURL").asText()).isEqualTo("https://aipia.example/sportello");
    assertThat(claim.get("professionalLiabilityInsurance").isBoolean()).isTrue();
    assertThat(claim.has("qualityStandard")).isTrue();
  }

  @Test
  void attestation_achievementAccessor_refusedWithPointerToAttestation() {
    EdcCredential a = SampleCredentials.attestation(FROM, MEMBERSHIP_END);
    assertThatThrownBy(a::achievement).isInstanceOf(IllegalStateException.class).hasMessageContaining("attestation()");
    assertThat(a.claimTitle().get("it")).isPresent();
  }

  @Test
  void build_attestationTypeWithAchievementClaim_refused() {
    EdcCredential cert = SampleCredentials.credential(FROM);
    assertThatThrownBy(() -> cert.toBuilder().types(EdcCredential.ATTESTATION_TYPES).build())
        .isInstanceOf(NullPointerException.class).hasMessageContaining("attestation");
  }

  @Test
  void build_attestationClaimWithoutTheType_refused() {
    EdcCredential a = SampleCredentials.attestation(FROM, MEMBERSHIP_END);
    assertThatThrownBy(() -> a.toBuilder().types(java.util.List.of("VerifiableCredential",
        "EuropeanDigitalCredential")).achievement(SampleCredentials.credential(FROM).achievement()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ProfessionalQualityAttestation");
  }

  @Test
  void read_attestationTypeButAchievementClaim_reportsTheClaimType() throws Exception {
    ObjectNode doc = CredentialJson.toJson(SampleCredentials.credential(FROM));
    ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("type")).add("ProfessionalQualityAttestation");

    assertThatThrownBy(() -> CredentialJson.read(doc))
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p.path()).startsWith("$.credentialSubject.hasClaim")));
  }

  @Test
  void renewal_replacesLink_writtenReadAndExpanded() throws Exception {
    URI previous = URI.create("urn:uuid:11111111-2222-4333-8444-555555555555");
    EdcCredential renewed = SampleCredentials.credential(FROM).toBuilder().replaces(previous).build();
    ObjectNode doc = CredentialJson.toJson(renewed);

    assertThat(doc.get("replaces").asText()).isEqualTo(previous.toString());
    assertThat(CredentialJson.read(CredentialJson.toBytes(renewed)).replaces()).contains(previous);
    assertThat(JSON_LD.validate(doc)).isEmpty();
  }

  @Test
  void read_replacesNotAUrnUuid_propertyInvalid() {
    ObjectNode doc = CredentialJson.toJson(SampleCredentials.credential(FROM));
    doc.put("replaces", "https://elsewhere.example/cred/1");

    assertThatThrownBy(() -> CredentialJson.read(doc.toString().getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.code()).isEqualTo(FormatCode.PROPERTY_INVALID);
              assertThat(p.path()).isEqualTo("$.replaces");
            }));
  }

  @Test
  void build_replacesItself_refused() {
    EdcCredential c = SampleCredentials.credential(FROM);
    assertThatThrownBy(() -> c.toBuilder().replaces(c.id()).build()).isInstanceOf(IllegalArgumentException.class);
  }
}
