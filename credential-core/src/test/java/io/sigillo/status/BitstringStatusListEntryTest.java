package io.sigillo.status;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.credential.CredentialFormatException;
import io.sigillo.credential.FormatCode;
import io.sigillo.credential.FormatProblem;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class BitstringStatusListEntryTest {

  @Test
  void fromJson_generatedVector_readsEveryMember() throws Exception {
    BitstringStatusListEntry e = BitstringStatusListEntry.fromJson(Vectors.json("entry-revoked-94567.json"), "$");
    assertThat(e.purpose()).isEqualTo(StatusPurpose.REVOCATION);
    assertThat(e.index()).isEqualTo(94_567);
    assertThat(e.listCredential()).isEqualTo(URI.create("https://issuer.example/status/1"));
    assertThat(e.id()).contains(URI.create("https://issuer.example/status/1#94567"));
    assertThat(e.statusSize()).isEqualTo(1);
    assertThat(e.toJson()).isEqualTo(Vectors.json("entry-revoked-94567.json"));
  }

  @Test
  void fromJson_specExampleWithTwoPurposes_readsBothEntries() throws Exception {
    JsonNode status = Vectors.json("01-Example-StatusListCredential-using-simple-entries.json").get("credentialStatus");
    BitstringStatusListEntry revocation = BitstringStatusListEntry.fromJson(status.get(0), "$.credentialStatus[0]");
    BitstringStatusListEntry suspension = BitstringStatusListEntry.fromJson(status.get(1), "$.credentialStatus[1]");
    assertThat(revocation.purpose()).isEqualTo(StatusPurpose.REVOCATION);
    assertThat(suspension.purpose()).isEqualTo(StatusPurpose.SUSPENSION);
    assertThat(suspension.index()).isEqualTo(23_452);
  }

  @Test
  void fromJson_indexAsNumberOrNegativeOrPadded_statusInvalid() {
    for (Object bad : new Object[] {94_567, "-1", "+5", "007", "12a", "1.0", "99999999999"}) {
      ObjectNode n = (ObjectNode) Vectors.json("entry-revoked-94567.json");
      if (bad instanceof Integer) {
        n.put("statusListIndex", (Integer) bad);
      } else {
        n.put("statusListIndex", (String) bad);
      }
      assertProblem(n, "$.statusListIndex");
    }
  }

  @Test
  void fromJson_idEqualToListUrl_rejected() {
    ObjectNode n = (ObjectNode) Vectors.json("entry-revoked-94567.json");
    n.put("id", "https://issuer.example/status/1");
    assertProblem(n, "$");
  }

  @Test
  void fromJson_wrongTypeUnknownPurposeOrUnknownMember_everyProblemReported() {
    ObjectNode n = (ObjectNode) Vectors.json("entry-revoked-94567.json");
    n.put("type", "StatusList2021Entry");
    n.put("statusPurpose", "expiry");
    n.put("extra", true);
    assertThatThrownBy(() -> BitstringStatusListEntry.fromJson(n, "$"))
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .extracting(FormatProblem::path).contains("$.type", "$.statusPurpose", "$.extra"));
  }

  @Test
  void build_statusSize2WithoutMessages_rejected() {
    assertThatThrownBy(() -> entry().statusSize(2).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statusMessage");
    assertThatThrownBy(() -> entry().statusSize(2).messages(List.of(new StatusMessage(0, "ok"), new StatusMessage(1, "a"),
        new StatusMessage(1, "b"), new StatusMessage(3, "c"))).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toJson_statusSize2WithMessages_roundTrips() throws Exception {
    BitstringStatusListEntry e = entry().purpose(StatusPurpose.MESSAGE).statusSize(2).messages(List.of(
        new StatusMessage(0, "valid"), new StatusMessage(1, "under review"),
        new StatusMessage(2, "appeal pending"), new StatusMessage(3, "withdrawn"))).build();
    JsonNode json = e.toJson();
    assertThat(json.get("statusSize").asInt()).isEqualTo(2);
    assertThat(json.get("statusMessage").get(2).get("status").asText()).isEqualTo("0x2");
    BitstringStatusListEntry back = BitstringStatusListEntry.fromJson(json, "$");
    assertThat(back).isEqualTo(e);
    assertThat(back.messageFor(3)).contains("withdrawn");
  }

  @Test
  void fromJson_malformedStatusMessage_statusInvalid() {
    ObjectNode n = (ObjectNode) Vectors.json("entry-revoked-94567.json");
    n.put("statusSize", 1);
    n.putArray("statusMessage").addObject().put("status", "zero").put("message", "valid");
    assertProblem(n, "$.statusMessage[0]");
  }

  private static BitstringStatusListEntry.Builder entry() {
    return BitstringStatusListEntry.newBuilder().purpose(StatusPurpose.REVOCATION).index(5)
        .listCredential(URI.create("https://issuer.example/status/1"));
  }

  private static void assertProblem(JsonNode n, String path) {
    assertThatThrownBy(() -> BitstringStatusListEntry.fromJson(n, "$"))
        .as(n.toString())
        .isInstanceOfSatisfying(CredentialFormatException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> {
              assertThat(p.path()).isEqualTo(path);
              assertThat(p.code()).isEqualTo(FormatCode.STATUS_INVALID);
            }));
  }
}
