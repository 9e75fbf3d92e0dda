package io.sigillo.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.sigillo.credential.LanguageMap;
import io.sigillo.credential.Organisation;
import io.sigillo.credential.Person;
import io.sigillo.issuer.IssuanceException;
import io.sigillo.issuer.IssuanceRequest;
import io.sigillo.issuer.Issuer;
import io.sigillo.issuer.Seal;
import io.sigillo.issuer.SealedCredential;
import io.sigillo.issuer.testpki.TestPki;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Shared test data: a fixed clock, a test PKI made once, and a credential sealed with it. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  static final Clock CLOCK = clock(NOW);
  static final String AIPIA_ID = "VATIT-12345678901";

  private Fixtures() {}

  /** Made on first use and shared by every test class: key generation is the slow part. */
  private static final class Default {
    static final TestPki PKI = TestPki.newBuilder().clock(CLOCK).build();
    static final SealedCredential SEALED = issue(PKI.seal(), CLOCK);
  }

  /** An RSA-2048 test PKI, made on first use (RSA key generation takes seconds on a busy machine). */
  private static final class Rsa {
    static final TestPki PKI = TestPki.newBuilder().clock(CLOCK).keyType(TestPki.KeyType.RSA_2048).build();
  }

  /** A seal certificate valid until 2032, so that TRUST stays out of the way in 2031. */
  private static final class LongLived {
    static final TestPki PKI = TestPki.newBuilder().clock(CLOCK)
        .sealNotAfter(Instant.parse("2032-01-01T00:00:00Z")).build();
    static final SealedCredential SEALED = issue(PKI.seal(), CLOCK);
  }

  /** A test PKI whose seal certificate is valid until 2032 (after the default credential ends). */
  static TestPki longLivedPki() {
    return LongLived.PKI;
  }

  /** The default credential (valid until 2029-12-01) sealed with {@link #longLivedPki()}. */
  static SealedCredential longLivedSealed() {
    return LongLived.SEALED;
  }

  static TestPki rsaPki() {
    return Rsa.PKI;
  }

  static Clock clock(Instant at) {
    return Clock.fixed(at, ZoneOffset.UTC);
  }

  static TestPki pki() {
    return Default.PKI;
  }

  static SealedCredential sealed() {
    return Default.SEALED;
  }

  static Organisation aipia() {
    return organisation(AIPIA_ID);
  }

  static Organisation organisation(String eidasIdentifier) {
    return Organisation.newBuilder().id("https://aipia.example/id")
        .legalName(LanguageMap.of("en", "AIPIA")).eidasIdentifier(eidasIdentifier).build();
  }

  static IssuanceRequest.Builder request() {
    return IssuanceRequest.newBuilder()
        .holder(Person.newBuilder().id("urn:uuid:6f1c1bb4-3b0e-4e7b-9a43-1d2f8f4c2a10")
            .givenName("Giulia").familyName("Rossi").build())
        .profile("ai-security-specialist")
        .committeeDecision("AIPIA technical committee", LocalDate.of(2026, 11, 20));
  }

  static Issuer issuer(Seal seal, Clock clock) {
    return Issuer.newBuilder().seal(seal).clock(clock).organisation(organisation(seal.organizationIdentifier()))
        .build();
  }

  static SealedCredential issue(Seal seal, Clock clock) {
    return issue(seal, clock, request().build());
  }

  static SealedCredential issue(Seal seal, Clock clock, IssuanceRequest request) {
    try {
      return issuer(seal, clock).issue(request);
    } catch (IssuanceException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The default policy at {@link #CLOCK}, trusting the default PKI's root. */
  static VerificationPolicy.Builder policy() {
    return policy(pki());
  }

  static VerificationPolicy.Builder policy(TestPki pki) {
    return VerificationPolicy.newBuilder().clock(CLOCK).trustAnchors(List.of(pki.trustAnchor()));
  }

  static Verifier verifier() {
    return Verifier.create(policy().build());
  }

  /**
   * Asserts a report rejects its input because of one check: that check did not pass and names the
   * reason, the verdict is not TOTAL_PASSED and no verified credential comes out.
   */
  static void assertRejected(VerificationReport report, CheckId check, ReasonCode reason) {
    assertThat(report.check(check).reason()).as(report.summary()).isEqualTo(reason);
    assertThat(report.check(check).outcome()).isNotEqualTo(Outcome.PASSED);
    assertThat(report.indication()).isNotEqualTo(Indication.TOTAL_PASSED);
    assertThat(report.isValid()).isFalse();
    assertThat(report.verifiedCredential()).isEmpty();
  }

  /** As {@link #assertRejected} and the check's outcome is exactly {@code outcome}. */
  static void assertRejected(VerificationReport report, CheckId check, Outcome outcome, ReasonCode reason) {
    assertRejected(report, check, reason);
    assertThat(report.check(check).outcome()).as(report.summary()).isEqualTo(outcome);
  }
}
