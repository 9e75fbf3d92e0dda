package io.sigillo.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import io.sigillo.jsonld.JsonLdValidator;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BitstringStatusListCredentialTest {

  @Test
  void read_generatedListCredential_readsTtlWindowAndBits() throws Exception {
    BitstringStatusListCredential c = BitstringStatusListCredential.read(Vectors.bytes("status-list-credential-unsigned.json"));
    assertThat(c.id()).isEqualTo(URI.create("https://issuer.example/status/1"));
    assertThat(c.issuer()).isEqualTo(URI.create("https://issuer.example"));
    assertThat(c.validFrom()).contains(Instant.parse("2025-01-01T00:00:00Z"));
    assertThat(c.validUntil()).contains(Instant.parse("2025-01-31T00:00:00Z"));
    assertThat(c.purposes()).containsExactly(StatusPurpose.REVOCATION);
    assertThat(c.ttl()).contains(Duration.ofDays(1));
    BitstringStatusList list = c.list(1, BitstringStatusList.DecodeLimits.DEFAULT);
    assertThat(list.status(94_567)).isEqualTo(1);
    assertThat(list.status(94_568)).isZero();
  }

  @Test
  void read_specExample_readsWithoutTtlOrEnd() throws Exception {
    BitstringStatusListCredential c = BitstringStatusListCredential.read(
        Vectors.bytes("02-Example-BitstringStatusListCredential.json"));
    assertThat(c.ttl()).isEmpty();
    assertThat(c.validUntil()).isEmpty();
    assertThat(c.issuer().toString()).isEqualTo("did:example:12345");
    assertThat(c.list(1, BitstringStatusList.DecodeLimits.DEFAULT).size()).isEqualTo(131_072);
  }

  @Test
  void read_exampleContextBesidesBase_contextNotProfile() {
    assertThatThrownBy(() -> BitstringStatusListCredential.read(Vectors.bytes("04-A-Status-List-Verifiable-Credential.json")))
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .extracting(FormatProblem::code).containsExactly(FormatCode.CONTEXT_NOT_PROFILE));
  }

  @Test
  void toBytes_thenRead_sameCredentialAndSoundJsonLd() throws Exception {
    BitstringStatusListCredential c = sample();
    assertThat(BitstringStatusListCredential.read(c.toBytes())).isEqualTo(c);
    assertThat(JsonLdValidator.newBuilder().build().validate(c.toJson())).isEmpty();
  }

  @Test
  void read_unknownSubjectMemberOrWrongSubjectType_everyProblemReported() {
    ObjectNode doc = sample().toJson();
    ((ObjectNode) doc.get("credentialSubject")).put("statusSize", 2).put("type", "StatusList2021");
    doc.putArray("credentialStatus");
    assertThatThrownBy(() -> BitstringStatusListCredential.read(doc))
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .extracting(FormatProblem::path)
            .contains("$.credentialSubject.statusSize", "$.credentialSubject.type", "$.credentialStatus"));
  }

  @Test
  void read_missingEncodedListOrBadTtl_subjectInvalid() {
    ObjectNode doc = sample().toJson();
    ((ObjectNode) doc.get("credentialSubject")).remove("encodedList");
    ((ObjectNode) doc.get("credentialSubject")).put("ttl", -5);
    assertThatThrownBy(() -> BitstringStatusListCredential.read(doc))
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .extracting(FormatProblem::path)
            .contains("$.credentialSubject.encodedList", "$.credentialSubject.ttl"));
  }

  static BitstringStatusListCredential sample() {
    return BitstringStatusListCredential.newBuilder()
        .id(URI.create("https://aipia.example/status/r1"))
        .issuer(URI.create("https://aipia.example/id"))
        .validFrom(Instant.parse("2026-12-01T09:00:00Z"))
        .validUntil(Instant.parse("2026-12-02T09:00:00Z"))
        .purposes(List.of(StatusPurpose.REVOCATION))
        .list(BitstringStatusList.newBuilder(131_072, 1).set(42, 1).build())
        .ttl(Duration.ofMinutes(5))
        .build();
  }
}
