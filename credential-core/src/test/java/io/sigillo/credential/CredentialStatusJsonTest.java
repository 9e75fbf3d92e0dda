package io.sigillo.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.jsonld.JsonLdValidator;
import io.sigillo.status.BitstringStatusListEntry;
import io.sigillo.status.StatusPurpose;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialStatusJsonTest {
  static final Instant FROM = Instant.parse("2026-12-01T09:00:00Z");

  static EdcCredential withStatus() {
    return SampleCredentials.credential(FROM).toBuilder().credentialStatus(List.of(
        BitstringStatusListEntry.newBuilder().id(URI.create("https://aipia.example/status/r1#94567"))
            .purpose(StatusPurpose.REVOCATION).index(94_567)
            .listCredential(URI.create("https://aipia.example/status/r1")).build(),
        BitstringStatusListEntry.newBuilder().id(URI.create("https://aipia.example/status/s1#12"))
            .purpose(StatusPurpose.SUSPENSION).index(12)
            .listCredential(URI.create("https://aipia.example/status/s1")).build())).build();
  }

  @Test
  void toBytes_credentialWithStatus_readsBackEqual() throws Exception {
    EdcCredential c = withStatus();
    ObjectNode json = CredentialJson.toJson(c);
    assertThat(json.get("credentialStatus").get(0).get("statusListIndex").isTextual()).isTrue();
    EdcCredential back = CredentialJson.read(CredentialJson.toBytes(c));
    assertThat(back).isEqualTo(c);
    assertThat(back.credentialStatus(StatusPurpose.SUSPENSION).orElseThrow().index()).isEqualTo(12);
  }

  @Test
  void toJson_credentialWithStatus_expandsUnderPinnedContexts() {
    assertThat(JsonLdValidator.newBuilder().build().validate(CredentialJson.toJson(withStatus()))).isEmpty();
  }

  @Test
  void toJson_credentialWithoutStatus_hasNoCredentialStatusMember() {
    assertThat(CredentialJson.toJson(SampleCredentials.credential(FROM)).has("credentialStatus")).isFalse();
  }

  @Test
  void read_statusIndexAsNumber_statusInvalid() {
    ObjectNode json = CredentialJson.toJson(withStatus());
    ((ObjectNode) json.get("credentialStatus").get(0)).put("statusListIndex", 94_567);
    assertThatThrownBy(() -> CredentialJson.read(json)).isInstanceOfSatisfying(CredentialFormatException.class,
        e -> assertThat(e.problems()).anySatisfy(p -> {
          assertThat(p.code()).isEqualTo(FormatCode.STATUS_INVALID);
          assertThat(p.path()).isEqualTo("$.credentialStatus[0].statusListIndex");
        }));
  }

  @Test
  void read_twoEntriesForOnePurpose_statusInvalid() {
    ObjectNode json = CredentialJson.toJson(withStatus());
    ((ObjectNode) json.get("credentialStatus").get(1)).put("statusPurpose", "revocation");
    assertThatThrownBy(() -> CredentialJson.read(json)).isInstanceOfSatisfying(CredentialFormatException.class,
        e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(FormatCode.STATUS_INVALID)));
  }
}
