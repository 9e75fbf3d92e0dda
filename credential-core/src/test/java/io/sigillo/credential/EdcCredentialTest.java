package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EdcCredentialTest {
  private static final Instant FROM = Instant.parse("2026-06-01T09:00:00Z");
  private static final EdcCredential SAMPLE = SampleCredentials.credential(FROM);

  @Test
  void build_sample_hasProfileDefaults() {
    assertThat(SAMPLE.id()).isEqualTo(URI.create("urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11"));
    assertThat(SAMPLE.types()).containsExactly("VerifiableCredential", "EuropeanDigitalCredential");
    assertThat(SAMPLE.credentialProfiles()).containsExactly(Vocabulary.GENERIC_CREDENTIAL_PROFILE);
    assertThat(SAMPLE.credentialSchemas()).containsExactly(CredentialSchemaRef.EDC_GENERIC_FULL);
    assertThat(SAMPLE.validFrom()).isEqualTo(FROM);
    assertThat(SAMPLE.validUntil()).isEqualTo(Instant.parse("2029-06-01T09:00:00Z"));
  }

  @Test
  void toBuilder_build_givesEqualCredential() {
    EdcCredential copy = SAMPLE.toBuilder().build();

    assertThat(copy).isEqualTo(SAMPLE).hasSameHashCodeAs(SAMPLE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "urn:uuid:0B7D2E8A-43C5-4F43-9A8B-8D0E6F3F2D11",
      "urn:uuid:0b7d2e8a43c54f439a8b8d0e6f3f2d11",
      "urn:credential:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11",
      "https://aipia.example/credentials/1",
      "urn:uuid:0b7d2e8a-43c5-4f43-9a8b-8d0e6f3f2d11x"})
  void build_idNotLowerCaseUrnUuid_isRefused(String id) {
    assertThat(EdcCredential.isUrnUuid(id)).isFalse();
    assertThatThrownBy(() -> SAMPLE.toBuilder().id(URI.create(id)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("urn:uuid");
  }

  @Test
  void build_idFromUuid_isUrnUuid() {
    UUID uuid = UUID.fromString("6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10");

    assertThat(SAMPLE.toBuilder().id(uuid).build().id())
        .isEqualTo(URI.create("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10"));
  }

  @Test
  void build_withoutRequiredType_isRefused() {
    assertThatThrownBy(() -> SAMPLE.toBuilder().types(List.of("VerifiableCredential")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EuropeanDigitalCredential");
    assertThatThrownBy(() -> SAMPLE.toBuilder().types(List.of("EuropeanDigitalCredential")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VerifiableCredential");
  }

  @Test
  void build_typeListedTwice_isRefused() {
    assertThatThrownBy(() -> SAMPLE.toBuilder()
        .types(List.of("VerifiableCredential", "EuropeanDigitalCredential", "VerifiableCredential"))
        .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_typeOutsideProfile_isRefused() {
    // the profile reader refuses any other type (TYPE_INVALID), so the builder must too
    assertThatThrownBy(() -> SAMPLE.toBuilder()
        .types(List.of("VerifiableCredential", "EuropeanDigitalCredential", "VerifiableAttestation"))
        .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("VerifiableAttestation");
  }

  @Test
  void build_typesInOtherOrder_areKept() {
    EdcCredential c = SAMPLE.toBuilder()
        .types(List.of("EuropeanDigitalCredential", "VerifiableCredential")).build();

    assertThat(c.types()).containsExactly("EuropeanDigitalCredential", "VerifiableCredential");
  }

  @Test
  void build_issuerWithoutEidasIdentifier_isRefused() {
    Organisation noEidas = SampleCredentials.issuer().toBuilder().eidasIdentifier((LegalIdentifier) null).build();

    assertThatThrownBy(() -> SAMPLE.toBuilder().issuer(noEidas).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eIDAS");
  }

  @Test
  void build_emptyProfilesOrSchemas_isRefused() {
    assertThatThrownBy(() -> SAMPLE.toBuilder().credentialProfiles(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("profile");
    assertThatThrownBy(() -> SAMPLE.toBuilder().credentialSchemas(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("schema");
  }

  @Test
  void build_missingRequiredPart_isRefused() {
    assertThatThrownBy(() -> SAMPLE.toBuilder().id((URI) null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SAMPLE.toBuilder().issuer(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SAMPLE.toBuilder().validity(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SAMPLE.toBuilder().subject(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SAMPLE.toBuilder().achievement(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SAMPLE.toBuilder().displayParameter(null).build()).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> EdcCredential.newBuilder().build()).isInstanceOf(NullPointerException.class);
  }

  @Test
  void lists_areImmutableCopies() {
    List<Evidence> evidence = new java.util.ArrayList<>(SAMPLE.evidence());
    EdcCredential c = SAMPLE.toBuilder().evidence(evidence).build();

    evidence.clear();

    assertThat(c.evidence()).hasSize(2);
    assertThatThrownBy(() -> c.evidence().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> c.types().add("x")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void equals_differentValidity_notEqual() {
    EdcCredential other = SAMPLE.toBuilder()
        .validity(ValidityPeriod.yearsFrom(FROM, 2)).build();

    assertThat(other).isNotEqualTo(SAMPLE);
  }
}
