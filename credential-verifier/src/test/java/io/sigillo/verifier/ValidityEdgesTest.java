package io.sigillo.verifier;

import static io.sigillo.verifier.Fixtures.NOW;
import static io.sigillo.verifier.Fixtures.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import io.sigillo.seal.SealAlgorithm;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * VALIDITY at its edges, with fixed clocks: the window's ends are inclusive, the skew widens both
 * ends by exactly its length, and the three-year maximum maps 29 February to 28 February.
 */
class ValidityEdgesTest {
  static final Duration SKEW = Duration.ofMinutes(2);
  static final Instant LEAP_START = Instant.parse("2028-02-29T10:00:00Z");
  static final Instant LEAP_END = Instant.parse("2031-02-28T10:00:00Z");

  static final TestPki LONG_LIVED = Fixtures.longLivedPki();

  static VerificationReport verifyAt(String token, Instant now) {
    return verifyAt(Fixtures.pki(), token, now);
  }

  static VerificationReport verifyAt(TestPki pki, String token, Instant now) {
    return Verifier.create(Fixtures.policy(pki).clock(Fixtures.clock(now)).maxClockSkew(SKEW).build()).verify(token);
  }

  static String signed(TestPki pki, ObjectNode doc) {
    return Tokens.compact(Tokens.jwtHeader(SealAlgorithm.ES256, pki.chain(), NOW),
        Tokens.json(doc).getBytes(StandardCharsets.UTF_8), pki.sealPrivateKey(), SealAlgorithm.ES256);
  }

  @Test
  void verify_exactlyAtValidFromAndAtValidUntil_passes() {
    SealedCredential sealed = Fixtures.sealed();
    Instant from = sealed.credential().validFrom();
    Instant until = sealed.credential().validUntil();
    assertThat(from).isEqualTo(NOW);
    assertThat(until).isEqualTo(Instant.parse("2029-12-01T09:00:00Z"));

    VerificationReport atStart = verifyAt(sealed.jades(), from);
    VerificationReport atEnd = verifyAt(LONG_LIVED, Fixtures.longLivedSealed().jades(), until);

    assertThat(atStart.indication()).as(atStart.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(atEnd.indication()).as(atEnd.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(atEnd.check(CheckId.VALIDITY).evidence()).containsEntry("checkedAt", until.toString());
  }

  @Test
  void verify_withinSkewAfterValidUntil_passesOneSecondLaterExpired() {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    Instant until = Instant.parse(doc.get("validUntil").asText());
    String token = signed(LONG_LIVED, doc);

    assertThat(verifyAt(LONG_LIVED, token, until.plus(SKEW)).check(CheckId.VALIDITY).outcome())
        .isEqualTo(Outcome.PASSED);
    VerificationReport late = verifyAt(LONG_LIVED, token, until.plus(SKEW).plusSeconds(1));
    assertRejected(late, CheckId.VALIDITY, Outcome.FAILED, ReasonCode.EXPIRED);
    assertThat(late.indication()).isEqualTo(Indication.TOTAL_FAILED);
  }

  @Test
  void verify_beforeValidFromMinusSkew_notYetValid() {
    Instant from = NOW.plus(Duration.ofDays(10));
    SealedCredential future = Fixtures.issue(Fixtures.pki().seal(), Fixtures.CLOCK,
        Fixtures.request().validFrom(from).build());

    VerificationReport early = verifyAt(future.jades(), from.minus(SKEW).minusSeconds(1));
    VerificationReport atSkew = verifyAt(future.jades(), from.minus(SKEW));

    assertRejected(early, CheckId.VALIDITY, Outcome.FAILED, ReasonCode.NOT_YET_VALID);
    assertThat(early.check(CheckId.TRUST).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(atSkew.check(CheckId.VALIDITY).outcome()).isEqualTo(Outcome.PASSED);
    assertThat(verifyAt(future.jades(), NOW).check(CheckId.VALIDITY).reason()).isEqualTo(ReasonCode.NOT_YET_VALID);
  }

  @Test
  void verify_credentialFrom29February2028_validUntil28February2031AndNotASecondLonger() {
    SealedCredential leap = Fixtures.issue(LONG_LIVED.seal(), Fixtures.CLOCK,
        Fixtures.request().validFrom(LEAP_START).build());
    assertThat(leap.credential().validUntil()).isEqualTo(LEAP_END);

    VerificationReport lastInstant = verifyAt(LONG_LIVED, leap.vcJwt(), LEAP_END);
    VerificationReport lastWithSkew = verifyAt(LONG_LIVED, leap.vcJwt(), LEAP_END.plus(SKEW));
    VerificationReport afterwards = verifyAt(LONG_LIVED, leap.vcJwt(), LEAP_END.plus(SKEW).plusSeconds(1));

    assertThat(lastInstant.indication()).as(lastInstant.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertThat(lastWithSkew.indication()).as(lastWithSkew.summary()).isEqualTo(Indication.TOTAL_PASSED);
    assertRejected(afterwards, CheckId.VALIDITY, Outcome.FAILED, ReasonCode.EXPIRED);

    // a window ending one second after 28 February 2031 is longer than three years
    ObjectNode doc = Tokens.parse(leap.document());
    doc.put("validUntil", "2031-02-28T10:00:01Z");
    VerificationReport oneSecondLonger = verifyAt(LONG_LIVED, signed(LONG_LIVED, doc), LEAP_END);
    assertRejected(oneSecondLonger, CheckId.VALIDITY, Outcome.FAILED, ReasonCode.VALIDITY_TOO_LONG);
    assertThat(oneSecondLonger.check(CheckId.FORMAT).reason()).isEqualTo(ReasonCode.CREDENTIAL_INVALID);
    // 1 March 2031 is what a naive "plus three years" on the day count would allow
    doc.put("validUntil", "2031-03-01T10:00:00Z");
    assertRejected(verifyAt(LONG_LIVED, signed(LONG_LIVED, doc), LEAP_END), CheckId.VALIDITY, Outcome.FAILED,
        ReasonCode.VALIDITY_TOO_LONG);
  }

  @Test
  void verify_craftedWindowOfThreeYearsAndOneDay_validityTooLongAndFormatInvalid() {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    doc.put("validUntil", "2029-12-02T09:00:00Z");

    VerificationReport report = verifyAt(signed(Fixtures.pki(), doc), NOW);

    assertRejected(report, CheckId.VALIDITY, Outcome.FAILED, ReasonCode.VALIDITY_TOO_LONG);
    assertRejected(report, CheckId.FORMAT, Outcome.FAILED, ReasonCode.CREDENTIAL_INVALID);
    assertThat(report.check(CheckId.FORMAT).message()).contains("VALIDITY_TOO_LONG");
    assertThat(report.check(CheckId.SEAL).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_windowWrittenWithOffsets_comparedAsInstants() {
    // 2029-12-01T10:00:00+01:00 is the same instant as the permitted end 2029-12-01T09:00:00Z
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    doc.put("validFrom", "2026-12-01T10:00:00+01:00");
    doc.put("validUntil", "2029-12-01T10:00:00+01:00");
    VerificationReport report = verifyAt(signed(Fixtures.pki(), doc), NOW);
    assertThat(report.check(CheckId.VALIDITY).outcome()).as(report.summary()).isEqualTo(Outcome.PASSED);

    doc.put("validUntil", "2029-12-01T10:00:01+01:00");
    assertRejected(verifyAt(signed(Fixtures.pki(), doc), NOW), CheckId.VALIDITY, Outcome.FAILED,
        ReasonCode.VALIDITY_TOO_LONG);
  }

  @Test
  void verify_validUntilBeforeValidFrom_validityInvalid() {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    doc.put("validUntil", "2026-11-30T09:00:00Z");
    assertRejected(verifyAt(signed(Fixtures.pki(), doc), NOW), CheckId.VALIDITY, Outcome.FAILED,
        ReasonCode.VALIDITY_INVALID);
  }

  @Test
  void verify_noValidUntil_openEndedUnlessRelaxed() {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    doc.remove("validUntil");
    String token = signed(Fixtures.pki(), doc);

    VerificationReport report = verifyAt(token, NOW);

    assertRejected(report, CheckId.VALIDITY, Outcome.FAILED, ReasonCode.VALIDITY_OPEN_ENDED);
    VerificationReport relaxed = Verifier.create(Fixtures.policy().allowOpenEndedValidity().build()).verify(token);
    assertThat(relaxed.check(CheckId.VALIDITY).outcome()).isEqualTo(Outcome.PASSED);
  }

  @Test
  void verify_validFromNotADateTime_validityInvalid() {
    ObjectNode doc = Tokens.parse(Fixtures.sealed().document());
    doc.put("validFrom", "1 December 2026");
    assertRejected(verifyAt(signed(Fixtures.pki(), doc), NOW), CheckId.VALIDITY, Outcome.FAILED,
        ReasonCode.VALIDITY_INVALID);
    doc.put("validFrom", 1764579600);
    assertRejected(verifyAt(signed(Fixtures.pki(), doc), NOW), CheckId.VALIDITY, Outcome.FAILED,
        ReasonCode.VALIDITY_INVALID);
  }
}
