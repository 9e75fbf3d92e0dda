package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's JSON form, its summary, and how the verdict follows from the checks. */
class ReportTest {

  @Test
  void toJson_validReport_hasEveryFieldAndTheChecksInOrder() {
    VerificationReport report = Fixtures.verifier().verify(Fixtures.sealed().jades());

    ObjectNode json = report.toJson();

    assertThat(fieldNames(json)).containsExactly("indication", "securingForm", "source", "validationTime", "checks", "credential");
    assertThat(json.get("source").asText()).isEqualTo("FILE");
    assertThat(json.get("indication").asText()).isEqualTo("TOTAL_PASSED");
    assertThat(json.get("securingForm").asText()).isEqualTo("JADES");
    assertThat(json.get("validationTime").asText()).isEqualTo("2026-12-01T09:00:00Z");
    assertThat(Instant.parse(json.get("validationTime").asText())).isEqualTo(report.validationTime());
    List<String> order = new ArrayList<>();
    for (JsonNode c : json.get("checks")) {
      assertThat(fieldNames(c)).containsExactly("check", "outcome", "reason", "message", "evidence");
      assertThat(c.get("evidence").isObject()).isTrue();
      order.add(c.get("check").asText());
      CheckResult r = report.check(CheckId.valueOf(c.get("check").asText()));
      assertThat(c.get("outcome").asText()).isEqualTo(r.outcome().name());
      assertThat(c.get("reason").asText()).isEqualTo(r.reason().name());
      assertThat(c.get("message").asText()).isEqualTo(r.message());
      for (Map.Entry<String, String> e : r.evidence().entrySet()) {
        assertThat(c.get("evidence").get(e.getKey()).asText()).isEqualTo(e.getValue());
      }
    }
    assertThat(order).containsExactly("FORMAT", "SEAL", "TRUST", "ISSUER_BINDING", "VALIDITY", "STATUS", "PROOF");
    assertThat(json.get("checks").get(2).get("evidence").get("sealCertificate").asText()).contains("AIPIA");
    assertThat(json.get("credential").get("issuer").asText()).isEqualTo(Fixtures.AIPIA_ID);
    assertThat(json.get("credential").get("id").asText()).isEqualTo(Fixtures.sealed().credential().id().toString());
    assertThat(Tokens.parse(report.toJsonString())).isEqualTo(json);
  }

  @Test
  void toJson_unreadableInput_nullFormAndNoCredential() {
    VerificationReport report = Fixtures.verifier().verify("not a credential");

    ObjectNode json = report.toJson();

    assertThat(json.get("securingForm").isNull()).isTrue();
    assertThat(json.has("credential")).isFalse();
    assertThat(json.get("indication").asText()).isEqualTo("TOTAL_FAILED");
    assertThat(json.get("checks")).hasSize(CheckId.values().length);
    assertThat(json.get("checks").get(0).get("reason").asText()).isEqualTo("UNRECOGNISED_INPUT");
  }

  @Test
  void summary_mentionsEveryCheckWithOutcomeAndReason() {
    VerificationReport report = Verifier.create(VerificationPolicy.newBuilder().clock(Fixtures.CLOCK).build())
        .verify(Fixtures.sealed().vcJwt());

    String summary = report.summary();

    assertThat(summary).startsWith("INDETERMINATE (VC_JWT)");
    for (CheckResult c : report.checks()) {
      assertThat(summary).contains(c.check().name()).contains(c.outcome().name()).contains(c.reason().name());
    }
    assertThat(summary).contains("NO_TRUST_ANCHORS");
    assertThat(summary.lines().count()).isEqualTo(1 + CheckId.values().length);
    assertThat(report.toString()).contains("TRUST NO_TRUST_ANCHORS");
  }

  @Test
  void verify_failedCheckThatIsNotRequired_stillTotalFailed() {
    VerificationPolicy notRequiringValidity = Fixtures.policy(Fixtures.longLivedPki())
        .clock(Fixtures.clock(Instant.parse("2030-06-01T00:00:00Z")))
        .requiredChecks(EnumSet.of(CheckId.FORMAT, CheckId.SEAL, CheckId.TRUST, CheckId.ISSUER_BINDING))
        .build();

    VerificationReport report = Verifier.create(notRequiringValidity).verify(Fixtures.longLivedSealed().jades());

    for (CheckId required : notRequiringValidity.requiredChecks()) {
      assertThat(report.check(required).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);
    }
    assertThat(report.check(CheckId.VALIDITY).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(report.check(CheckId.VALIDITY).reason()).isEqualTo(ReasonCode.EXPIRED);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_FAILED);
    assertThat(report.verifiedCredential()).isEmpty();
  }

  @Test
  void verify_indeterminateCheckThatIsNotRequired_doesNotBlock() {
    VerificationPolicy trustNotRequired = VerificationPolicy.newBuilder().clock(Fixtures.CLOCK)
        .requiredChecks(EnumSet.of(CheckId.FORMAT, CheckId.SEAL, CheckId.ISSUER_BINDING, CheckId.VALIDITY))
        .build();

    VerificationReport report = Verifier.create(trustNotRequired).verify(Fixtures.sealed().jades());

    assertThat(report.check(CheckId.TRUST).reason()).isEqualTo(ReasonCode.NO_TRUST_ANCHORS);
    assertThat(report.indication()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.check(CheckId.STATUS).outcome()).isEqualTo(Outcome.NOT_CHECKED);
  }

  @Test
  void firstProblem_returnsTheEarliestCheckThatDidNotPass() {
    VerificationReport report = Fixtures.verifier().verify(new String(Fixtures.sealed().document(),
        java.nio.charset.StandardCharsets.UTF_8));
    assertThat(report.firstProblem()).get().extracting(CheckResult::check).isEqualTo(CheckId.SEAL);
    assertThat(Fixtures.verifier().verify(Fixtures.sealed().jades()).firstProblem()).isEmpty();
  }

  private static List<String> fieldNames(JsonNode n) {
    List<String> out = new ArrayList<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      out.add(it.next());
    }
    return out;
  }
}
